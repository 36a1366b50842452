package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * A WARC web archive (ISO 28500, plain or gzipped), read with jwarc as a stream, record by record: every
 * successful (2xx) HTML response, and every HTML resource record, is read as a news page exactly as an
 * {@code .html} file is ({@link HtmlFormat}), its HTTP transfer and content encodings undone. Requests, metadata,
 * redirects, errors and non-HTML payloads are skipped without a word.
 *
 * <p>The page's metadata gives the url, else the record's target URI. The capture date is not the publication
 * date, so it only goes to {@code Article.extra} ({@code warc_date}, with {@code warc_target}). A page without
 * article text, or over the size limit, is one error on {@code "<file>: record N (<uri>)"} and the archive goes
 * on; an archive that breaks off (a truncated or malformed record) is one error and ends there, keeping the
 * articles before it. HTML records are numbered from 1 in archive order; a page gets the id {@code "<file name>-N"}.
 */
final class WarcFormat {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private WarcFormat() {
    }

    /** Whether the input starts as a WARC record does ("WARC/1.0"); a gzipped archive is told by its name. */
    static boolean looksLikeWarc(String head) {
        return head.startsWith("WARC/");
    }

    /**
     * Sends each HTML page's article, or its error, to the sink. The stream is not closed.
     *
     * @throws BadInputException when the input is no WARC archive, or holds no HTML page at all
     */
    static void read(InputName input, InputStream stream, long maxArticleBytes, ArticleSink sink)
            throws BadInputException {
        WarcReader reader;
        try {
            reader = new WarcReader(stream);
        } catch (IOException e) {
            throw new BadInputException("not a WARC archive (" + oneLine(e) + ")");
        }
        reader.setLenient(true);
        int records = 0; // records read so far, the current one included
        int pages = 0;
        while (true) {
            Article article = null;
            InputError recordError = null;
            try {
                records++;
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    records--;
                    break;
                }
                WarcRecord record = next.get();
                Optional<Page> page = htmlPage(record);
                if (page.isEmpty()) {
                    continue;
                }
                pages++;
                InputName name = new InputName(input.shown() + ": record " + pages + " (" + ((WarcTargetRecord) record).target()
                        + ")", input.source(), input.id() + "-" + pages);
                try {
                    article = toArticle(name, record, page.get(), maxArticleBytes);
                } catch (BadInputException e) {
                    recordError = new InputError(name.shown(), e.getMessage());
                }
            } catch (IOException | RuntimeException e) { // jwarc reports malformed records as ParsingException
                if (records == 1) {
                    throw new BadInputException("not a WARC archive (" + oneLine(e) + ")");
                }
                sink.error(new InputError(input.shown(), "WARC archive breaks off at record " + records + " ("
                        + oneLine(e) + ")"));
                return;
            }
            // outside the try: what a sink throws reaches the caller
            if (recordError != null) {
                sink.error(recordError);
            } else {
                sink.article(article);
            }
        }
        if (records == 0) {
            throw BadInputException.emptyFile();
        }
        if (pages == 0) {
            throw new BadInputException("no HTML pages in the WARC archive (" + records + " records)");
        }
    }

    /** An HTML payload and where its bytes come from. */
    private record Page(InputStream body) {
    }

    private static Optional<Page> htmlPage(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
                return Optional.empty();
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300 || !isHtml(http.contentType())) {
                return Optional.empty();
            }
            return Optional.of(new Page(http.bodyDecoded().stream()));
        }
        if (record instanceof WarcResource resource && isHtml(resource.contentType())) {
            return Optional.of(new Page(resource.body().stream()));
        }
        return Optional.empty();
    }

    private static boolean isHtml(MediaType type) {
        return type != null && HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT));
    }

    private static Article toArticle(InputName name, WarcRecord record, Page page, long maxArticleBytes)
            throws BadInputException, IOException {
        byte[] bytes = page.body().readNBytes((int) Math.min(maxArticleBytes + 1, ReadOptions.LARGEST_ARTICLE_BYTES));
        if (bytes.length > maxArticleBytes) {
            throw BadInputException.tooLarge(bytes.length + page.body().transferTo(OutputStream.nullOutputStream()),
                    maxArticleBytes);
        }
        Article html = HtmlFormat.parse(name, bytes);
        String target = ((WarcTargetRecord) record).target();
        Map<String, Object> extra = new LinkedHashMap<>(html.extra());
        extra.put("warc_target", target);
        extra.put("warc_date", record.date().toString());
        return new Article(html.id(), html.title(), html.text(), html.published(), html.source(),
                html.url() != null ? html.url() : target, extra);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.replaceAll("\\s+", " ").strip();
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
