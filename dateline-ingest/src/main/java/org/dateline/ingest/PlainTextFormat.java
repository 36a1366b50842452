package org.dateline.ingest;

import java.util.Map;
import java.util.Optional;
import org.dateline.model.Article;

/**
 * A plain-text article: the first non-blank line is the title, the rest is the body, without the blank lines
 * that open it or the white space that ends it. Line ends become "\n".
 */
final class PlainTextFormat {

    private PlainTextFormat() {
    }

    /** @throws BadInputException for an empty, binary or undecodable input, or one with nothing after the title */
    static Article parse(InputName input, byte[] bytes) throws BadInputException {
        String text = TextDecoder.decode(bytes, Optional.empty(), false);
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        int titleStart = skipBlankLines(lines, 0);
        int titleEnd = lineEnd(lines, titleStart);
        String title = lines.substring(titleStart, titleEnd).strip();
        String body = lines.substring(skipBlankLines(lines, Math.min(titleEnd + 1, lines.length()))).stripTrailing();
        if (body.isEmpty()) {
            throw new BadInputException("no article text after the title");
        }
        return new Article(input.id(), title, body, null, input.source(), null, Map.of());
    }

    /** The start of the first line at or after {@code from} that is not blank, or the text's length. */
    private static int skipBlankLines(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (!text.substring(lineStart, end).isBlank()) {
                return lineStart;
            }
            lineStart = end + 1;
        }
        return text.length();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
