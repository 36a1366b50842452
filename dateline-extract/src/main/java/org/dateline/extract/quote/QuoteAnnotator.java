package org.dateline.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Entity;
import org.dateline.model.Field;
import org.dateline.model.Paragraph;
import org.dateline.model.Quote;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;

/**
 * Finds who said what: every direct quote and every piece of reported speech of an article, each attributed to
 * an entity of the article.
 *
 * <p>Direct quotes are what stands between quotation marks ({@link QuoteMarks}), less quoted names and scare
 * quotes (“Islamic state”, the “Unwavering commitment” operation: a few words, no sentence, no attribution).
 * Quotes interrupted by their attribution are one quote: inside the marks ("..., – said the Minister. – For it
 * ...") or between two pairs of marks ("“...,” he said, “...”"). The speaker comes from the attribution inside
 * the quote, after it ("..., ” he said."), or before it ("Lavrov said: “..."); a quote with no attribution that
 * continues a statement in the same or the next paragraph keeps its speaker. Reported speech is
 * {@link ReportedSpeech}. Immutable and thread-safe.
 */
public final class QuoteAnnotator {

    /** A quote needs at least this many words, or a sentence's punctuation, or an attribution, to be more than a name. */
    private static final int MIN_WORDS = 6;
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|they|He|She|They)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’.-]\\p{L}+)*");
    /** Abbreviations whose period does not end the attribution ("said Rep. Joseph Crowley", "said John F. Kerry"). */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Rev|Amb|Pres|Atty)|(?<![\\p{L}])\\p{Lu})$");

    /** A direct quote being assembled: its words, the attribution that names its speaker, and the speaker. */
    private static final class Draft {
        final int open;
        int start;
        int end;
        int close;
        Span cue;
        int verb = -1;
        Quote.Speaker speaker;

        Draft(QuoteMarks.Quoted q) {
            open = q.open();
            start = q.start();
            end = q.end();
            close = q.close();
        }
    }

    /** The quotes of an article's body, in text order. */
    public List<Quote> annotate(Article article, List<Paragraph> paragraphs, List<Sentence> sentences, Dateline dateline,
                                List<Entity> entities, List<TimeExpression> timexes) {
        String text = article.text();
        Speakers speakers = new Speakers(entities);
        List<Draft> direct = direct(text, paragraphs, speakers);
        List<Quote> out = new ArrayList<>();
        for (Draft d : direct) {
            out.add(quote(text, d.start, d.end, true, d.speaker, d.cue, speakers, timexes));
        }
        List<Sentence> outside = sentences.stream().filter(s -> direct.stream().noneMatch(
                d -> d.open < s.span().end() && s.span().start() < Math.max(d.end, d.close + 1))).toList();
        int leadEnd = dateline == null ? 0 : leadEnd(text, sentences, dateline.span().end());
        int datelineEnd = dateline == null ? 0 : dateline.span().end();
        for (ReportedSpeech.Found f : new ReportedSpeech(speakers).find(text, outside, datelineEnd, leadEnd)) {
            Optional<Quote.Speaker> named = f.verb() < 0 ? speakers.named(text, f.who().start(), f.who().end())
                    : speakers.in(text, f.cue().start(), f.cue().end(), f.verb());
            Quote.Speaker who = named
                    .or(() -> pronounSpeaker(text, f.cue(), speakers, paragraphs, out)).orElse(null);
            out.add(quote(text, f.text().start(), f.text().end(), false, who, f.cue(), speakers, timexes));
        }
        out.sort(Comparator.comparing(Quote::span));
        return out;
    }

    private List<Draft> direct(String text, List<Paragraph> paragraphs, Speakers speakers) {
        List<Draft> drafts = new ArrayList<>();
        for (QuoteMarks.Quoted q : QuoteMarks.find(text, paragraphs)) {
            if (q.depth() == 0) {
                drafts.add(trim(text, new Draft(q)));
            }
        }
        mergeInterrupted(text, drafts, paragraphs);
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            attribute(text, d, paragraphs, speakers);
            boolean title = SpeechVerbs.words(text, d.start, d.end) < MIN_WORDS && titleCase(text, d.start, d.end);
            if (!title && (d.cue != null || isStatement(text, d))) {
                kept.add(d);
            }
        }
        // A quote without an attribution that continues a statement keeps its speaker.
        Draft previous = null;
        for (Draft d : kept) {
            if (d.speaker == null && d.cue == null && previous != null && previous.speaker != null
                    && paragraphOf(paragraphs, d.start) - paragraphOf(paragraphs, previous.end) <= 1) {
                d.speaker = new Quote.Speaker(previous.speaker.entityId(), previous.speaker.name(), null);
            }
            previous = d;
        }
        // “A.” “B,” Lavrov said. — an unattributed quote right before an attributed one in its paragraph is the same speaker's.
        for (int i = kept.size() - 2; i >= 0; i--) {
            Draft d = kept.get(i);
            Draft next = kept.get(i + 1);
            if (d.speaker == null && d.cue == null && next.speaker != null
                    && paragraphOf(paragraphs, d.end) == paragraphOf(paragraphs, next.open)) {
                d.speaker = new Quote.Speaker(next.speaker.entityId(), next.speaker.name(), null);
            }
        }
        return kept;
    }

    /** “Islamic state”, the “Unwavering commitment” operation: a name or a scare quote, not a statement. */
    private static boolean isStatement(String text, Draft d) {
        if (SpeechVerbs.words(text, d.start, d.end) >= MIN_WORDS) {
            return true;
        }
        char last = text.charAt(d.end - 1);
        return (last == '.' || last == '!' || last == '?' || last == ',' || last == '…')
                && Character.isUpperCase(text.charAt(d.start));
    }

    /** Every word of four letters or more capitalized: the name of a show, a book, an operation ("Face the Nation,"). */
    private static boolean titleCase(String text, int from, int to) {
        java.util.regex.Matcher w = WORD.matcher(text).region(from, to);
        boolean any = false;
        while (w.find()) {
            if (w.group().length() >= 4) {
                if (!Character.isUpperCase(w.group().charAt(0))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** “A,” he said, “B.” — two pairs of marks around one attribution are one quote. */
    private static void mergeInterrupted(String text, List<Draft> drafts, List<Paragraph> paragraphs) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            Draft a = drafts.get(i);
            Draft b = drafts.get(i + 1);
            if (a.close < 0 || paragraphOf(paragraphs, a.close) != paragraphOf(paragraphs, b.open)) {
                continue;
            }
            int verb = SpeechVerbs.verbIn(text, a.close + 1, b.open, 8);
            if (verb < 0 || !endsWithComma(text, a) && !gapEndsWithComma(text, a.close + 1, b.open)) {
                continue;
            }
            a.cue = span(text, a.close + 1, b.open);
            a.verb = verb;
            a.end = b.end;
            a.close = b.close;
            drafts.remove(i + 1);
            i--;
        }
    }

    private static boolean endsWithComma(String text, Draft d) {
        return text.charAt(d.end - 1) == ',';
    }

    private static boolean gapEndsWithComma(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > from && (text.charAt(e - 1) == ',' || text.charAt(e - 1) == ':');
    }

    private void attribute(String text, Draft d, List<Paragraph> paragraphs, Speakers speakers) {
        if (d.cue == null) {
            inside(text, d);
        }
        if (d.cue == null && d.close >= 0) {
            after(text, d, paragraphs);
        }
        if (d.cue == null) {
            before(text, d, paragraphs);
        }
        if (d.cue != null) {
            Span cue = d.cue;
            d.speaker = speakers.in(text, cue.start(), cue.end(), d.verb)
                    .or(() -> pronounSpeaker(text, cue, speakers, paragraphs, List.of())).orElse(null);
        }
    }

    /** "..., – said the Minister. – For it ...", "..., – has noticed the Minister. In particular ...". */
    private static void inside(String text, Draft d) {
        for (int i = d.start; i < d.end; i++) {
            if (!isDash(text.charAt(i)) || i == d.start || !Character.isWhitespace(text.charAt(i - 1))
                    || i + 1 >= d.end || !Character.isWhitespace(text.charAt(i + 1))) {
                continue;
            }
            int from = i + 1;
            int to = from;
            while (to < d.end && !(isDash(text.charAt(to)) && Character.isWhitespace(text.charAt(to - 1)))
                    && !(text.charAt(to) == '.' && (to + 1 >= d.end || Character.isWhitespace(text.charAt(to + 1))))) {
                to++;
            }
            int verb = SpeechVerbs.verbIn(text, from, to, 8);
            if (verb >= 0 && SpeechVerbs.words(text, from, verb) <= 3) {
                d.cue = span(text, from, to);
                d.verb = verb;
                return;
            }
        }
    }

    /** “...,” he said. / “...” – said Lavrov. / “...”, Lavrov told reporters. */
    private static void after(String text, Draft d, List<Paragraph> paragraphs) {
        int paragraphEnd = paragraphs.get(paragraphOf(paragraphs, d.close)).span().end();
        int from = d.close + 1;
        while (from < paragraphEnd && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ','
                || isDash(text.charAt(from)))) {
            from++;
        }
        int to = from;
        while (to < paragraphEnd && (".!?;:“«\"".indexOf(text.charAt(to)) < 0
                || text.charAt(to) == '.' && ABBREVIATION.matcher(text).region(from, to).find())) {
            to++;
        }
        int verb = SpeechVerbs.verbIn(text, from, to, 40);
        if (verb < 0 || SpeechVerbs.words(text, from, verb) > 5) {
            return;
        }
        // The quote's words end in punctuation, inside the marks or right after them: “...,” he said / “...”, he said.
        // Without it the quoted words are a name that is the subject of the verb (the “Islamic state” said).
        char last = text.charAt(d.end - 1);
        boolean punctuated = ",.!?…".indexOf(last) >= 0;
        for (int k = d.close + 1; k < from && !punctuated; k++) {
            punctuated = text.charAt(k) == ',' || isDash(text.charAt(k));
        }
        if (!punctuated) {
            return;
        }
        int comma = text.indexOf(',', verb);
        d.cue = span(text, from, comma > 0 && comma < to ? comma : to);
        d.verb = verb;
    }

    /** Lavrov said: “... / He added, “... */
    private static void before(String text, Draft d, List<Paragraph> paragraphs) {
        int paragraphStart = paragraphs.get(paragraphOf(paragraphs, d.open)).span().start();
        int to = d.open;
        while (to > paragraphStart && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to == paragraphStart || (text.charAt(to - 1) != ':' && text.charAt(to - 1) != ',')) {
            return;
        }
        int from = to - 1;
        while (from > paragraphStart && ".!?”»\"".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int verb = SpeechVerbs.verbIn(text, from, to - 1, 12);
        // The quote must be the statement, not a quoted name inside one: it ends the sentence or the clause.
        int after = d.close < 0 ? d.end : d.close + 1;
        boolean ends = after >= text.length() || ".!?,;\n".indexOf(text.charAt(after)) >= 0
                || ".!?,".indexOf(text.charAt(d.end - 1)) >= 0;
        if (verb >= 0 && ends) {
            d.cue = span(text, from, to - 1);
            d.verb = verb;
        }
    }

    /** "he said" where the entity layer left "he" unresolved: the last speaker, else the last person named nearby. */
    private static Optional<Quote.Speaker> pronounSpeaker(String text, Span cue, Speakers speakers, List<Paragraph> paragraphs,
                                                          List<Quote> before) {
        if (!PRONOUN.matcher(text).region(cue.start(), cue.end()).find()) {
            return Optional.empty();
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).speaker() != null && before.get(i).span().end() <= cue.start()) {
                Quote.Speaker s = before.get(i).speaker();
                return Optional.of(new Quote.Speaker(s.entityId(), s.name(), null));
            }
        }
        int p = paragraphOf(paragraphs, cue.start());
        int notBefore = paragraphs.get(Math.max(0, p - 2)).span().start();
        return speakers.lastPersonBefore(cue.start(), notBefore);
    }

    private static Quote quote(String text, int start, int end, boolean direct, Quote.Speaker speaker, Span cue,
                               Speakers speakers, List<TimeExpression> timexes) {
        Span span = Span.body(start, end);
        int skipFrom = cue == null ? end : cue.start();
        int skipTo = cue == null ? end : cue.end();
        List<TimeExpression> times = timexes.stream()
                .filter(t -> t.span().field() == Field.BODY && span.contains(t.span())).toList();
        return new Quote(span, text.substring(start, end), direct, speaker, cue,
                speakers.mentionedIn(start, end, skipFrom, skipTo), times);
    }

    private static Draft trim(String text, Draft d) {
        while (d.start < d.end && Character.isWhitespace(text.charAt(d.start))) {
            d.start++;
        }
        while (d.end > d.start && Character.isWhitespace(text.charAt(d.end - 1))) {
            d.end--;
        }
        return d;
    }

    private static Span span(String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && (Character.isWhitespace(text.charAt(a)) || isDash(text.charAt(a)) || text.charAt(a) == ',')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || isDash(text.charAt(b - 1)) || ".,".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        return Span.body(a, b);
    }

    private static boolean isDash(char c) {
        return c == '–' || c == '—' || c == '-';
    }

    private static int paragraphOf(List<Paragraph> paragraphs, int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset < paragraphs.get(i).span().end()) {
                return i;
            }
        }
        return Math.max(0, paragraphs.size() - 1);
    }

    /** The end of the lead: the sentence the dateline opens, or the first after it when the dateline stands alone. */
    private static int leadEnd(String text, List<Sentence> sentences, int datelineEnd) {
        for (Sentence s : sentences) {
            if (s.span().end() > datelineEnd && text.substring(datelineEnd, s.span().end()).strip().length() > 0) {
                return s.span().end();
            }
        }
        return datelineEnd;
    }
}
