package org.dateline.extract.entity.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.model.Token;

/**
 * The units names are matched on: the segmenter's tokens, with hyphens and the possessive split off, so that
 * "U.S.-led" yields "U.S.", "Russia's" yields "Russia" and "Guinea-Bissau" matches its lexicon form unit by unit.
 * Dotted acronyms ("U.S.", "U.N.") stay whole. One instance holds the units of one sentence; never shared.
 */
final class Units {

    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    final int size;
    final int[] start;
    final int[] end;
    /** The unit as written, with diacritics removed and apostrophes unified: case checks compare these. */
    final String[] folded;
    /** {@link #folded} in lower case: the lookup key. */
    final String[] key;

    private Units(List<int[]> spans, String text) {
        size = spans.size();
        start = new int[size];
        end = new int[size];
        folded = new String[size];
        key = new String[size];
        for (int i = 0; i < size; i++) {
            start[i] = spans.get(i)[0];
            end[i] = spans.get(i)[1];
            folded[i] = fold(text.substring(start[i], end[i]));
            key[i] = folded[i].toLowerCase(Locale.ROOT);
        }
    }

    static Units of(List<Token> tokens, String text) {
        List<int[]> spans = new ArrayList<>(tokens.size() + 8);
        for (Token t : tokens) {
            split(text, t.span().start(), t.span().end(), spans);
        }
        return new Units(spans, text);
    }

    /** Units of a lexicon form, split exactly as text is, so that both sides agree. */
    static List<String> ofForm(List<Token> tokens, String form) {
        Units u = of(tokens, form);
        List<String> out = new ArrayList<>(u.size);
        for (int i = 0; i < u.size; i++) {
            out.add(u.folded[i]);
        }
        return out;
    }

    private static void split(String text, int from, int to, List<int[]> out) {
        if (DOTTED_ACRONYM.matcher(text).region(from, to).matches()) {
            out.add(new int[] {from, to});
            return;
        }
        int pieceStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isHyphen(c) && i > from && i + 1 < to) {
                piece(text, pieceStart, i, out);
                out.add(new int[] {i, i + 1});
                pieceStart = i + 1;
            }
        }
        piece(text, pieceStart, to, out);
    }

    /** A hyphen-free piece, with a possessive "'s" or a plural possessive "'" as a unit of its own. */
    private static void piece(String text, int from, int to, List<int[]> out) {
        if (from >= to) {
            return;
        }
        int len = to - from;
        if (len > 2 && isApostrophe(text.charAt(to - 2)) && (text.charAt(to - 1) == 's' || text.charAt(to - 1) == 'S')) {
            out.add(new int[] {from, to - 2});
            out.add(new int[] {to - 2, to});
        } else if (len > 1 && isApostrophe(text.charAt(to - 1))) {
            out.add(new int[] {from, to - 1});
            out.add(new int[] {to - 1, to});
        } else {
            out.add(new int[] {from, to});
        }
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Without diacritics ("Türkiye" → "Turkiye", "São" → "Sao") and with one apostrophe, as both sides are compared. */
    static String fold(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return s;
        }
        String n = COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-');
    }

    static String key(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }

    // ---- shapes ----------------------------------------------------------------------------------------

    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Letters present and none of them lower case: "US", "U.S.", "ROME". */
    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    static boolean isCapitalized(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    static boolean isLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return hasLetter(s);
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
