package org.dateline.extract.dateline;

/**
 * A position in the opening of an article body, moving forward over a window {@code [pos, limit)}.
 * One per parse call; readers save {@link #pos} and restore it when an alternative fails.
 */
final class Cursor {

    final String text;
    final int limit;
    int pos;

    Cursor(String text, int pos, int limit) {
        this.text = text;
        this.pos = pos;
        this.limit = limit;
    }

    boolean atEnd() {
        return pos >= limit;
    }

    /** The character at {@code pos + ahead}, or 0 outside the window. */
    char peek(int ahead) {
        int i = pos + ahead;
        return i < limit ? text.charAt(i) : 0;
    }

    char peek() {
        return peek(0);
    }

    boolean eat(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Skips spaces and tabs (the window never holds a line break); returns how many. */
    int skipSpaces() {
        int from = pos;
        while (pos < limit && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos - from;
    }

    /** Reads a run of 1 to {@code max} ASCII digits; returns its value, or -1 (position unchanged). */
    int readNumber(int max) {
        int from = pos;
        int value = 0;
        while (pos < limit && pos - from < max && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            value = value * 10 + (text.charAt(pos) - '0');
            pos++;
        }
        if (pos == from || Character.isDigit(peek())) {
            pos = from;
            return -1;
        }
        return value;
    }

    /** Reads a run of letters; returns them, or "" (position unchanged) when there is none. */
    String readLetters() {
        int from = pos;
        while (pos < limit && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(from, pos);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
