package org.dateline.extract.segment;

/** Character classes shared by the paragraph, token and sentence passes. */
final class Chars {

    private Chars() {
    }

    /** Whitespace of any kind, including no-break spaces, zero-width spaces, byte-order marks and controls. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || cp == 0x200B || cp == 0xFEFF;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Letters, digits and the combining marks that belong to the letter before them. */
    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Straight and typographic apostrophes; inside a word they join it ("don't", "Lavrov’s"). */
    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Characters that may open a quotation: “ " ' ‘ « „ ‚ ‹. */
    static boolean isOpeningQuote(int cp) {
        return cp == '"' || cp == '\'' || cp == '\u201C' || cp == '\u2018' || cp == '\u00AB' || cp == '\u201E'
                || cp == '\u201A' || cp == '\u2039';
    }

    /** Characters that may close a quotation or a bracket right after a sentence's last word. */
    static boolean isCloser(int cp) {
        return cp == '"' || cp == '\'' || cp == '\u201D' || cp == '\u2019' || cp == '\u00BB' || cp == '\u203A'
                || cp == ')' || cp == ']' || cp == '}';
    }

    static boolean isOpeningBracket(int cp) {
        return cp == '(' || cp == '[' || cp == '{';
    }

    /** Hyphen-minus, en dash, em dash, horizontal bar and the other dashes wire copy uses. */
    static boolean isDash(int cp) {
        return cp == '-' || cp == '\u2013' || cp == '\u2014' || cp == '\u2015' || cp == '\u2012' || cp == '\u2212';
    }
}
