package org.dateline.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.DocumentDate;

/**
 * An article's document date after its story has been read: its own, or one whose year a better dated article of
 * the same story supplied; with the dates inside the article that change with it.
 *
 * @param articleId       the article
 * @param value           TIMEX3 value ("2015-12-09"; "XXXX-12-09" while nothing fixes the year; null when undated)
 * @param source          how it was found: the article's own source, or RELATED_ARTICLE when its story lent the year
 * @param explanation     one sentence a reader can check: "year 2015 from story s1: 'Lavrov on joining ...'
 *                        (2015-12-11, article 000_962b241333455358, 2 days apart)"
 * @param storyId         the article's story
 * @param anchorArticleId the article of the story the year came from, or null when the date is the article's own
 * @param rewrites        every date of the article that changed (document date, dateline, events, time
 *                        expressions), empty when none did
 */
public record ResolvedDate(String articleId, String value, DocumentDate.Source source, String explanation,
                           String storyId, String anchorArticleId, List<Rewrite> rewrites) {

    public ResolvedDate {
        rewrites = rewrites == null ? List.of() : List.copyOf(rewrites);
    }

    /**
     * One date of an article that the story's year changed.
     *
     * @param kind {@link #DOCUMENT_DATE}, {@link #DATELINE}, {@link #EVENT} or {@link #TIMEX}
     * @param ref  the event's id ("v1"), the time expression's index in {@link ArticleFacts#timexes()} ("3"), or
     *             null for the document date and the dateline
     * @param from the value before ("XXXX-12-10/XXXX-12-11")
     * @param to   the value after ("2015-12-10/2015-12-11")
     */
    public record Rewrite(String kind, String ref, String from, String to) {
        public static final String DOCUMENT_DATE = "document_date";
        public static final String DATELINE = "dateline";
        public static final String EVENT = "event";
        public static final String TIMEX = "timex";
    }

    /** The article with these dates; the article itself when nothing changed. */
    public ArticleFacts applyTo(ArticleFacts a) {
        if (!a.id().equals(articleId)) {
            throw new IllegalArgumentException("resolved date of " + articleId + " applied to article " + a.id());
        }
        if (rewrites.isEmpty() && Objects.equals(value, a.documentDate().value())
                && Objects.equals(explanation, a.documentDate().explanation())) {
            return a;
        }
        ArticleFacts.DatelineFact dateline = a.dateline();
        Map<String, String> events = new HashMap<>();
        Map<Integer, String> timexes = new HashMap<>();
        for (Rewrite r : rewrites) {
            switch (r.kind()) {
                case Rewrite.DATELINE -> {
                    if (dateline != null && Objects.equals(dateline.date(), r.from())) {
                        dateline = dateline.withDate(r.to());
                    }
                }
                case Rewrite.EVENT -> events.put(r.ref(), r.to());
                case Rewrite.TIMEX -> timexes.put(Integer.parseInt(r.ref()), r.to());
                default -> {
                    // the document date is the record's own value
                }
            }
        }
        List<ArticleFacts.EventFact> ev = new ArrayList<>(a.events().size());
        for (ArticleFacts.EventFact e : a.events()) {
            ev.add(events.containsKey(e.id()) ? e.withDate(events.get(e.id())) : e);
        }
        List<ArticleFacts.TimexFact> tx = new ArrayList<>(a.timexes().size());
        for (int i = 0; i < a.timexes().size(); i++) {
            ArticleFacts.TimexFact t = a.timexes().get(i);
            tx.add(timexes.containsKey(i) ? t.withValue(timexes.get(i)) : t);
        }
        return a.withDates(new ArticleFacts.DocDate(value, source, explanation), dateline, ev, tx);
    }
}
