package org.dateline.extract.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Anchor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.DocumentDate;
import org.dateline.model.Field;
import org.dateline.model.Paragraph;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.dateline.extract.time.YearEvidence.MonthDayWeekday;

/**
 * Finds the time expressions of an article and normalizes them to TIMEX3 values.
 *
 * <p>Resolution follows how wire copy is written. Relative expressions ("yesterday", "on Tuesday",
 * "last week") count from the document creation time. A date without a year takes the year of the
 * nearest date the narrative established in the same or the two preceding paragraphs ("4-5 September
 * 2014 ... On September 19 ... October 7" are all 2014), else the year that places it where the
 * clause's tense says relative to the document date. The document date itself comes from
 * {@link DocumentDateResolver}. Immutable and thread-safe: every call gets fresh state.
 */
public final class TimeExpressionAnnotator {

    /**
     * How many paragraphs back a narrative date still lends its year: a dated event two paragraphs up,
     * but a bare year ("its lowest level since 1985") only within its own paragraph.
     */
    private static final int NARRATIVE_REACH = 2;
    private static final int YEAR_ONLY_REACH = 0;

    private final TimexRecognizer recognizer = new TimexRecognizer();
    private final DocumentDateResolver documentDates = new DocumentDateResolver();

    /**
     * Annotates an article.
     *
     * @param article    the article
     * @param dateline   its dateline, or null
     * @param paragraphs the body's paragraphs (may be empty: the body is then one paragraph)
     * @param sentences  the body's sentences (may be empty: tense is then read from the paragraph)
     */
    public TimeAnnotation annotate(Article article, Dateline dateline, List<Paragraph> paragraphs, List<Sentence> sentences) {
        Layout layout = new Layout(article.text(), paragraphs, sentences);
        List<Candidate> body = recognizer.find(article.text());
        YearEvidence evidence = evidence(article.text(), body, dateline, layout);
        DocumentDate dct = documentDates.resolve(article, dateline, evidence);
        return resolveAll(article, body, layout, dct, evidence);
    }

    /**
     * Annotates an article against a document date found elsewhere, such as a related article of the same
     * story; {@code evidence} is what {@link #annotate} reported for it.
     */
    public TimeAnnotation annotate(Article article, List<Paragraph> paragraphs, List<Sentence> sentences,
                                   DocumentDate documentDate, YearEvidence evidence) {
        Layout layout = new Layout(article.text(), paragraphs, sentences);
        return resolveAll(article, recognizer.find(article.text()), layout, documentDate, evidence);
    }

    private TimeAnnotation resolveAll(Article article, List<Candidate> body, Layout layout, DocumentDate dct, YearEvidence evidence) {
        ReferenceDate reference = DocumentDateResolver.reference(dct);
        List<TimeExpression> out = new ArrayList<>();
        String title = article.title();
        Layout titleLayout = new Layout(title, List.of(), List.of());
        for (Candidate c : recognizer.find(title)) {
            Context ctx = new Context(reference, null, Tense.of(title), null);
            out.add(expression(Field.TITLE, title, c, c.reading().resolve(ctx)));
        }
        out.addAll(resolveBody(article.text(), body, layout, reference));
        return new TimeAnnotation(dct, out, evidence);
    }

    private List<TimeExpression> resolveBody(String text, List<Candidate> cands, Layout layout, ReferenceDate reference) {
        Reading.Resolved[] resolved = new Reading.Resolved[cands.size()];
        Context.Narrative narrative = null;
        int narrativeParagraph = -1;
        // First pass: dates, in text order, carrying the narrative forward.
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (c.reading() instanceof Reading.ClockTime) {
                continue;
            }
            int paragraph = layout.paragraphOf(c.start());
            int reach = narrative != null && narrative.granularity().compareTo(Granularity.MONTH) > 0 ? YEAR_ONLY_REACH : NARRATIVE_REACH;
            Context.Narrative near = narrative != null && paragraph - narrativeParagraph <= reach ? narrative : null;
            Context ctx = new Context(reference, near, layout.tenseAround(c.start(), c.end()), null);
            resolved[i] = c.reading().resolve(ctx);
            if (resolved[i].narrative() != null) {
                narrative = resolved[i].narrative();
                narrativeParagraph = paragraph;
            }
        }
        // Second pass: clock times take a day-precise date of their own sentence.
        for (int i = 0; i < cands.size(); i++) {
            if (resolved[i] == null) {
                LocalDate sameSentence = dayInSentence(cands, resolved, i, layout);
                Context ctx = new Context(reference, null, Tense.UNKNOWN, sameSentence);
                resolved[i] = cands.get(i).reading().resolve(ctx);
            }
        }
        List<TimeExpression> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            out.add(expression(Field.BODY, text, cands.get(i), resolved[i]));
        }
        return out;
    }

    private static LocalDate dayInSentence(List<Candidate> cands, Reading.Resolved[] resolved, int clock, Layout layout) {
        int sentence = layout.sentenceOf(cands.get(clock).start());
        for (int j = 0; j < cands.size(); j++) {
            if (j != clock && resolved[j] != null && cands.get(j).type() == TimexType.DATE
                    && layout.sentenceOf(cands.get(j).start()) == sentence
                    && resolved[j].value().matches("\\d{4}-\\d\\d-\\d\\d")) {
                return LocalDate.parse(resolved[j].value());
            }
        }
        return null;
    }

    private static TimeExpression expression(Field field, String text, Candidate c, Reading.Resolved r) {
        Anchor anchor = r.anchor() == null ? Anchor.NONE : r.anchor();
        return new TimeExpression(new Span(field, c.start(), c.end()), text.substring(c.start(), c.end()),
                c.type(), r.value(), c.mod(), anchor);
    }

    /** The dateline's day and the latest date the body reports as past, written with its year. */
    private static YearEvidence evidence(String text, List<Candidate> body, Dateline dateline, Layout layout) {
        MonthDay datelineDay = DocumentDateResolver.datelineDay(dateline);
        LocalDate latest = null;
        String latestText = null;
        for (Candidate c : body) {
            LocalDate last = c.reading().explicitLastDay();
            // A future cue anywhere in the sentence disqualifies: a bound must be a date the article reports as past.
            if (last == null || Tense.of(layout.clauseAround(c.start(), c.end())) == Tense.FUTURE) {
                continue;
            }
            if (latest == null || last.isAfter(latest)) {
                latest = last;
                latestText = text.substring(c.start(), c.end());
            }
        }
        List<MonthDayWeekday> weekdays = new ArrayList<>();
        for (Candidate c : body) {
            if (c.reading() instanceof Reading.Yearless y && y.weekday() != null && y.day() > 0) {
                weekdays.add(new MonthDayWeekday(MonthDay.of(y.month(), y.day()), y.weekday()));
            }
        }
        return new YearEvidence(datelineDay, latest, latestText, weekdays);
    }

    /** Paragraph and sentence positions of a text, for narrative reach and tense. */
    private static final class Layout {
        private final String text;
        private final List<Paragraph> paragraphs;
        private final List<Sentence> sentences;

        Layout(String text, List<Paragraph> paragraphs, List<Sentence> sentences) {
            this.text = text;
            this.paragraphs = paragraphs;
            this.sentences = sentences;
        }

        int paragraphOf(int offset) {
            if (paragraphs.isEmpty()) {
                int count = 0;
                for (int i = 0; i < offset && i < text.length(); i++) {
                    if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        count++;
                    }
                }
                return count;
            }
            int index = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).span().start() <= offset) {
                    index = i;
                }
            }
            return index;
        }

        int sentenceOf(int offset) {
            for (int i = 0; i < sentences.size(); i++) {
                Span s = sentences.get(i).span();
                if (s.start() <= offset && offset < s.end()) {
                    return i;
                }
            }
            return -1 - paragraphOf(offset);
        }

        /** How many characters before and after an expression speak for its tense. */
        private static final int NEAR_BEFORE = 60;
        private static final int NEAR_AFTER = 25;

        Tense tenseAround(int start, int end) {
            String sentence = clauseAround(start, end);
            int at = sentence.indexOf(text.substring(start, end));
            if (at < 0) {
                return Tense.of(sentence);
            }
            String near = sentence.substring(Math.max(0, at - NEAR_BEFORE), Math.min(sentence.length(), at + (end - start) + NEAR_AFTER));
            return Tense.around(near, sentence);
        }

        /** The sentence around a span, or its line when sentences are not known. */
        String clauseAround(int start, int end) {
            for (Sentence s : sentences) {
                if (s.span().start() <= start && end <= s.span().end()) {
                    return s.span().coveredText(text);
                }
            }
            int from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
            int to = text.indexOf('\n', end);
            return text.substring(from, to < 0 ? text.length() : to);
        }
    }
}
