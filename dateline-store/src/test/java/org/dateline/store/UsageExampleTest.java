package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dateline.corpus.CorpusAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of the package documentation, as a user would write it. */
class UsageExampleTest {

    @Test
    void ingestSearchAnalyse(@TempDir Path data) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            IngestReport report = new Ingestor(store, IngestOptions.defaults(),
                    new ConsoleProgress(new PrintStream(err, true, StandardCharsets.UTF_8), false), IngestorTest.EXTRACTOR)
                    .ingest(List.of(IngestorTest.SAMPLE.resolve("notre-dame-fire").toString()));
            SearchResult found = store.search(SearchQuery.of("cathedral").withEntity("Paris"));
            CorpusAnalysis analysis = StoredCorpus.analysis(store).orElseThrow();

            assertThat(report.added()).isEqualTo(4);
            assertThat(found.total()).isPositive();
            assertThat(analysis.stories()).isNotEmpty();
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("dateline: stored 4 articles (4 new");
        }
    }
}
