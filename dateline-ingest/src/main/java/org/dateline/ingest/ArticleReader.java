package org.dateline.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.model.Article;

/**
 * Reads articles from paths: files, directories (recursively), and {@code "-"} for standard input.
 *
 * <p>The format follows the file's extension: {@code .txt}/{@code .text} plain text (title on the first
 * non-blank line), {@code .jsonl}/{@code .ndjson} JSON Lines (one article per line), {@code .html}/{@code .htm}
 * a news page, {@code .rss}/{@code .atom} a feed (one article per item, see {@code FeedFormat}),
 * {@code .warc}/{@code .warc.gz} a web archive (one article per HTML page, see {@code WarcFormat}). A file named
 * explicitly with another extension, or none, is a feed when its root element is one ({@code <rss>},
 * {@code <feed>}, {@code <rdf:RDF>}), a web archive when it starts "WARC/", and else plain text. Directories are
 * walked depth first in file-name order, so output is deterministic; there, files with other extensions,
 * hidden files and directories (name starting with ".") and links to directories are skipped silently, and a
 * directory holding no article file is reported as {@code "<dir>: no articles found"}, so that a mistyped
 * path does not pass unnoticed. Standard input is sniffed: "WARC/" starts a web archive, a feed's root element a
 * feed, "&#123;" JSON Lines, "&lt;" HTML, anything else plain text.
 *
 * <p>Text is decoded from UTF-8 (with or without BOM), UTF-16 with a BOM, or, when it is not valid UTF-8,
 * the charset an HTML page declares or the legacy charset ICU4J detects (Windows-1251, Windows-1252,
 * ISO-8859-1, ...). JSON Lines must be UTF-8.
 *
 * <p>Bad content never throws: each input that gives no article, and each bad line of JSON Lines, becomes one
 * {@link InputError}, and the inputs after it are still read. The messages are:
 * <ul>
 *   <li>{@code no such file or directory}, {@code permission denied}, {@code cannot read (<reason>)}</li>
 *   <li>{@code empty file} (no bytes, or only white space), {@code binary file, not text}</li>
 *   <li>{@code undecodable bytes: not valid UTF-8 at byte 1234}: the charset is the one the bytes were taken
 *       to be in, the offset (from 0) that of the first byte of the sequence it does not define</li>
 *   <li>{@code article is 6.1 MiB, over the 5 MiB limit}</li>
 *   <li>plain text: {@code no article text after the title}</li>
 *   <li>HTML: {@code no article text found in HTML}</li>
 *   <li>JSON Lines: {@code undecodable bytes: JSON Lines must be UTF-8, not UTF-16LE}; and on {@code file:LINE}:
 *       {@code malformed JSON line (<parser message>)},
 *       {@code JSON line is not an object but an array}, {@code no "text" field}, {@code "text" is empty},
 *       {@code "title" is a number, not a string}, {@code bad "published" value "11/12/2015" (expected
 *       YYYY-MM-DD or an ISO date-time)}</li>
 *   <li>feeds: {@code malformed XML (<parser message>)}, {@code not an RSS or Atom feed (<message>)},
 *       {@code feed has no items}; on {@code file: item N}: {@code no text in the item's description or content}</li>
 *   <li>web archives: {@code not a WARC archive (<message>)}, {@code no HTML pages in the WARC archive (N records)},
 *       {@code WARC archive breaks off at record N (<message>)}; on {@code file: record N (<uri>)}: the HTML
 *       problems above</li>
 *   <li>directories: {@code no articles found}</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; each call of {@link #read} has its own state. Only {@code "-"} is shared:
 * every call reads the same standard-input stream.
 */
public final class ArticleReader {

    private final ReadOptions options;

    /** @param options the size limit and what {@code "-"} reads */
    public ArticleReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads every input in order; each good article goes to {@link ArticleSink#article}, each bad input (or bad
     * JSON Lines line) to {@link ArticleSink#error}. Never throws for bad content or unreadable files.
     *
     * @param paths file or directory paths as the user wrote them, or {@code "-"} for standard input
     * @param sink  receives the articles and errors, on the calling thread, in input order
     */
    public void read(List<String> paths, ArticleSink sink) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(sink, "sink");
        for (String path : paths) {
            Objects.requireNonNull(path, "paths must not contain null");
            if (path.equals("-")) {
                readStandardInput(sink);
            } else {
                readPath(path, sink);
            }
        }
    }

    /**
     * Reads every input into memory, for corpora that fit there (a demo, a benchmark, a test); streams should
     * use {@link #read(List, ArticleSink)}.
     */
    public ReadResult readAll(List<String> paths) {
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void error(InputError error) {
                errors.add(error);
            }
        });
        return new ReadResult(articles, errors);
    }

    private void readPath(String given, ArticleSink sink) {
        Optional<Path> path = pathOf(given);
        if (path.isEmpty() || !Files.exists(path.get())) {
            sink.error(new InputError(given, "no such file or directory"));
        } else if (Files.isDirectory(path.get())) {
            if (!readDirectory(path.get(), sink)) {
                sink.error(new InputError(given, "no articles found"));
            }
        } else {
            Optional<InputFormat> known = InputFormat.ofFileName(String.valueOf(path.get().getFileName()));
            Optional<FeedOrArchive> container = FeedOrArchive.ofNamedFile(path.get(), known);
            if (container.isPresent()) {
                readContainer(path.get(), InputName.of(given, path.get()), container.get(), sink);
            } else {
                readFile(path.get(), InputName.of(given, path.get()), known.orElse(InputFormat.TEXT), sink);
            }
        }
    }

    /** An empty or malformed path names no file; an empty one would otherwise mean the working directory. */
    private static Optional<Path> pathOf(String given) {
        try {
            return given.isEmpty() ? Optional.empty() : Optional.of(Path.of(given));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Returns whether the directory held anything to report on, article or error. */
    private boolean readDirectory(Path directory, ArticleSink sink) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(directory)) {
            entries = listing.sorted(Comparator.comparing(entry -> entry.getFileName().toString())).toList();
        } catch (IOException e) {
            sink.error(new InputError(directory.toString(), problem(e)));
            return true;
        }
        boolean reported = false;
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                reported |= readDirectory(entry, sink);
            } else if (Files.isRegularFile(entry)) {
                Optional<InputFormat> format = InputFormat.ofFileName(name);
                Optional<FeedOrArchive> container = FeedOrArchive.ofFileName(name);
                if (container.isPresent()) {
                    readContainer(entry, InputName.of(entry.toString(), entry), container.get(), sink);
                    reported = true;
                } else if (format.isPresent()) {
                    readFile(entry, InputName.of(entry.toString(), entry), format.get(), sink);
                    reported = true;
                }
            }
        }
        return reported;
    }

    private void readFile(Path file, InputName input, InputFormat format, ArticleSink sink) {
        reportingFailures(input, sink, () -> {
            if (format == InputFormat.JSON_LINES) {
                try (InputStream in = Files.newInputStream(file)) {
                    JsonLinesFormat.read(input, in, options.maxArticleBytes(), sink);
                }
                return;
            }
            long size = Files.isRegularFile(file) ? Files.size(file) : 0; // a pipe's size is unknown until read
            if (size > options.maxArticleBytes()) {
                throw BadInputException.tooLarge(size, options.maxArticleBytes());
            }
            try (InputStream in = Files.newInputStream(file)) {
                sink.article(parse(input, format, readAtMostLimit(in)));
            }
        });
    }

    /** A feed or web archive: many articles, read by the container's own reader, each bad item reported apart. */
    private void readContainer(Path file, InputName input, FeedOrArchive container, ArticleSink sink) {
        reportingFailures(input, sink, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                container.read(input, in, options.maxArticleBytes(), sink);
            }
        });
    }

    /** Standard input is not closed: it belongs to the caller. */
    private void readStandardInput(ArticleSink sink) {
        reportingFailures(InputName.STDIN, sink, () -> {
            BufferedInputStream in = new BufferedInputStream(options.stdin(), BinaryContent.SAMPLE);
            in.mark(BinaryContent.SAMPLE);
            byte[] head = in.readNBytes(BinaryContent.SAMPLE);
            in.reset();
            Optional<FeedOrArchive> container = FeedOrArchive.sniff(head);
            InputFormat format = InputFormat.sniff(head);
            if (container.isPresent()) {
                container.get().read(InputName.STDIN, in, options.maxArticleBytes(), sink);
            } else if (format == InputFormat.JSON_LINES) {
                JsonLinesFormat.read(InputName.STDIN, in, options.maxArticleBytes(), sink);
            } else {
                sink.article(parse(InputName.STDIN, format, readAtMostLimit(in)));
            }
        });
    }

    /** Reading one input, which may fail for its content or its file. */
    private interface InputReading {
        void run() throws IOException, BadInputException;
    }

    /** Turns the failure of one input into its error line, so that the batch goes on. */
    private static void reportingFailures(InputName input, ArticleSink sink, InputReading reading) {
        try {
            reading.run();
        } catch (BadInputException e) {
            sink.error(new InputError(input.shown(), e.getMessage()));
        } catch (IOException e) {
            sink.error(new InputError(input.shown(), problem(e)));
        }
    }

    private static Article parse(InputName input, InputFormat format, byte[] bytes) throws BadInputException {
        return switch (format) {
            case TEXT -> PlainTextFormat.parse(input, bytes);
            case HTML -> HtmlFormat.parse(input, bytes);
            case JSON_LINES -> throw new IllegalArgumentException("JSON Lines are read as a stream, line by line");
        };
    }

    /** The whole stream; when it is over the limit, reads on only to count its size for the message. */
    private byte[] readAtMostLimit(InputStream in) throws IOException, BadInputException {
        long limit = options.maxArticleBytes();
        byte[] bytes = in.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            throw BadInputException.tooLarge(bytes.length + in.transferTo(OutputStream.nullOutputStream()), limit);
        }
        return bytes;
    }

    private static String problem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        return "cannot read (" + (reason == null ? e.getClass().getSimpleName() : reason) + ")";
    }
}
