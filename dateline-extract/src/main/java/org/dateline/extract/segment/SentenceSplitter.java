package org.dateline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.Field;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.Token;

/**
 * Groups one paragraph's tokens into sentences. A sentence ends at ".", "!", "?", "…" or "...", together with
 * the closing quotes and brackets written right after it, when whitespace and a sentence start follow.
 * A token that keeps its own period (an abbreviation, acronym or initial, see {@link Abbreviations}) ends a
 * sentence only before a word that opens sentences and never follows a title ("Apple Inc. The company ..."
 * splits, "Inc. shares" and "Gen. Smith" do not).
 */
final class SentenceSplitter {

    /** Words that commonly open a sentence and hardly ever follow a title, an initial or a company suffix. */
    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
            "There", "His", "Her", "Its", "Their", "Our", "But", "And", "However", "In", "On", "At", "After",
            "When", "While", "If", "As", "Meanwhile", "Also", "Some", "Many", "Most");

    List<Sentence> split(List<Token> tokens, Field field) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int n = tokens.size();
        for (int k = 0; k < n; k++) {
            Token token = tokens.get(k);
            boolean terminator = isTerminator(token);
            if (!terminator && !keepsOwnPeriod(token)) {
                continue;
            }
            int last = k;
            while (last + 1 < n && adjacent(tokens.get(last), tokens.get(last + 1))
                    && (isTerminator(tokens.get(last + 1)) || isCloser(tokens.get(last + 1)))) {
                last++;
                terminator |= isTerminator(tokens.get(last)); // "the U.S.?" ends like "?"
            }
            if (last + 1 < n) {
                Token next = tokens.get(last + 1);
                boolean spaced = !adjacent(tokens.get(last), next);
                if (spaced && (terminator ? opensSentence(next) : OPENERS.contains(next.text()))) {
                    sentences.add(sentence(tokens, first, last, field));
                    first = last + 1;
                }
            }
            k = last;
        }
        if (first < n) {
            sentences.add(sentence(tokens, first, n - 1, field));
        }
        return sentences;
    }

    private static Sentence sentence(List<Token> tokens, int first, int last, Field field) {
        Span span = new Span(field, tokens.get(first).span().start(), tokens.get(last).span().end());
        return new Sentence(span, tokens.subList(first, last + 1));
    }

    private static boolean adjacent(Token a, Token b) {
        return a.span().end() == b.span().start();
    }

    private static boolean isTerminator(Token token) {
        char c = token.text().charAt(0);
        // A token starting with a period is a run of periods: words never start with one.
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    /** An abbreviation, acronym or initial: a word whose token the tokenizer ended with its period. */
    private static boolean keepsOwnPeriod(Token token) {
        String t = token.text();
        return t.length() > 1 && t.charAt(t.length() - 1) == '.' && Character.isLetter(t.charAt(0));
    }

    private static boolean isCloser(Token token) {
        return token.text().length() == 1 && Chars.isCloser(token.text().charAt(0));
    }

    /** An upper-case (or caseless) letter, a digit, an opening quote or bracket, a dash or a bullet. */
    private static boolean opensSentence(Token token) {
        int cp = token.text().codePointAt(0);
        if (Character.isLetter(cp)) {
            return !Character.isLowerCase(cp);
        }
        return Character.isDigit(cp) || Chars.isOpeningQuote(cp) || Chars.isOpeningBracket(cp) || Chars.isDash(cp)
                || cp == '\u00BF' || cp == '\u00A1' || cp == '\u2022';
    }
}
