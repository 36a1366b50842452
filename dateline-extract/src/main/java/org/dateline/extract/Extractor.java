package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.dateline.DatelineParser;
import org.dateline.extract.entity.EntityAnnotator;
import org.dateline.extract.entity.EntityTaggers;
import org.dateline.extract.event.EventAnnotator;
import org.dateline.extract.quote.QuoteAnnotator;
import org.dateline.extract.segment.Segmentation;
import org.dateline.extract.segment.Segmenter;
import org.dateline.extract.time.TimeAnnotation;
import org.dateline.extract.time.TimeExpressionAnnotator;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Diagnostic;
import org.dateline.model.DocumentDate;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Extraction;
import org.dateline.model.Field;
import org.dateline.model.Quote;
import org.dateline.model.TimeExpression;

/**
 * Runs the extractors over articles: segmentation, dateline, time expressions, entities.
 *
 * <p>{@link #extract(Article)} looks at one article alone. {@link #extractAll(List)} also lets related
 * articles of a batch lend each other the year their datelines leave out (see {@link RelatedArticleYears}).
 * Immutable and thread-safe: one instance serves every thread.
 */
public final class Extractor {

    /**
     * The version of what extraction outputs. Bump it whenever a change alters the output for the same article: the
     * store extracts again every article an older version extracted.
     */
    public static final String VERSION = "2026.11.28-1";

    private final Segmenter segmenter = new Segmenter();
    private final DatelineParser datelines = new DatelineParser();
    private final TimeExpressionAnnotator times = new TimeExpressionAnnotator();
    private final RelatedArticleYears relatedYears = new RelatedArticleYears();
    private final EntityAnnotator entities;
    private final QuoteAnnotator quotes = new QuoteAnnotator();

    /** An extractor with the standard name taggers (see {@link EntityTaggers#standard()}). */
    public Extractor() {
        this(EntityTaggers.standard());
    }

    /** An extractor whose entities come from the given taggers; {@code Extractor()} is the usual choice. */
    public Extractor(EntityTaggers taggers) {
        this.entities = new EntityAnnotator(taggers);
    }

    /**
     * Extracts one article on its own. A fault in an extraction layer does not escape: the article comes back with
     * an ERROR diagnostic naming it and whatever the layers before it found, so a batch goes on.
     */
    public Extraction extract(Article article) {
        return safely(article, () -> analyse(article).extraction());
    }

    private static Extraction safely(Article article, java.util.function.Supplier<Extraction> extraction) {
        try {
            return extraction.get();
        } catch (RuntimeException e) {
            Diagnostic d = new Diagnostic(Diagnostic.Severity.ERROR, "extraction failed: " + e);
            return new Extraction(article, List.of(), List.of(), null, DocumentDate.UNKNOWN, List.of(), List.of(), List.of(),
                    List.of(), List.of(d));
        }
    }

    /** Extracts a batch, in order; articles whose year nothing in their own text fixes may take it from a related one. */
    public List<Extraction> extractAll(List<Article> batch) {
        List<Analysis> analyses = new ArrayList<>(batch.size());
        Extraction[] failed = new Extraction[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Article article = batch.get(i);
            try {
                analyses.add(analyse(article));
            } catch (RuntimeException e) {
                failed[i] = safely(article, () -> {
                    throw e;
                });
            }
        }
        List<DocumentDate> dates = relatedYears.lend(analyses);
        List<Extraction> out = new ArrayList<>(batch.size());
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (failed[i] != null) {
                out.add(failed[i]);
                continue;
            }
            Analysis a = analyses.get(next);
            DocumentDate date = dates.get(next);
            next++;
            if (date.equals(a.time().documentDate())) {
                out.add(safely(a.article(), a::extraction));
            } else {
                out.add(safely(a.article(), () -> {
                    TimeAnnotation time = times.annotate(a.article(), a.body().paragraphs(), a.body().sentences(), date,
                            a.time().evidence());
                    return new Analysis(a.article(), a.body(), a.rawDateline(), time, a.entities(), quotes).extraction();
                }));
            }
        }
        return out;
    }

    private Analysis analyse(Article article) {
        Segmentation body = segmenter.segment(article.text(), Field.BODY);
        Dateline dateline = datelines.parse(article.text()).orElse(null);
        TimeAnnotation time = times.annotate(article, dateline, body.paragraphs(), body.sentences());
        List<Entity> found = entities.annotate(article, segmenter.segment(article.title(), Field.TITLE).sentences(),
                body.sentences(), dateline);
        return new Analysis(article, body, dateline, time, found, quotes);
    }

    /** One article's layers before batch-level anchoring. */
    private static final EventAnnotator EVENTS = new EventAnnotator();

    record Analysis(Article article, Segmentation body, Dateline rawDateline, TimeAnnotation time, List<Entity> entities,
                    QuoteAnnotator quoteAnnotator) {

        Extraction extraction() {
            List<Diagnostic> diagnostics = new ArrayList<>();
            if (article.text().isBlank()) {
                diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, "article has no body text"));
            }
            // Quotes list the time expressions they contain, so they follow the final (batch-anchored) times.
            List<Quote> quotes = quoteAnnotator.annotate(article, body.paragraphs(), body.sentences(), rawDateline, entities,
                    time.timexes());
            Dateline dateline = resolvedDateline();
            List<Event> events = EVENTS.annotate(article, body.paragraphs(), body.sentences(), dateline, entities,
                    time.timexes(), quotes);
            return new Extraction(article, body.paragraphs(), body.sentences(), dateline,
                    time.documentDate(), time.timexes(), entities, quotes, events, diagnostics);
        }

        /**
         * The dateline with its date as resolved in the time layer ("11 December" → 2015-12-11); a dateline
         * that writes no date ("COPIAPO, Chile (AP) —") is dated by the input's publication date.
         */
        Dateline resolvedDateline() {
            if (rawDateline == null) {
                return null;
            }
            if (rawDateline.dateSpan() == null) {
                DocumentDate dct = time.documentDate();
                return dct.source() == DocumentDate.Source.METADATA ? rawDateline.withDate(dct.value()) : rawDateline;
            }
            for (TimeExpression t : time.timexes()) {
                if (t.span().overlaps(rawDateline.dateSpan()) && t.span().field() == Field.BODY) {
                    return rawDateline.withDate(t.value());
                }
            }
            return rawDateline;
        }
    }
}
