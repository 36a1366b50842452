package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonLinesTest {

    @TempDir
    Path dir;

    private Path feed(String... lines) throws IOException {
        return Files.writeString(dir.resolve("feed.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void readsEveryFieldOfARecord() throws IOException {
        Path feed = feed("{\"id\":\"tass-1\",\"title\":\"Lavrov on the coalition\",\"text\":\"ROME, 11 December. Lavrov"
                + " said.\",\"published\":\"2015-12-11\",\"url\":\"https://tass.example/1\"}");

        Article article = CollectingSink.read(feed).only();

        assertThat(article).isEqualTo(new Article("tass-1", "Lavrov on the coalition",
                "ROME, 11 December. Lavrov said.", LocalDate.of(2015, 12, 11), feed.toString(),
                "https://tass.example/1", Map.of()));
    }

    @Test
    void keepsUnknownFieldsAsPlainJavaValuesInExtra() throws IOException {
        Path feed = feed("{\"text\":\"Body.\",\"lang\":\"en\",\"wordCount\":512,\"score\":0.75,\"breaking\":true,"
                + "\"tags\":[\"syria\",\"russia\"],\"agency\":{\"name\":\"TASS\",\"desk\":null},\"dropped\":null}");

        Article article = CollectingSink.read(feed).only();

        assertThat(article.extra()).containsOnlyKeys("lang", "wordCount", "score", "breaking", "tags", "agency");
        assertThat(article.extra()).containsEntry("lang", "en").containsEntry("wordCount", 512)
                .containsEntry("score", 0.75).containsEntry("breaking", true)
                .containsEntry("tags", List.of("syria", "russia"));
        assertThat(article.extra().get("agency")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("name", "TASS").containsEntry("desk", null);
    }

    static Stream<Arguments> publishedValues() {
        return Stream.of(
                Arguments.of("2015-12-11", LocalDate.of(2015, 12, 11)),
                Arguments.of("2015-12-11T09:30:00Z", LocalDate.of(2015, 12, 11)),
                Arguments.of("2015-12-11T23:30:00-05:00", LocalDate.of(2015, 12, 11)),
                Arguments.of("2015-12-11T00:15:00+03:00", LocalDate.of(2015, 12, 11)),
                Arguments.of("2015-12-11T10:00", LocalDate.of(2015, 12, 11)),
                Arguments.of("2015-12-11T10:00:00.123+01:00[Europe/Rome]", LocalDate.of(2015, 12, 11)),
                Arguments.of(" 2015-12-11 ", LocalDate.of(2015, 12, 11)),
                Arguments.of("", null));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("publishedValues")
    void acceptsDatesAndDateTimesTakingTheDateAsWritten(String published, LocalDate expected) throws IOException {
        Path feed = feed("{\"text\":\"Body.\",\"published\":\"" + published + "\"}");

        assertThat(CollectingSink.read(feed).only().published()).isEqualTo(expected);
    }

    @Test
    void missingIdIsTheFileNameAndLineNumber() throws IOException {
        Path feed = feed("{\"id\":\"a\",\"text\":\"One.\"}", "", "{\"text\":\"Two.\"}",
                "{\"id\":\"\",\"text\":\"Three.\"}", "{\"id\":1234,\"text\":\"Four.\"}");

        CollectingSink sink = CollectingSink.read(feed);

        assertThat(sink.articles).extracting(Article::id).containsExactly("a", "feed-3", "feed-4", "1234");
        assertThat(sink.errors).isEmpty();
    }

    @Test
    void skipsBlankLinesAndReadsWindowsLineEndsAndALastLineWithoutNewline() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.ndjson"),
                "\r\n{\"id\":\"a\",\"text\":\"One.\"}\r\n   \r\n\t\n{\"id\":\"b\",\"text\":\"Two.\"}");

        CollectingSink sink = CollectingSink.read(feed);

        assertThat(sink.events).containsExactly("article a", "article b");
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        Path feed = Files.write(dir.resolve("bom.jsonl"),
                ("\uFEFF{\"id\":\"a\",\"text\":\"Caf\u00e9 owners protest.\"}\n").getBytes(StandardCharsets.UTF_8));

        assertThat(CollectingSink.read(feed).only().text()).isEqualTo("Café owners protest.");
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("{\"id\":\"x\",\"text\":\"unterminated}",
                        "malformed JSON line (Unexpected end-of-input: was expecting closing quote for a string"
                                + " value)"),
                Arguments.of("{id: \"x\", \"text\": \"Body.\"}",
                        "malformed JSON line (Unexpected character ('i' (code 105)): was expecting double-quote"
                                + " to start field name)"),
                Arguments.of("{\"text\":\"Body.\"} {\"text\":\"Another.\"}",
                        "malformed JSON line (more text after the object, at column 18)"),
                Arguments.of("{\"text\":\"Body.\"},", "malformed JSON line (Unexpected character (',' (code 44)):"
                        + " expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or"
                        + " 'false'))"),
                Arguments.of("[\"text\", \"Body.\"]", "JSON line is not an object but an array"),
                Arguments.of("\"just a string\"", "JSON line is not an object but a string"),
                Arguments.of("{\"id\":\"x\",\"title\":\"No body\"}", "no \"text\" field"),
                Arguments.of("{\"id\":\"x\",\"text\":null}", "no \"text\" field"),
                Arguments.of("{\"id\":\"x\",\"text\":\"  \"}", "\"text\" is empty"),
                Arguments.of("{\"id\":\"x\",\"text\":[\"Body.\"]}", "\"text\" is an array, not a string"),
                Arguments.of("{\"id\":\"x\",\"text\":\"Body.\",\"title\":42}", "\"title\" is a number, not a string"),
                Arguments.of("{\"id\":{\"v\":1},\"text\":\"Body.\"}", "\"id\" is an object, not a string"),
                Arguments.of("{\"text\":\"Body.\",\"url\":true}", "\"url\" is a boolean, not a string"),
                Arguments.of("{\"text\":\"Body.\",\"published\":\"11/12/2015\"}",
                        "bad \"published\" value \"11/12/2015\" (expected YYYY-MM-DD or an ISO date-time)"),
                Arguments.of("{\"text\":\"Body.\",\"published\":\"2015-02-30\"}",
                        "bad \"published\" value \"2015-02-30\" (expected YYYY-MM-DD or an ISO date-time)"),
                Arguments.of("{\"text\":\"Body.\",\"published\":20151211}", "\"published\" is a number, not a string"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badLines")
    void reportsABadLineWithItsNumberAndReadsTheOthers(String badLine, String problem) throws IOException {
        Path feed = feed("{\"id\":\"before\",\"text\":\"First.\"}", badLine, "{\"id\":\"after\",\"text\":\"Third.\"}");

        CollectingSink sink = CollectingSink.read(feed);

        assertThat(sink.events).containsExactly("article before", "error " + feed + ":2: " + problem, "article after");
    }

    @Test
    void reportsInvalidUtf8WithTheLineAndTheByteOffsetInTheFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\":\"a\",\"text\":\"One.\"}\n".getBytes(StandardCharsets.UTF_8)); // 25 bytes
        bytes.writeBytes("{\"id\":\"b\",\"text\":\"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é: not UTF-8
        bytes.writeBytes(" society.\"}\n{\"id\":\"c\",\"text\":\"Three.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path feed = Files.write(dir.resolve("latin1.jsonl"), bytes.toByteArray());

        CollectingSink sink = CollectingSink.read(feed);

        assertThat(sink.events).containsExactly("article a",
                "error " + feed + ":2: undecodable bytes: not valid UTF-8 at byte 46", "article c");
    }

    @Test
    void reportsALineOverTheSizeLimitWithoutKeepingIt() throws IOException {
        String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(3000) + "\"}";
        Path feed = feed("{\"id\":\"a\",\"text\":\"One.\"}", big, "{\"id\":\"c\",\"text\":\"Three.\"}");

        CollectingSink sink = CollectingSink.readWith(new ReadOptions(1024, InputStream.nullInputStream()),
                feed.toString());

        assertThat(sink.events).containsExactly("article a",
                "error " + feed + ":2: article is 3 KiB, over the 1 KiB limit", "article c");
    }

    @Test
    void aFeedOfBlankLinesIsEmpty() throws IOException {
        Path feed = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\r\n");

        assertThat(CollectingSink.read(feed).errors).containsExactly(feed + ": empty file");
    }

    @Test
    void utf16IsNotJsonLines() throws IOException {
        Path feed = Files.write(dir.resolve("utf16.jsonl"),
                "\uFEFF{\"text\":\"Body.\"}\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(CollectingSink.read(feed).errors)
                .containsExactly(feed + ": undecodable bytes: JSON Lines must be UTF-8, not UTF-16LE");
    }
}
