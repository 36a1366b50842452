package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of the package documentation, as a caller writes it. */
class UsageExampleTest {

    @Test
    void readsADirectoryAndReportsErrorsAsLines(@TempDir Path dir) throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "Lavrov on the coalition\n\nROME, 11 December. Lavrov said.");
        Files.writeString(news.resolve("b.txt"), "   ");
        List<String> extracted = new ArrayList<>();
        List<String> stderr = new ArrayList<>();

        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        reader.read(List.of(news.toString()), new ArticleSink() {
            @Override
            public void article(Article article) {
                extracted.add(article.id() + ": " + article.title());
            }

            @Override
            public void error(InputError error) {
                stderr.add(error.toString());
            }
        });

        assertThat(extracted).containsExactly("a: Lavrov on the coalition");
        assertThat(stderr).containsExactly(news.resolve("b.txt") + ": empty file");
    }

    @Test
    void inputErrorPrintsAsOneLine() {
        assertThat(new InputError("feed.jsonl:12", "no \"text\" field"))
                .hasToString("feed.jsonl:12: no \"text\" field");
    }
}
