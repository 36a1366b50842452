package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/** The shared seed articles, when this checkout has them next to it; skipped otherwise. */
class SeedCorpusTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");

    @Test
    void readsTheTassSeedArticle() {
        Path seed = SEEDS.resolve("000_962b241333455358.txt");
        assumeTrue(Files.isRegularFile(seed), "no seed corpus at " + SEEDS.toAbsolutePath());

        Article article = CollectingSink.read(seed).only();

        assertThat(article.id()).isEqualTo("000_962b241333455358");
        assertThat(article.title()).startsWith("Lavrov on joining ");
        assertThat(article.text()).startsWith("ROME, 11 December.");
        assertThat(article.text()).contains("\u201cWe are still talking about coordination");
    }

    @Test
    void readsEverySeedArticleOfTheDirectory() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "no seed corpus at " + SEEDS.toAbsolutePath());
        long textFiles;
        try (var files = Files.list(SEEDS)) {
            textFiles = files.filter(file -> file.toString().endsWith(".txt")).count();
        }

        CollectingSink sink = CollectingSink.read(SEEDS);

        assertThat(sink.errors).isEmpty(); // gold/*.json has an unknown extension: skipped silently
        assertThat(sink.articles).hasSize((int) textFiles);
        assertThat(sink.articles).allSatisfy(article -> assertThat(article.text()).isNotBlank());
    }
}
