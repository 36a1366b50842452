package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** "-" reads standard input, in the format its first character suggests. */
class StandardInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> sniffedInputs() {
        byte[] utf16Html = "\uFEFF<html><body><article><p>Землетрясение в Турции.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
                Arguments.of("plain text", utf8("Quake hits Turkey\n\nANKARA, Feb 6 - A quake struck."),
                        "stdin", "Quake hits Turkey", "ANKARA, Feb 6 - A quake struck."),
                Arguments.of("text that starts with a bracket", utf8("[UPDATE] Quake\n\nANKARA - More news."),
                        "stdin", "[UPDATE] Quake", "ANKARA - More news."),
                Arguments.of("JSON Lines", utf8("{\"id\":\"feed-1\",\"title\":\"T\",\"text\":\"Body.\"}\n"),
                        "feed-1", "T", "Body."),
                Arguments.of("JSON Lines after blank lines, without id",
                        utf8("\n  \n{\"title\":\"T\",\"text\":\"B.\"}"),
                        "stdin-3", "T", "B."),
                Arguments.of("JSON Lines after a UTF-8 BOM", utf8("\uFEFF{\"id\":\"x\",\"text\":\"Body.\"}"),
                        "x", "", "Body."),
                Arguments.of("HTML", utf8("<!DOCTYPE html><html><head><title>Fire | Site</title></head><body>"
                        + "<article><p>PARIS - A fire broke out.</p></article></body></html>"),
                        "stdin", "Fire", "PARIS - A fire broke out."),
                Arguments.of("HTML after white space", utf8("\r\n\t <p>Just a paragraph.</p>"),
                        "stdin", "", "Just a paragraph."),
                Arguments.of("UTF-16 HTML with BOM", utf16Html, "stdin", "", "Землетрясение в Турции."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sniffedInputs")
    void sniffsTheFormat(String description, byte[] stdin, String id, String title, String text) {
        Article article = CollectingSink.readStdin(stdin, "-").only();

        assertThat(article.id()).isEqualTo(id);
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.source()).isEqualTo("-");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("nothing", new byte[0], "<stdin>: empty file"),
                Arguments.of("white space", utf8(" \n\n "), "<stdin>: empty file"),
                Arguments.of("gzip", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0},
                        "<stdin>: binary file, not text"),
                Arguments.of("bad JSON line", utf8("{\"text\":\"One.\"}\n{\"text\":}\n"),
                        "<stdin>:2: malformed JSON line (Unexpected character ('}' (code 125)): expected a valid value"
                                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))"),
                Arguments.of("over the limit", utf8("Title\n\n" + "x".repeat(6 * 1024 * 1024)),
                        "<stdin>: article is 6 MiB, over the 5 MiB limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsBadInputAsStdin(String description, byte[] stdin, String error) {
        assertThat(CollectingSink.readStdin(stdin, "-").errors).containsExactly(error);
    }

    @Test
    void readsStandardInputWhereItIsNamedAmongFiles() throws IOException {
        Path before = Files.writeString(dir.resolve("before.txt"), "Before\n\nBody.");
        Path after = Files.writeString(dir.resolve("after.txt"), "After\n\nBody.");

        CollectingSink sink = CollectingSink.readStdin(utf8("Piped\n\nBody."), before.toString(), "-",
                after.toString());

        assertThat(sink.events).containsExactly("article before", "article stdin", "article after");
    }

    @Test
    void leavesStandardInputOpen() {
        ByteArrayInputStream stdin = new ByteArrayInputStream(utf8("Title\n\nBody.")) {
            @Override
            public void close() {
                throw new AssertionError("the reader closed standard input");
            }
        };

        CollectingSink sink = new CollectingSink();
        new ArticleReader(new ReadOptions(ReadOptions.DEFAULT_MAX_ARTICLE_BYTES, stdin))
                .read(List.of("-"), sink);

        assertThat(sink.only().title()).isEqualTo("Title");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
