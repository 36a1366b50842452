package org.dateline.extract.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs news attributes speech with ("said", "told", "stressed", "has noticed", "was quoted as saying"), and
 * the short attribution clauses built on them ("said the Minister", "he added", "Lavrov told reporters").
 * Stateless.
 */
final class SpeechVerbs {

    /** Verbs that attribute words to a speaker, in the forms wire copy writes them. */
    static final Set<String> VERBS = Set.of(
            "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "noted", "notes", "stressed",
            "stresses", "emphasized", "emphasizes", "emphasised", "emphasises", "underlined", "underlines", "underscored",
            "announced", "announces", "informed", "informs", "warned", "warns", "noticed", "explained", "explains",
            "declared", "declares", "insisted", "insists", "replied", "answered", "commented", "remarked", "continued",
            "concluded", "argued", "argues", "claimed", "claims", "acknowledged", "admitted", "confirmed", "confirms",
            "recalled", "wrote", "writes", "asked", "urged", "assured", "promised", "reported", "reiterated", "observed",
            "saying", "pointed", "indicated", "specified", "clarified", "quoted");

    /** Verbs that introduce a reported clause ("X announced that ...", "X stressed the necessity of ..."). */
    static final Set<String> REPORTING = Set.of(
            "said", "says", "stated", "states", "told", "added", "noted", "stressed", "stresses", "emphasized", "emphasised",
            "underlined", "underscored", "announced", "announces", "informed", "warned", "warns", "explained", "declared",
            "insisted", "insists", "argued", "argues", "claimed", "claims", "acknowledged", "admitted", "confirmed",
            "reiterated", "assured", "promised", "noticed", "pointed", "indicated", "believes", "considers");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’.-]\\p{L}+)*");

    private SpeechVerbs() {
    }

    static boolean isVerb(String word) {
        return VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Where the first speech verb of {@code text[from, to)} starts, or -1; with {@code maxWords}, only when the
     * stretch has at most that many words (an attribution is short).
     */
    static int verbIn(String text, int from, int to, int maxWords) {
        Matcher m = WORD.matcher(text).region(from, to);
        int words = 0;
        int verb = -1;
        while (m.find()) {
            words++;
            // Verbs are written in lower case; "States" in "United States" is not one.
            if (verb < 0 && Character.isLowerCase(m.group().charAt(0)) && isVerb(m.group())) {
                verb = m.start();
            }
            if (words > maxWords) {
                return -1;
            }
        }
        return verb;
    }

    /** How many words {@code text[from, to)} has. */
    static int words(String text, int from, int to) {
        Matcher m = WORD.matcher(text).region(from, to);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
