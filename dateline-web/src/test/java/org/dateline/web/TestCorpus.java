package org.dateline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.store.IngestListener;
import org.dateline.store.IngestOptions;
import org.dateline.store.IngestReport;
import org.dateline.store.Ingestor;
import org.dateline.store.LuceneArticleStore;

/** The bundled sample corpus, ingested into a store for the server to serve. */
final class TestCorpus {

    private TestCorpus() {
    }

    /** The project's root: {@code dateline.home} (set by the build), else the parent of the working directory. */
    static Path home() {
        String home = System.getProperty("dateline.home");
        return Path.of(home == null || home.isBlank() ? ".." : home).toAbsolutePath().normalize();
    }

    static Path sampleArticles() {
        Path articles = home().resolve("sample-corpus").resolve("articles");
        if (!Files.isDirectory(articles)) {
            throw new IllegalStateException("the sample corpus is not at " + articles);
        }
        return articles;
    }

    /** Ingests the sample corpus (35 articles, 8 stories) into a new store in {@code data}. */
    static IngestReport seed(Path data) throws IOException {
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            IngestReport report = new Ingestor(store, IngestOptions.defaults(), IngestListener.SILENT)
                    .ingest(List.of(sampleArticles().toString()));
            if (report.stored() == 0) {
                throw new IllegalStateException("the sample corpus gave no articles: " + report.summary());
            }
            return report;
        }
    }
}
