package org.dateline.extract.segment;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Field;
import org.dateline.model.Paragraph;
import org.dateline.model.Span;

/**
 * Every non-blank line is a paragraph: wire copy often writes each paragraph on one line, and a blank line
 * separates paragraphs as well. Spans are trimmed of surrounding whitespace.
 */
final class ParagraphSplitter {

    List<Paragraph> split(String text, Field field) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int length = text.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && !Chars.isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Chars.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && Chars.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                paragraphs.add(new Paragraph(new Span(field, start, end)));
            }
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }
}
