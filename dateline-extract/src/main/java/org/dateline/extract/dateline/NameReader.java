package org.dateline.extract.dateline;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the place or region of a dateline: up to six words in capitals ("ST. PETERSBURG", "SAO PAULO") or in
 * title case with lower-case connectors ("Rio de Janeiro", "Ras al-Ain"), separated by single spaces. Words may
 * hold inner hyphens, apostrophes and periods ("AL-HASAKA", "SANA'A", "D.C.").
 */
final class NameReader {

    /** A name as written: the span and its words joined by single spaces. */
    record Name(int start, int end, String written, boolean allCaps) {
    }

    private enum Case { UPPER, TITLE, LOWER }

    private static final int MAX_WORDS = 6;

    /** Connectors allowed in lower case inside a title-case name ("de", "al-"); compared in lower case. */
    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "al", "el", "es", "en",
            "of", "the", "on", "upon", "am", "an", "im", "sur", "au", "aux", "y", "bin", "ibn");

    private NameReader() {
    }

    /**
     * Reads a name at the cursor and leaves the cursor after it; returns null (cursor unchanged) when there is none.
     *
     * @param region true after a comma, where an abbreviated state may end in a period ("Calif.", "Ill.")
     */
    static Name read(Cursor c, boolean region) {
        int start = c.pos;
        StringBuilder written = new StringBuilder();
        Case mode = null;
        int end = -1;
        int wordsEnd = 0;
        for (int words = 0; words < MAX_WORDS; words++) {
            int wordStart = c.pos;
            int wordEnd = wordEnd(c, region);
            if (wordEnd < 0) {
                break;
            }
            String word = c.text.substring(wordStart, wordEnd);
            Case kind = classify(word);
            boolean fits;
            if (mode == null) {
                fits = kind != Case.LOWER && (region || letters(word) >= 2);
                mode = kind == Case.UPPER ? Case.UPPER : Case.TITLE;
            } else if (mode == Case.UPPER) {
                fits = kind == Case.UPPER;
            } else {
                fits = kind == Case.TITLE || isConnector(word) || PlaceNames.isDottedAcronym(word);
            }
            if (!fits) {
                break;
            }
            c.pos = wordEnd;
            if (words > 0) {
                written.append(' ');
            }
            written.append(word);
            if (!isBareConnector(word, mode)) {
                end = wordEnd;
                wordsEnd = written.length();
            }
            if (!(Cursor.isSpace(c.peek()) && Character.isLetter(c.peek(1)))) {
                break;
            }
            c.pos++;
        }
        if (end < 0) {
            c.pos = start;
            return null;
        }
        c.pos = end;
        return new Name(start, end, written.substring(0, wordsEnd), mode == Case.UPPER);
    }

    /** The end of the word at the cursor (which does not move), or -1 when no word starts there. */
    private static int wordEnd(Cursor c, boolean region) {
        String t = c.text;
        int i = c.pos;
        if (i >= c.limit || !Character.isLetter(t.charAt(i))) {
            return -1;
        }
        int letters = 0;
        while (i < c.limit) {
            char ch = t.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                i++;
            } else if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((ch == '-' || ch == '\'' || ch == '\u2019' || ch == '.')
                    && i + 1 < c.limit && Character.isLetter(t.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (i < c.limit && t.charAt(i) == '.' && periodBelongs(t.substring(c.pos, i), letters, t, i + 1, c.limit, region)) {
            i++;
        }
        return i;
    }

    /**
     * Whether the period after a word is part of it: always for dotted acronyms ("D.C."); for a short
     * capitalized abbreviation before another word ("ST. PETERSBURG", "Mt. Vernon"); in a region, for an
     * abbreviation of up to five letters before a comma or bracket ("Calif.,", "Ill. (AP)").
     */
    private static boolean periodBelongs(String word, int letters, String t, int after, int limit, boolean region) {
        if (PlaceNames.isDottedAcronym(word + ".")) {
            return true;
        }
        if (!Character.isUpperCase(word.charAt(0)) || word.indexOf('.') >= 0) {
            return false;
        }
        char next = after < limit ? t.charAt(after) : 0;
        char then = after + 1 < limit ? t.charAt(after + 1) : 0;
        if (letters <= 3 && Cursor.isSpace(next) && Character.isLetter(then)) {
            return true;
        }
        return region && letters <= 5 && (next == ',' || (Cursor.isSpace(next) && (then == '(' || then == '/')));
    }

    private static Case classify(String word) {
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            lower |= Character.isLowerCase(word.charAt(i));
        }
        if (Character.isLowerCase(word.charAt(0))) {
            return Case.LOWER;
        }
        return lower ? Case.TITLE : Case.UPPER;
    }

    /** "de", "al-Ain": a lower-case connector, or a word whose first hyphenated part is one. */
    private static boolean isConnector(String word) {
        int hyphen = word.indexOf('-');
        String head = hyphen > 0 ? word.substring(0, hyphen) : word;
        return CONNECTORS.contains(head.toLowerCase(Locale.ROOT)) && Character.isLowerCase(word.charAt(0));
    }

    /** A connector standing alone in a title-case name: it cannot end the name ("Rio de"). */
    private static boolean isBareConnector(String word, Case mode) {
        return mode == Case.TITLE && word.indexOf('-') < 0 && isConnector(word);
    }

    private static int letters(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
