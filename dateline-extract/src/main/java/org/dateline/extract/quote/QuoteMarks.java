package org.dateline.extract.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.dateline.model.Paragraph;

/**
 * Finds what stands between quotation marks, in every style news uses: “curly”, "straight", «guillemets»,
 * ‘single’ and „low“ (or „low”). Nested quotes are found with their depth. Two conventions of real copy are
 * honoured: a paragraph that ends inside a quote continues it when the next paragraph opens with a quotation mark
 * (the mark is not repeated at the end of each paragraph), and one closing mark may close two quotes at once
 * (“... the group “Islamic state)”. “And ...”), which translated copy does. A quote left open at the end of a
 * paragraph that does not continue ends there. Apostrophes ("don’t", "Russia’s") are not quotation marks.
 * Stateless.
 */
final class QuoteMarks {

    /**
     * One quoted stretch.
     *
     * @param open  offset of the opening mark
     * @param start first character inside the marks
     * @param end   end of the quoted words (exclusive): the closing mark, or the end of the paragraph the quote ran to
     * @param close offset of the closing mark, or -1 when the quote ran to the end of a paragraph unclosed
     * @param depth 0 for a quote in running text, 1 for a quote inside a quote, ...
     */
    record Quoted(int open, int start, int end, int close, int depth) {
    }

    private record Open(int at, char mark) {
    }

    private QuoteMarks() {
    }

    static List<Quoted> find(String text, List<Paragraph> paragraphs) {
        List<Quoted> out = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            int ps = paragraphs.get(p).span().start();
            int pe = paragraphs.get(p).span().end();
            int i = ps;
            if (!open.isEmpty()) {
                // Continued from the paragraph before, which this one opens with a mark: not a new quote.
                i = skipSpace(text, ps, pe);
                i++;
            }
            for (; i < pe; i++) {
                char c = text.charAt(i);
                if (isDoubledApostrophe(text, i, pe)) {
                    // ''Like this,'' — the New York Times' archive writes double quotes as two apostrophes.
                    if (open.isEmpty() || open.peek().mark() != '\'') {
                        open.push(new Open(i + 1, '\''));
                    } else {
                        Open o = open.pop();
                        out.add(new Quoted(o.at(), o.at() + 1, i, i + 1, open.size()));
                    }
                    i++;
                    continue;
                }
                if (!isMark(c)) {
                    continue;
                }
                if (opens(text, i, open, ps)) {
                    open.push(new Open(i, c));
                } else if (!open.isEmpty() && closes(text, i, open.peek())) {
                    Open o = open.pop();
                    out.add(new Quoted(o.at(), o.at() + 1, i, i, open.size()));
                    if (!open.isEmpty() && closesAll(text, i + 1, pe)) {
                        while (!open.isEmpty()) {
                            Open outer = open.pop();
                            out.add(new Quoted(outer.at(), outer.at() + 1, i, i, open.size()));
                        }
                    }
                }
            }
            boolean continues = p + 1 < paragraphs.size() && startsWithOpeningMark(text, paragraphs.get(p + 1).span().start(),
                    paragraphs.get(p + 1).span().end());
            if (!open.isEmpty() && !continues) {
                int end = trimEnd(text, ps, pe);
                while (!open.isEmpty()) {
                    Open o = open.pop();
                    if (end > o.at() + 1) {
                        out.add(new Quoted(o.at(), o.at() + 1, end, -1, open.size()));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Quoted::open));
        return out;
    }

    private static boolean isDoubledApostrophe(String text, int i, int end) {
        return i + 1 < end && text.charAt(i) == '\'' && text.charAt(i + 1) == '\''
                && (i + 2 >= end || text.charAt(i + 2) != '\'');
    }

    private static boolean isMark(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u2019', '"' -> true;
            default -> false;
        };
    }

    private static boolean opens(String text, int i, Deque<Open> open, int paragraphStart) {
        char c = text.charAt(i);
        Open top = open.peek();
        return switch (c) {
            case '\u201E', '\u00AB' -> true;
            // “ closes a „low“ quote; otherwise it opens.
            case '\u201C' -> top == null || top.mark() != '\u201E';
            case '\u2018' -> i == paragraphStart || !Character.isLetterOrDigit(text.charAt(i - 1));
            case '"' -> (top == null || top.mark() != '"') && !looksClosing(text, i, paragraphStart);
            default -> false;
        };
    }

    private static boolean closes(String text, int i, Open top) {
        char c = text.charAt(i);
        return switch (c) {
            case '\u201D' -> top.mark() != '\u00AB' && top.mark() != '\u2018';
            case '\u201C' -> top.mark() == '\u201E';
            case '\u00BB' -> top.mark() == '\u00AB';
            // ’ between letters is an apostrophe ("don’t"), and after s a possessive ("ministers’ meeting") only
            // when no single quote is open.
            case '\u2019' -> top.mark() == '\u2018' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)));
            case '"' -> true;
            default -> false;
        };
    }

    /** A straight quote after a word and before a space or punctuation closes ("... here," he said). */
    private static boolean looksClosing(String text, int i, int paragraphStart) {
        boolean afterWord = i > paragraphStart && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(';
        boolean beforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0;
        return afterWord && beforeSpace;
    }

    /** Only punctuation up to the paragraph's end or the next opening mark: the closing mark closed every quote. */
    private static boolean closesAll(String text, int from, int paragraphEnd) {
        for (int j = from; j < paragraphEnd; j++) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || ".,;:!?)".indexOf(c) >= 0) {
                continue;
            }
            return c == '\u201C' || c == '\u201E' || c == '\u00AB';
        }
        return true;
    }

    private static boolean startsWithOpeningMark(String text, int from, int to) {
        int i = skipSpace(text, from, to);
        if (i >= to) {
            return false;
        }
        char c = text.charAt(i);
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"' || c == '\u2018';
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
