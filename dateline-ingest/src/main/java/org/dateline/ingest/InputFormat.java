package org.dateline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The formats an input can be in, chosen by file extension or, for standard input, by its first character. */
enum InputFormat {
    /** Title on the first non-blank line, body below. */
    TEXT,
    /** One JSON object per line. */
    JSON_LINES,
    /** A news web page. */
    HTML;

    /** The format a file name's extension names, or empty for an unknown extension (or none). */
    static Optional<InputFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "txt", "text" -> Optional.of(TEXT);
            case "jsonl", "ndjson" -> Optional.of(JSON_LINES);
            case "html", "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }

    /** The format of content that starts with these bytes, by its first character that is not white space. */
    static InputFormat sniff(byte[] head) {
        ByteOrderMark mark = ByteOrderMark.of(head).orElse(null);
        int skip = mark == null ? 0 : mark.length();
        // only ASCII '{' and '<' matter, so any single-byte view of a non-UTF-16 head will do
        Charset view = mark != null && mark.isUtf16() ? mark.charset() : StandardCharsets.ISO_8859_1;
        String start = new String(head, skip, head.length - skip, view).stripLeading();
        char first = start.isEmpty() ? ' ' : start.charAt(0);
        return first == '{' ? JSON_LINES : first == '<' ? HTML : TEXT;
    }
}
