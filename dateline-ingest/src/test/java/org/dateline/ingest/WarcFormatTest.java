package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC archives: each successful HTML response is a news page; everything else is skipped. */
class WarcFormatTest {

    static final String PAGE = """
            <!DOCTYPE html><html><head><title>Ship blocks canal | Example</title>
            <meta property="article:published_time" content="2021-03-24T09:00:00+02:00"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Giant ship blocks Suez Canal</h1>
            <p>SUEZ, Egypt (AP) — A giant container ship ran aground in the Suez Canal on Tuesday.</p>
            <p>The Ever Given was blocking traffic in both directions, officials said.</p></article></body></html>
            """;

    static final Instant CAPTURED = Instant.parse("2021-03-25T12:00:00Z");

    /** Writes a small archive: a request, the page, a 404, an image, and a page with no article text. */
    static void writeArchive(Path file, WarcCompression compression) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            writer.write(new WarcRequest.Builder(URI.create("https://example.org/suez")).date(CAPTURED)
                    .body(new HttpRequest.Builder("GET", "/suez").build()).build());
            writer.write(response("https://example.org/suez", 200, MediaType.HTML_UTF8, PAGE));
            writer.write(response("https://example.org/gone", 404, MediaType.HTML_UTF8, "<p>Not found</p>"));
            writer.write(response("https://example.org/logo.png", 200, MediaType.parse("image/png"), "\u0089PNG"));
            writer.write(response("https://example.org/menu", 200, MediaType.HTML_UTF8, "<html><body><nav>x</nav></body></html>"));
        }
    }

    static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    @Test
    void htmlResponses_becomeArticles(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc");
        writeArchive(warc, WarcCompression.NONE);

        CollectingSink sink = CollectingSink.read(warc);

        assertThat(sink.articles).hasSize(1);
        Article page = sink.articles.get(0);
        assertThat(page.id()).isEqualTo("crawl-1");
        assertThat(page.title()).isEqualTo("Giant ship blocks Suez Canal");
        assertThat(page.text()).startsWith("SUEZ, Egypt (AP) — A giant container ship").contains("\n\nThe Ever Given");
        assertThat(page.published()).isEqualTo(LocalDate.of(2021, 3, 24));
        assertThat(page.url()).isEqualTo("https://example.org/suez");
        assertThat(page.extra()).containsEntry("warc_date", "2021-03-25T12:00:00Z");
        assertThat(sink.errors).containsExactly(warc + ": record 2 (https://example.org/menu): no article text found in HTML");
    }

    @Test
    void gzippedArchive_isRead(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        writeArchive(warc, WarcCompression.GZIP);
        assertThat(CollectingSink.read(warc).articles).extracting(Article::title).containsExactly("Giant ship blocks Suez Canal");
    }

    @Test
    void archiveOnStandardInput_isSniffed(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc");
        writeArchive(warc, WarcCompression.NONE);
        CollectingSink sink = CollectingSink.readStdin(Files.readAllBytes(warc), "-");
        assertThat(sink.articles).extracting(Article::id).containsExactly("stdin-1");
    }

    @Test
    void truncatedArchive_keepsTheArticlesBeforeTheBreak(@TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        writeArchive(whole, WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        // the page is the second record: cut inside the third
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(cut)) {
            byte[] plain;
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                plain = in.readAllBytes();
            }
            String text = new String(plain, StandardCharsets.ISO_8859_1);
            int third = text.indexOf("WARC/1", text.indexOf("https://example.org/gone") - 300);
            gzip.write(Arrays.copyOf(plain, third + 60));
        }
        Path truncated = Files.write(dir.resolve("truncated.warc.gz"), cut.toByteArray());

        CollectingSink sink = CollectingSink.read(truncated);

        assertThat(sink.articles).hasSize(1);
        assertThat(sink.errors).singleElement().asString().startsWith(truncated + ": WARC archive breaks off at record 3 (");
    }

    @Test
    void notAnArchive_isOneError(@TempDir Path dir) throws IOException {
        Path bogus = Files.writeString(dir.resolve("bogus.warc"), "hello, this is not a web archive\n");
        assertThat(CollectingSink.read(bogus).errors).singleElement().asString()
                .startsWith(bogus + ": not a WARC archive (");
    }
}
