package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The inputs that hold many articles in a container made for them: RSS/Atom feeds ({@code .rss}, {@code .atom},
 * and {@code .xml} or any other unknown extension whose root is {@code <rss>}, {@code <feed>} or
 * {@code <rdf:RDF>}) and WARC web archives ({@code .warc}, {@code .warc.gz}, or content starting "WARC/").
 */
enum FeedOrArchive {
    FEED,
    WARC;

    /** The container a file name's extension names; {@code .xml} is not enough by itself (see {@link #sniff}). */
    static Optional<FeedOrArchive> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
            return Optional.of(FEED);
        }
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    /** The container these first bytes of an input start, or empty for anything else. */
    static Optional<FeedOrArchive> sniff(byte[] head) {
        ByteOrderMark mark = ByteOrderMark.of(head).orElse(null);
        int skip = mark == null ? 0 : mark.length();
        Charset view = mark != null && mark.isUtf16() ? mark.charset() : StandardCharsets.ISO_8859_1;
        String start = new String(head, skip, Math.min(head.length - skip, 2048), view).stripLeading();
        if (WarcFormat.looksLikeWarc(start)) {
            return Optional.of(WARC);
        }
        return start.startsWith("<") && FeedFormat.looksLikeFeed(withoutLeadingComments(start))
                ? Optional.of(FEED) : Optional.empty();
    }

    /** The container a file named by the user is in, by extension, or for an unknown extension by its content. */
    static Optional<FeedOrArchive> ofNamedFile(Path file, Optional<InputFormat> knownFormat) {
        Optional<FeedOrArchive> byName = ofFileName(String.valueOf(file.getFileName()));
        if (byName.isPresent() || knownFormat.isPresent() || !Files.isRegularFile(file)) {
            return byName;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return sniff(in.readNBytes(BinaryContent.SAMPLE));
        } catch (IOException unreadable) {
            return Optional.empty(); // reading it as text reports the problem
        }
    }

    /** Sends every article of the container, and every error, to the sink; the stream is not closed. */
    void read(InputName input, InputStream in, long maxArticleBytes, ArticleSink sink)
            throws IOException, BadInputException {
        if (this == WARC) {
            WarcFormat.read(input, in, maxArticleBytes, sink);
            return;
        }
        byte[] bytes = in.readNBytes((int) FeedFormat.MAX_FEED_BYTES + 1);
        if (bytes.length > FeedFormat.MAX_FEED_BYTES) {
            throw BadInputException.tooLarge(bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream()),
                    FeedFormat.MAX_FEED_BYTES);
        }
        FeedFormat.read(input, bytes, maxArticleBytes, sink);
    }

    /** The XML declaration and comments before the root element do not matter to what the root is. */
    private static String withoutLeadingComments(String xml) {
        String rest = xml;
        while (true) {
            rest = rest.stripLeading();
            if (rest.startsWith("<?")) {
                int end = rest.indexOf("?>");
                rest = end < 0 ? "" : rest.substring(end + 2);
            } else if (rest.startsWith("<!--")) {
                int end = rest.indexOf("-->");
                rest = end < 0 ? "" : rest.substring(end + 3);
            } else {
                return rest.length() > 200 ? rest.substring(0, 200) : rest;
            }
        }
    }
}
