package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gives one line, and the inputs after it are still read. */
class InputErrorTest {

    private static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
            'I', 'H', 'D', 'R', 0, 0, 1, 0};

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        byte[] controls = new byte[400];
        Arrays.fill(controls, (byte) 0x1B);
        for (int i = 0; i < controls.length; i += 3) {
            controls[i] = 'a';
        }
        return Stream.of(
                Arguments.of("empty.txt", new byte[0], "empty file"),
                Arguments.of("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII), "empty file"),
                Arguments.of("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}, "empty file"),
                Arguments.of("empty.html", new byte[0], "empty file"),
                Arguments.of("empty.jsonl", new byte[0], "empty file"),
                Arguments.of("image.txt", PNG_HEADER, "binary file, not text"),
                Arguments.of("image.html", PNG_HEADER, "binary file, not text"),
                Arguments.of("image.jsonl", PNG_HEADER, "binary file, not text"),
                Arguments.of("terminal.txt", controls, "binary file, not text"),
                Arguments.of("utf16-without-bom.txt", "Title\n\nBody.".getBytes(StandardCharsets.UTF_16LE),
                        "binary file, not text"),
                Arguments.of("title-only.txt", "Headline".getBytes(StandardCharsets.US_ASCII),
                        "no article text after the title"),
                Arguments.of("scripts-only.html", ("<html><head><title>Loading</title><script>var text = 'a long"
                        + " string that is not the article';</script></head><body><noscript>Enable JavaScript to"
                        + " read this page.</noscript></body></html>").getBytes(StandardCharsets.US_ASCII),
                        "no article text found in HTML"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badFiles")
    void reportsTheBadFileAndReadsTheNextOne(String name, byte[] content, String problem) throws IOException {
        Path bad = Files.write(dir.resolve(name), content);
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\n\nBody.");

        CollectingSink sink = CollectingSink.read(bad, good);

        assertThat(sink.events).containsExactly("error " + bad + ": " + problem, "article good");
    }

    @Test
    void reportsAMissingPathAsGiven() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\n\nBody.");

        CollectingSink sink = CollectingSink.read("news/no-such-story.txt", good.toString(), "");

        assertThat(sink.events).containsExactly("error news/no-such-story.txt: no such file or directory",
                "article good", "error : no such file or directory");
    }

    @Test
    void reportsAnArticleOverTheDefaultLimitWithItsSize() throws IOException {
        Path big = Files.write(dir.resolve("dump.txt"), new byte[(int) (6.1 * 1024 * 1024)]);
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\n\nBody.");

        CollectingSink sink = CollectingSink.read(big, good);

        assertThat(sink.events).containsExactly("error " + big + ": article is 6.1 MiB, over the 5 MiB limit",
                "article good");
    }

    static Stream<Arguments> oversizedFiles() {
        return Stream.of(
                Arguments.of("long.txt", "Title\n\n" + "word ".repeat(500)),
                Arguments.of("long.html", "<p>" + "word ".repeat(500) + "</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedFiles")
    void appliesTheConfiguredLimit(String name, String content) throws IOException {
        Path big = Files.writeString(dir.resolve(name), content);
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\n\nBody.");

        CollectingSink sink = CollectingSink.readWith(new ReadOptions(1024, InputStream.nullInputStream()),
                big.toString(), good.toString());

        assertThat(sink.events).containsExactly("error " + big + ": article is 2.4 KiB, over the 1 KiB limit",
                "article good");
    }

    @Test
    void reportsAnUnreadableFile() throws IOException {
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Title\n\nBody.");
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\n\nBody.");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeFalse(true, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(locked), "running as a user who reads every file (root)");

        CollectingSink sink = CollectingSink.read(locked, good);

        assertThat(sink.events).containsExactly("error " + locked + ": permission denied", "article good");
    }

    @Test
    void oneBatchWithEveryKindOfInput() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "Story A\n\nBody A.");
        Files.write(news.resolve("b.txt"), new byte[0]);
        Files.writeString(news.resolve("c.jsonl"),
                "{\"id\":\"c1\",\"text\":\"One.\"}\n{oops}\n{\"id\":\"c3\",\"text\":\"Three.\"}\n");
        Files.writeString(news.resolve("d.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Files.writeString(news.resolve("e.html"), "<html><body><article><p>Story E.</p></article></body></html>");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path missing = dir.resolve("missing.txt");

        CollectingSink sink = CollectingSink.read(news, missing, empty);

        assertThat(sink.events).containsExactly(
                "article a",
                "error " + news.resolve("b.txt") + ": empty file",
                "article c1",
                "error " + news.resolve("c.jsonl") + ":2: malformed JSON line (Unexpected character ('o' (code 111)):"
                        + " was expecting double-quote to start field name)",
                "article c3",
                "error " + news.resolve("d.html") + ": no article text found in HTML",
                "article e",
                "error " + missing + ": no such file or directory",
                "error " + empty + ": no articles found");
        assertThat(sink.errors).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    }
}
