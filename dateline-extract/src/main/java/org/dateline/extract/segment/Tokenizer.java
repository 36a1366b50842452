package org.dateline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Field;
import org.dateline.model.Span;
import org.dateline.model.Token;

/**
 * Splits a range of text into word, number and punctuation tokens in one left-to-right pass, without
 * backtracking beyond a few characters. The rules are listed in the package documentation.
 */
final class Tokenizer {

    List<Token> tokenize(String text, int from, int to, Field field) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Chars.isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = Character.isLetterOrDigit(cp) ? wordEnd(text, i, to) : symbolEnd(text, i, to, cp);
            tokens.add(new Token(new Span(field, i, end), text.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    /** End of the word or number starting at {@code start}, including a period that belongs to it. */
    private static int wordEnd(String text, int start, int to) {
        int acronym = acronymEnd(text, start, to);
        if (acronym > 0) {
            return acronym;
        }
        int i = start;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Chars.isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (joinsWord(text, i, to)) {
                i++;
            } else {
                break;
            }
        }
        if (i < to && text.charAt(i) == '.' && !(i + 1 < to && text.charAt(i + 1) == '.')
                && Abbreviations.takesPeriod(text, start, i, nextNonSpace(text, i + 1, to))) {
            return i + 1;
        }
        return i;
    }

    /**
     * Whether the character at {@code i}, between two word characters, stays inside the word: a decimal point
     * or thousands separator between digits ("3.5", "1,000"), an apostrophe before a letter ("don't"), a hyphen
     * unless both sides are digits ("al-Assad", "F-16", but "10-11" is a range), or an invisible format
     * character such as a soft hyphen or zero-width joiner.
     */
    private static boolean joinsWord(String text, int i, int to) {
        if (i + 1 >= to || i == 0) {
            return false;
        }
        char c = text.charAt(i);
        int prev = text.codePointBefore(i);
        int next = text.codePointAt(i + 1);
        if (!Chars.isWordChar(prev) || !Chars.isWordChar(next)) {
            return false;
        }
        boolean digits = Character.isDigit(prev) && Character.isDigit(next);
        if (c == '.' || c == ',') {
            return digits;
        }
        if (Chars.isApostrophe(c)) {
            return Character.isLetter(next);
        }
        if (c == '-') {
            return !digits;
        }
        return Character.getType(c) == Character.FORMAT;
    }

    /** End of a dotted acronym of two or more single letters ("U.S.", "U.N.", "a.m."), or -1. */
    private static int acronymEnd(String text, int start, int to) {
        int i = start;
        int letters = 0;
        while (i + 1 < to && Character.isLetter(text.charAt(i)) && text.charAt(i + 1) == '.') {
            letters++;
            i += 2;
        }
        return letters >= 2 ? i : -1;
    }

    /** End of a punctuation token: runs of periods ("...") and hyphens ("--") stay together, all else is one. */
    private static int symbolEnd(String text, int start, int to, int cp) {
        if (cp == '.' || cp == '-') {
            int i = start + 1;
            while (i < to && text.charAt(i) == cp) {
                i++;
            }
            return i;
        }
        return start + Character.charCount(cp);
    }

    private static char nextNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c)) {
                return c;
            }
        }
        return 0;
    }
}
