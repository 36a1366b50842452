package org.dateline.extract.entity;

/**
 * Shape rules both statistical name taggers and their trainers apply to the words of a name: a possessive ending
 * is not part of it ("Lavrov's"), an article before it is not part of it ("the United States"), and one word in
 * capitals is an acronym ("NATO", "U.S.", "G7"). One place, so that training and tagging agree.
 */
public final class NameShapes {

    private NameShapes() {
    }

    /** Where "'s" or "’s" starts in the word {@code text[s, e)} when a letter or digit comes before it, else -1. */
    public static int possessiveStart(CharSequence text, int s, int e) {
        if (e - s < 3 || (text.charAt(e - 1) != 's' && text.charAt(e - 1) != 'S')) {
            return -1;
        }
        char apostrophe = text.charAt(e - 2);
        if ((apostrophe != '\'' && apostrophe != '\u2019') || !Character.isLetterOrDigit(text.charAt(e - 3))) {
            return -1;
        }
        return e - 2;
    }

    /** The end of a name {@code text[start, end)} without a possessive ending ("Lavrov's", "ministers'"). */
    public static int withoutPossessive(CharSequence text, int start, int end) {
        for (String p : new String[] {"'s", "’s", "'", "’"}) {
            int at = end - p.length();
            if (at > start && regionIs(text, at, p) && Character.isLetter(text.charAt(at - 1))) {
                return at;
            }
        }
        return end;
    }

    /** The rest of a token after a name inside it is a possessive ending. */
    public static boolean isPossessive(String rest) {
        return rest.equals("'s") || rest.equals("’s") || rest.equals("'") || rest.equals("’");
    }

    /** "the", "a", "an" as news writes them before a name (also "THE" in capitals). */
    public static boolean isDeterminer(CharSequence text, int s, int e) {
        int len = e - s;
        if (len == 1) {
            char c = text.charAt(s);
            return c == 'a' || c == 'A';
        }
        if (len == 2) {
            return regionIs(text, s, "an") || regionIs(text, s, "An");
        }
        return len == 3 && (regionIs(text, s, "the") || regionIs(text, s, "The") || regionIs(text, s, "THE"));
    }

    /** Two or more capitals and nothing lower-case: "NATO", "UAE", "U.S.", "AT&T"; or a capital and digits: "G7", "G-20". */
    public static boolean isAcronym(String s) {
        int caps = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c) || !(c == '.' || c == '&' || c == '-')) {
                return false;
            }
        }
        return caps >= 2 || caps == 1 && digits > 0;
    }

    private static boolean regionIs(CharSequence text, int at, String s) {
        if (at < 0 || at + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
