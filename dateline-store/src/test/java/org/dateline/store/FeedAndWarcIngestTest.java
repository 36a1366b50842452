package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Feeds and web archives go through ingest like any other input. */
class FeedAndWarcIngestTest {

    @TempDir
    Path data;
    @TempDir
    Path inputs;

    private LuceneArticleStore store;

    @BeforeEach
    void open() throws IOException {
        store = LuceneArticleStore.open(data);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example Wire</title><link>https://example.org/</link>
            <description>News</description>
            <item><title>Ship blocks Suez Canal</title><link>https://example.org/suez-1</link>
              <pubDate>Wed, 24 Mar 2021 09:00:00 +0200</pubDate>
              <description><![CDATA[<p>SUEZ, Egypt, March 24 (Reuters) - A giant container ship, the Ever Given,
              ran aground in the Suez Canal on Tuesday and blocked traffic in both directions, the canal authority said.</p>
              <p>Tugboats worked through the night to free the vessel.</p>]]></description></item>
            <item><title>Ship refloated</title><link>https://example.org/suez-2</link>
              <pubDate>Mon, 29 Mar 2021 15:00:00 +0200</pubDate>
              <description><![CDATA[<p>ISMAILIA, Egypt, March 29 (Reuters) - Salvage teams refloated the Ever Given
              on Monday, reopening the Suez Canal after six days, the Suez Canal Authority said.</p>]]></description></item>
            </channel></rss>
            """;

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Boys rescued | Example</title>
            <meta property="article:published_time" content="2018-07-10T20:00:00+07:00"></head><body>
            <article><h1>All boys rescued from Thai cave</h1>
            <p>CHIANG RAI, Thailand (AP) — The last four boys and their coach were brought out of the flooded Tham Luang
            cave on Tuesday, the Thai navy SEALs said.</p>
            <p>The rescue ended an ordeal of 18 days.</p></article></body></html>
            """;

    private static void writeWarc(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://example.org/cave")).date(Instant.parse("2018-07-11T00:00:00Z"))
                    .body(http).build());
            HttpResponse image = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2}).build();
            writer.write(new WarcResponse.Builder(URI.create("https://example.org/a.png")).date(Instant.now()).body(image).build());
        }
    }

    @Test
    void rssFeedAndWarcArchive_areIngested() throws IOException {
        Files.writeString(inputs.resolve("wire.rss"), RSS);
        writeWarc(inputs.resolve("crawl.warc.gz"));

        IngestReport report = new Ingestor(store, IngestOptions.defaults().withThreads(2), IngestListener.SILENT,
                IngestorTest.EXTRACTOR).ingest(List.of(inputs.toString()));

        assertThat(report.badInputs()).isZero();
        assertThat(report.added()).isEqualTo(3);

        SearchHit cave = store.search(SearchQuery.of("cave")).hits().get(0);
        assertThat(cave.url()).isEqualTo("https://example.org/cave");
        assertThat(cave.documentDate()).isEqualTo("2018-07-10");
        StoredArticle rescued = store.get(cave.id()).orElseThrow();
        assertThat(rescued.title()).isEqualTo("All boys rescued from Thai cave");
        assertThat(rescued.extractionJson()).contains("\"warc_target\":\"https://example.org/cave\"");

        SearchResult suez = store.search(SearchQuery.of("\"Ever Given\""));
        assertThat(suez.total()).isEqualTo(2);
        StoredArticle first = store.get(suez.hits().get(suez.hits().size() - 1).id()).orElseThrow();
        assertThat(first.title()).isEqualTo("Ship blocks Suez Canal");
        assertThat(first.published()).isEqualTo(LocalDate.of(2021, 3, 24));
        assertThat(first.url()).isEqualTo("https://example.org/suez-1");
        assertThat(first.text()).startsWith("SUEZ, Egypt, March 24 (Reuters) - A giant container ship")
                .contains("\n\nTugboats worked");
        assertThat(suez.sources()).containsExactly(new FacetCount(inputs.resolve("wire.rss").toString(), 2));

        IngestReport upgraded = new Ingestor(store, IngestOptions.defaults().withExtractorVersion("next"),
                IngestListener.SILENT, IngestorTest.EXTRACTOR).reextractStale();
        assertThat(upgraded.replaced()).isEqualTo(3);
        assertThat(store.get(cave.id()).orElseThrow().extractionJson())
                .as("the input's own fields survive extracting again")
                .contains("\"warc_target\":\"https://example.org/cave\"");
        assertThat(store.get(first.id()).orElseThrow().extractionJson()).contains("\"feed\":\"Example Wire\"");
    }
}
