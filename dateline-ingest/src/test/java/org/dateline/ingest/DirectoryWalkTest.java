package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWalkTest {

    @TempDir
    Path dir;
    Path news;

    @BeforeEach
    void writeTree() throws IOException {
        news = Files.createDirectories(dir.resolve("news"));
        write("news/b.txt", "B\n\nBody.");
        write("news/a.html", "<html><head><title>A</title></head><body><article><p>Body.</p></article></body></html>");
        write("news/Z-first.txt", "Z\n\nBody."); // upper case sorts before lower case
        write("news/sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        write("news/sub/deeper/d.TXT", "D\n\nBody.");
        write("news/sub2/e.ndjson", "{\"id\":\"e1\",\"text\":\"One.\"}\n");
        write("news/f.htm", "<html><body><main><p>Body.</p></main></body></html>");
        write("news/g.text", "G\n\nBody.");
        write("news/.hidden.txt", "Hidden\n\nBody.");
        write("news/.git/HEAD.txt", "ref\n\nrefs/heads/main");
        write("news/notes.md", "Notes\n\nNot an article.");
        write("news/photo.jpg", "not really a jpeg");
        write("news/README", "Readme\n\nNo extension.");
        Files.createDirectories(news.resolve("empty-subdirectory"));
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void walksDepthFirstInNameOrderSkippingHiddenAndUnknownFiles() {
        CollectingSink sink = CollectingSink.read(news);

        assertThat(sink.events).containsExactly("article Z-first", "article a", "article b", "article f",
                "article g", "article c1", "article c-2", "article d", "article e1");
    }

    @Test
    void sourceIsThePathUnderTheDirectoryAsGiven() {
        CollectingSink sink = CollectingSink.read(news + "/");

        assertThat(sink.articles).extracting(Article::source).containsExactly(
                news + "/Z-first.txt", news + "/a.html", news + "/b.txt", news + "/f.htm", news + "/g.text",
                news + "/sub/c.jsonl", news + "/sub/c.jsonl", news + "/sub/deeper/d.TXT", news + "/sub2/e.ndjson");
    }

    @Test
    void readsTheSameOrderEveryTime() {
        assertThat(CollectingSink.read(news).events).isEqualTo(CollectingSink.read(news).events);
    }

    @Test
    void namedFilesAreReadWhateverTheirNameAndInTheOrderGiven() {
        CollectingSink sink = CollectingSink.read(news.resolve("notes.md"), news.resolve(".hidden.txt"),
                news.resolve("README"), news.resolve("b.txt"));

        assertThat(sink.events).containsExactly("article notes", "article .hidden", "article README", "article b");
        assertThat(sink.articles.get(0).text()).isEqualTo("Not an article.");
    }

    @Test
    void aDirectoryWithoutArticleFilesIsReported() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path onlyOthers = Files.createDirectories(dir.resolve("others"));
        Files.writeString(onlyOthers.resolve("image.png"), "png");
        Files.writeString(onlyOthers.resolve(".DS_Store"), "junk");

        CollectingSink sink = CollectingSink.read(empty, onlyOthers, news.resolve("b.txt"));

        assertThat(sink.events).containsExactly("error " + empty + ": no articles found",
                "error " + onlyOthers + ": no articles found", "article b");
    }

    @Test
    void aDirectoryWhoseOnlyFileIsBadReportsThatFileAlone() throws IOException {
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Files.write(drafts.resolve("draft.txt"), new byte[0]);

        assertThat(CollectingSink.read(drafts).events).containsExactly("error " + drafts.resolve("draft.txt")
                + ": empty file");
    }

    @Test
    void doesNotFollowLinksToDirectories() throws IOException {
        try {
            Files.createSymbolicLink(news.resolve("loop"), news);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }

        assertThat(CollectingSink.read(news).articles).hasSize(9);
    }
}
