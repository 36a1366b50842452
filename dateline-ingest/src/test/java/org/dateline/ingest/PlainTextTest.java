package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextTest {

    @TempDir
    Path dir;

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("title, blank line, body",
                        "Lavrov on joining the coalition\n\nROME, 11 December. Lavrov said.\n\nSecond paragraph.",
                        "Lavrov on joining the coalition", "ROME, 11 December. Lavrov said.\n\nSecond paragraph."),
                Arguments.of("body right under the title",
                        "Quake hits Turkey\nANKARA, Feb 6 - A 7.8 quake struck.",
                        "Quake hits Turkey", "ANKARA, Feb 6 - A 7.8 quake struck."),
                Arguments.of("Windows line ends",
                        "Suez blocked\r\n\r\nISMAILIA, March 24 - A ship ran aground.\r\nTugs are on the way.\r\n",
                        "Suez blocked", "ISMAILIA, March 24 - A ship ran aground.\nTugs are on the way."),
                Arguments.of("old Mac line ends",
                        "Cave rescue\r\rCHIANG RAI, July 10 - All 12 boys are out.\rThe coach too.",
                        "Cave rescue", "CHIANG RAI, July 10 - All 12 boys are out.\nThe coach too."),
                Arguments.of("blank lines and spaces before the title",
                        "\n\n   \n  Brexit vote count begins  \n\n\n\nLONDON, June 23 - Counting began.",
                        "Brexit vote count begins", "LONDON, June 23 - Counting began."),
                Arguments.of("trailing white space dropped, inner blank lines kept",
                        "Artemis I launches\n\nCAPE CANAVERAL, Nov 16 - It flew.\n\n\nThe crew capsule is empty."
                                + "\n\n  \n",
                        "Artemis I launches", "CAPE CANAVERAL, Nov 16 - It flew.\n\n\nThe crew capsule is empty."),
                Arguments.of("indentation of the first body line kept",
                        "Paris agreement adopted\n\n    PARIS, Dec 12 - Delegates cheered.",
                        "Paris agreement adopted", "    PARIS, Dec 12 - Delegates cheered."),
                Arguments.of("non-ASCII UTF-8",
                        "Macron: « nous rebâtirons »\n\nPARIS, 16 avril – Le président a parlé à l’Élysée.",
                        "Macron: « nous rebâtirons »", "PARIS, 16 avril – Le président a parlé à l’Élysée."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void splitsTitleAndBody(String description, String content, String title, String body) throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), content);

        Article article = CollectingSink.read(file).only();

        assertThat(article.title()).isEqualTo(title);
        assertThat(article.text()).isEqualTo(body);
    }

    @Test
    void idIsTheFileNameWithoutExtensionAndSourceThePathAsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("000_962b241333455358.txt"), "Title\n\nBody.");

        Article article = CollectingSink.read(file.toString()).only();

        assertThat(article.id()).isEqualTo("000_962b241333455358");
        assertThat(article.source()).isEqualTo(file.toString());
        assertThat(article.published()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.extra()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFileNames")
    void readsTextExtensionsAndExplicitlyNamedUnknownOnes(String fileName, String id) throws IOException {
        Path file = Files.writeString(dir.resolve(fileName), "Headline\n\nBody text.");

        Article article = CollectingSink.read(file).only();

        assertThat(article.id()).isEqualTo(id);
        assertThat(article.text()).isEqualTo("Body text.");
    }

    static Stream<Arguments> textFileNames() {
        return Stream.of(
                Arguments.of("story.txt", "story"),
                Arguments.of("story.TXT", "story"),
                Arguments.of("story.text", "story"),
                Arguments.of("story.md", "story"),
                Arguments.of("wire.2015-12-11.story", "wire.2015-12-11"),
                Arguments.of("README", "README"));
    }

    @Test
    void titleOnlyIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("headline.txt"), "Just a headline\n\n\n");

        CollectingSink sink = CollectingSink.read(file);

        assertThat(sink.errors).containsExactly(file + ": no article text after the title");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheTitle() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Title\n\nBody.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Path file = Files.write(dir.resolve("bom.txt"), bytes);

        assertThat(CollectingSink.read(file).only().title()).isEqualTo("Title");
    }
}
