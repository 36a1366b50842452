package org.dateline.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Field;
import org.dateline.model.Paragraph;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.Token;

/** Checks what must hold for every segmentation, whatever the text. */
public final class SegmentationInvariants {

    private SegmentationInvariants() {
    }

    public static void check(String text, Field field, Segmentation s) {
        List<Paragraph> paragraphs = s.paragraphs();
        List<Sentence> sentences = s.sentences();
        int previousEnd = 0;
        for (Paragraph p : paragraphs) {
            checkTrimmedSpan(text, field, p.span());
            assertThat(p.span().start()).as("paragraphs in order, non-overlapping").isGreaterThanOrEqualTo(previousEnd);
            if (previousEnd > 0) {
                assertThat(text.substring(previousEnd, p.span().start())).as("a line break between paragraphs")
                        .containsPattern("[\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]");
            }
            previousEnd = p.span().end();
        }

        int sentenceEnd = 0;
        int tokenEnd = 0;
        int covered = 0;
        int paragraph = 0;
        for (Sentence sentence : sentences) {
            Span span = sentence.span();
            checkTrimmedSpan(text, field, span);
            assertThat(span.start()).as("sentences in order, non-overlapping").isGreaterThanOrEqualTo(sentenceEnd);
            sentenceEnd = span.end();
            while (paragraph < paragraphs.size() && paragraphs.get(paragraph).span().end() < span.end()) {
                paragraph++;
            }
            assertThat(paragraph).as("sentence %s inside a paragraph", span).isLessThan(paragraphs.size());
            assertThat(paragraphs.get(paragraph).span().contains(span)).as("sentence %s inside paragraph %s",
                    span, paragraphs.get(paragraph).span()).isTrue();
            List<Token> tokens = sentence.tokens();
            assertThat(tokens).as("sentence %s has tokens", span).isNotEmpty();
            assertThat(tokens.get(0).span().start()).isEqualTo(span.start());
            assertThat(tokens.get(tokens.size() - 1).span().end()).isEqualTo(span.end());
            for (Token t : tokens) {
                assertThat(t.span().field()).isEqualTo(field);
                assertThat(t.span().isEmpty()).as("empty token at %s", t.span()).isFalse();
                assertThat(t.span().start()).as("tokens in order, non-overlapping").isGreaterThanOrEqualTo(tokenEnd);
                assertThat(t.span().coveredText(text)).isEqualTo(t.text());
                assertThat(t.text().codePoints().noneMatch(Chars::isSpace)).as("no space in token '%s'", t.text()).isTrue();
                String between = text.substring(tokenEnd, t.span().start());
                assertThat(between.codePoints().allMatch(Chars::isSpace))
                        .as("only spaces between tokens, not '%s' before %s", between, t.span()).isTrue();
                tokenEnd = t.span().end();
                covered += t.span().length();
            }
        }
        assertThat(text.substring(tokenEnd).codePoints().allMatch(Chars::isSpace)).as("only spaces after the last token").isTrue();
        long nonSpace = text.codePoints().filter(cp -> !Chars.isSpace(cp)).mapToLong(Character::charCount).sum();
        assertThat(covered).as("every non-space character is in a token").isEqualTo((int) nonSpace);
    }

    private static void checkTrimmedSpan(String text, Field field, Span span) {
        assertThat(span.field()).isEqualTo(field);
        assertThat(span.end()).as("span %s in bounds", span).isLessThanOrEqualTo(text.length());
        assertThat(span.isEmpty()).as("empty span %s", span).isFalse();
        assertThat(Chars.isSpace(text.charAt(span.start()))).as("span %s trimmed at start", span).isFalse();
        assertThat(Chars.isSpace(text.charAt(span.end() - 1))).as("span %s trimmed at end", span).isFalse();
    }
}
