package org.dateline.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Sentence;
import org.dateline.model.Span;

/**
 * Reported speech: statements attributed without quotation marks. The forms are those of wire copy:
 * <ul>
 *   <li>"Russia is not about to join the coalition, Lavrov said." — the attribution after the clause;</li>
 *   <li>"The ministry announced that it would ...", "Lavrov stressed the necessity of ..." — before it;</li>
 *   <li>"According to Lavrov, ...", "..., according to the ministry.";</li>
 *   <li>"..., as the minister put it, ...";</li>
 *   <li>"This was stated by Sergey Lavrov" — the sentence before is the statement, unless it is the dateline's
 *       lead, which sums the story up in the agency's words.</li>
 * </ul>
 * The speaker must be something the article names or refers to (an entity mention, a pronoun) or a generic
 * source ("officials", "sources"), so that "the plan, he said" is speech and "the plan, it said" from a report
 * is not confused with a name. Stateless.
 */
final class ReportedSpeech {

    /**
     * A statement found: its words, the attribution, and where the attribution's verb is; or, when the attribution
     * names the speaker in a phrase of its own ("According to Lavrov", "as Kerry put it"), verb -1 and that phrase.
     */
    record Found(Span text, Span cue, int verb, Span who) {

        Found(Span text, Span cue, int verb) {
            this(text, cue, verb, null);
        }
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’.-]\\p{L}+)*");
    private static final Pattern AUXILIARY = Pattern.compile("\\s(?:has|have|had)$");
    private static final Pattern QUOTE_OR_COLON = Pattern.compile("[;:“”\"«»]");
    /** What a clause reported after "said" without "that" starts with ("said he hoped", "said the talks were ..."). */
    private static final Pattern CLAUSE_START = Pattern.compile(
            "\\s(?!(?:nothing|goodbye|so|yes|no|little|much|something|anything|hello|thanks|sorry|grace|more|less)\\b)"
                    + "[\\p{L}\\d'’-]+\\s\\S+\\s\\S+\\s\\S+", Pattern.CASE_INSENSITIVE);
    /** What may stand between a reporting verb and "that": an addressee, a time ("told reporters on Friday that"). */
    private static final Pattern THAT = Pattern.compile("(?:,?\\s[\\p{L}\\d.-]+){0,4}?,?\\s(?<that>that)\\s");
    /** Reporting verbs whose object is the statement itself ("stressed the necessity of", "warned of"). */
    private static final java.util.Set<String> OBJECT_STATEMENT = java.util.Set.of("stressed", "stresses", "emphasized",
            "emphasised", "underlined", "underscored", "warned", "warns", "insisted", "insists", "reiterated", "noted");
    private static final Pattern ACCORDING_BEFORE = Pattern.compile("^According\\sto\\s(?<who>[^,]{2,80}),\\s(?<text>\\S.{8,})$",
            Pattern.DOTALL);
    private static final Pattern ACCORDING_AFTER = Pattern.compile("^(?<text>.{8,}?),?\\s(?<cue>according\\sto\\s(?<who>[^,]{2,80}))$",
            Pattern.DOTALL);
    private static final Pattern AS_PUT = Pattern.compile(",?\\s(?<cue>as\\s(?<who>[^,]{2,60}?)\\sput\\sit),?");
    private static final Pattern THIS_WAS = Pattern.compile(
            "^(?:This|That|It)\\swas\\s(?<verb>stated|said|announced|reported|noted|declared|told|stressed)(?:\\s[\\p{L}]+){0,3}?\\sby\\s(?<who>.+)$",
            Pattern.DOTALL);
    /** Subjects that report speech without being an entity of the article. */
    private static final Pattern GENERIC_SOURCE = Pattern.compile(
            "\\b(?:officials?|sources?|spokes(?:man|woman|person)|witnesses|residents|analysts|experts|diplomats|police|"
                    + "authorities|aides?|lawmakers?|lawyers?|prosecutors?|investigators|researchers|scientists|doctors|"
                    + "organi[sz]ers|protesters|(?:the|a|its|their)\\s(?:[\\p{Ll}-]+\\s){0,2}(?:ministry|statement|report|company|"
                    + "bank|agency|government|campaign|army|military|committee|court|council|party|group|union|embassy|"
                    + "department|office|commission|operator|airline|firm|network|newspaper|club|foundation|institute|"
                    + "authority|service|administration|cabinet|president|minister|governor|mayor|senator|chairman|"
                    + "chief|director|spokesman|spokeswoman|official|source|aide|lawyer|prosecutor|manufacturer|regulator))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBORDINATE = Pattern.compile(
            "(?:where|when|which|who|whom|whose|that|because|as|if|while|after|before|although|though|since|until|and|but|or)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|they|He|She|They)\\b");

    private final Speakers speakers;

    ReportedSpeech(Speakers speakers) {
        this.speakers = speakers;
    }

    /**
     * The reported statements of the given sentences (those outside direct quotes).
     *
     * @param datelineEnd where the dateline ends: a statement does not start inside it
     * @param leadEnd     where the dateline's lead sentence ends: "This was stated by ..." does not reach back into it
     */
    List<Found> find(String text, List<Sentence> sentences, int datelineEnd, int leadEnd) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span s = trimmed(text, afterDateline(text, sentences.get(i).span(), datelineEnd));
            if (s == null) {
                continue;
            }
            Optional<Found> f = trailing(text, s)
                    .or(() -> according(text, s))
                    .or(() -> asPutIt(text, s))
                    .or(() -> leading(text, s));
            if (f.isPresent()) {
                out.add(f.get());
                continue;
            }
            if (i > 0) {
                Span previous = trimmed(text, sentences.get(i - 1).span());
                if (previous != null && previous.start() >= leadEnd) {
                    thisWas(text, s, previous).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** "..., Lavrov said." / "..., said the Minister." / "..., he told reporters." */
    private Optional<Found> trailing(String text, Span s) {
        int end = s.end();
        for (int comma = text.lastIndexOf(',', end - 1); comma > s.start(); comma = text.lastIndexOf(',', comma - 1)) {
            int from = comma + 1;
            while (from < end && (Character.isWhitespace(text.charAt(from)) || isDash(text.charAt(from))
                    || "\"”’»".indexOf(text.charAt(from)) >= 0)) {
                from++;
            }
            int verb = SpeechVerbs.verbIn(text, from, end, 9);
            if (verb < 0) {
                if (SpeechVerbs.words(text, from, end) > 9) {
                    return Optional.empty();
                }
                continue;
            }
            // The attribution closes the sentence: at most a few words after its verb ("he told reporters on
            // Friday"), not another clause ("he said he hoped ...", "he said, had made ...").
            int afterVerb = SpeechVerbs.words(text, verb, end) - 1;
            int commaAfterVerb = text.indexOf(',', verb);
            if (SUBORDINATE.matcher(text).region(from, end).lookingAt()) {
                return Optional.empty(); // "..., where he said little": a clause of its own, not an attribution
            }
            if (SpeechVerbs.words(text, from, verb) > 5 || afterVerb > 5 || commaAfterVerb >= 0 && commaAfterVerb < end
                    || SpeechVerbs.words(text, s.start(), comma) < 3 || !hasSpeaker(text, from, end, verb)) {
                return Optional.empty();
            }
            return Optional.of(new Found(new Span(s.field(), s.start(), trimPunctuation(text, s.start(), comma)),
                    new Span(s.field(), from, trimPunctuation(text, from, end)), verb));
        }
        return Optional.empty();
    }

    /** "The ministry announced that ...", "Lavrov stressed the necessity of ...". */
    private Optional<Found> leading(String text, Span s) {
        Matcher w = WORD.matcher(text).region(s.start(), s.end());
        int words = 0;
        while (w.find() && ++words <= 10) {
            String v = w.group().toLowerCase(Locale.ROOT);
            if (!SpeechVerbs.REPORTING.contains(v)) {
                continue;
            }
            int verb = w.start();
            int whoEnd = trimEnd(text, s.start(), verb);
            // "Handing over his shift, he said he hoped ...": the subject is the part after the last comma.
            int whoStart = s.start();
            int lastComma = text.lastIndexOf(',', verb);
            if (lastComma > s.start()) {
                whoStart = skipSpace(text, lastComma + 1, verb);
            }
            if (whoEnd <= whoStart) {
                return Optional.empty();
            }
            Matcher aux = AUXILIARY.matcher(text).region(whoStart, whoEnd);
            if (whoEnd > whoStart && aux.find()) {
                whoEnd = trimEnd(text, whoStart, aux.start());
            }
            if (whoEnd <= whoStart || QUOTE_OR_COLON.matcher(text).region(whoStart, whoEnd).find()
                    || !speakerBefore(text, whoStart, whoEnd, verb)) {
                return Optional.empty();
            }
            // "that" within a few words ("told reporters on Friday that"), else the object itself, for verbs that
            // take the statement as object ("stressed the necessity of").
            Matcher that = THAT.matcher(text).region(w.end(), s.end());
            int textStart;
            int cueEnd;
            if (that.lookingAt()) {
                textStart = that.end();
                cueEnd = that.start("that");
            } else if (OBJECT_STATEMENT.contains(v)
                    || (v.equals("said") || v.equals("says")) && CLAUSE_START.matcher(text).region(w.end(), s.end()).lookingAt()) {
                textStart = skipSpace(text, w.end(), s.end());
                cueEnd = w.end();
            } else {
                return Optional.empty();
            }
            int textEnd = trimPunctuation(text, textStart, s.end());
            if (SpeechVerbs.words(text, textStart, textEnd) < 3) {
                return Optional.empty();
            }
            return Optional.of(new Found(new Span(s.field(), textStart, textEnd),
                    new Span(s.field(), whoStart, trimEnd(text, whoStart, cueEnd)), verb));
        }
        return Optional.empty();
    }

    private Optional<Found> according(String text, Span s) {
        Matcher before = ACCORDING_BEFORE.matcher(text).region(s.start(), s.end());
        if (before.find() && names(text, before.start("who"), before.end("who"))) {
            return Optional.of(new Found(new Span(s.field(), before.start("text"), trimPunctuation(text, before.start("text"), s.end())),
                    new Span(s.field(), s.start(), before.end("who")), -1, new Span(s.field(), before.start("who"), before.end("who"))));
        }
        Matcher after = ACCORDING_AFTER.matcher(text).region(s.start(), trimPunctuation(text, s.start(), s.end()));
        if (after.find() && names(text, after.start("who"), after.end("who"))) {
            return Optional.of(new Found(new Span(s.field(), s.start(), trimPunctuation(text, s.start(), after.end("text"))),
                    new Span(s.field(), after.start("cue"), after.end("cue")), -1, new Span(s.field(), after.start("who"), after.end("who"))));
        }
        return Optional.empty();
    }

    /** "The deal, as the minister put it, is dead." — the sentence without the attribution. */
    private Optional<Found> asPutIt(String text, Span s) {
        Matcher m = AS_PUT.matcher(text).region(s.start(), s.end());
        if (!m.find() || !names(text, m.start("who"), m.end("who"))) {
            return Optional.empty();
        }
        return Optional.of(new Found(new Span(s.field(), s.start(), trimPunctuation(text, s.start(), s.end())),
                new Span(s.field(), m.start("cue"), m.end("cue")), -1, new Span(s.field(), m.start("who"), m.end("who"))));
    }

    private Optional<Found> thisWas(String text, Span s, Span previous) {
        Matcher m = THIS_WAS.matcher(text).region(s.start(), s.end());
        if (!m.find()) {
            return Optional.empty();
        }
        int whoEnd = trimPunctuation(text, m.start("who"), s.end());
        if (!names(text, m.start("who"), whoEnd)) {
            return Optional.empty();
        }
        return Optional.of(new Found(new Span(s.field(), previous.start(), trimPunctuation(text, previous.start(), previous.end())),
                new Span(s.field(), s.start(), whoEnd), -1, new Span(s.field(), m.start("who"), whoEnd)));
    }

    /** A phrase that is the speaker itself: an entity, a pronoun or a generic source. */
    private boolean names(String text, int from, int to) {
        return speakers.named(text, from, to).isPresent() || PRONOUN.matcher(text).region(from, to).find()
                || GENERIC_SOURCE.matcher(text).region(from, to).find();
    }

    private boolean hasSpeaker(String text, int from, int to, int verb) {
        return speakers.in(text, from, to, verb).isPresent() || PRONOUN.matcher(text).region(from, to).find()
                || GENERIC_SOURCE.matcher(text).region(from, to).find();
    }

    /** The subject before a reporting verb must be the speaker itself, not a clause that mentions one. */
    private boolean speakerBefore(String text, int from, int to, int verb) {
        if (PRONOUN.matcher(text).region(from, to).matches() || GENERIC_SOURCE.matcher(text).region(from, to).find()) {
            return true;
        }
        return speakers.in(text, from, to, verb).isPresent() && Character.isUpperCase(text.charAt(from))
                && SpeechVerbs.words(text, from, to) <= 8;
    }

    /** "WASHINGTON, Nov. 21 (Xinhua) -- NASA said ...": the sentence after the dateline and its dashes. */
    private static Span afterDateline(String text, Span s, int datelineEnd) {
        if (s.start() >= datelineEnd || s.end() <= datelineEnd) {
            return s;
        }
        int a = datelineEnd;
        while (a < s.end() && (Character.isWhitespace(text.charAt(a)) || isDash(text.charAt(a)))) {
            a++;
        }
        return new Span(s.field(), a, s.end());
    }

    private static boolean isDash(char c) {
        return c == '–' || c == '—' || c == '-';
    }

    private static Span trimmed(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b - a < 10 ? null : new Span(s.field(), a, b);
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimPunctuation(String text, int from, int to) {
        int e = to;
        while (e > from && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
