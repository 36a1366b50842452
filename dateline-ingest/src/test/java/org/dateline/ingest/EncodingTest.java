package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
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

class EncodingTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path dir;

    static Stream<Arguments> plainTexts() {
        return Stream.of(
                Arguments.of("Windows-1251 Russian", WINDOWS_1251, new byte[0],
                        "Лавров: Россия не присоединится к коалиции",
                        "МОСКВА, 11 декабря. Министр иностранных дел России Сергей Лавров заявил, что Москва готова"
                                + " к равноправному диалогу с коалицией."),
                Arguments.of("Windows-1251 with guillemets and a dash", WINDOWS_1251, new byte[0],
                        "Песков о переговорах",
                        "«Мы готовы к диалогу», — сказал пресс-секретарь президента Дмитрий Песков в пятницу."),
                Arguments.of("Windows-1252 curly quotes and em dash", WINDOWS_1252, new byte[0],
                        "Minister says \u201cno deal\u201d on budget",
                        "BRUSSELS \u2014 The finance minister said on Friday that \u201cwe will not sign\u201d a"
                                + " deal that \u2018ignores\u2019 the farmers."),
                Arguments.of("ISO-8859-1 French", StandardCharsets.ISO_8859_1, new byte[0],
                        "Le président à Genève",
                        "GENÈVE, 12 décembre. Le ministre français a déclaré que l'été serait décisif pour"
                                + " l'accord."),
                Arguments.of("ISO-8859-1 Spanish", StandardCharsets.ISO_8859_1, new byte[0],
                        "El presidente habló en Bogotá",
                        "BOGOTÁ, 5 de junio. El señor Pérez anunció una reunión con la oposición."),
                Arguments.of("ISO-8859-1 German", StandardCharsets.ISO_8859_1, new byte[0],
                        "Einigung in München",
                        "MÜNCHEN, 3. März. Die Bürger begrüßten die Einigung über die Straßenbahn."),
                Arguments.of("ISO-8859-1 with a single accent: the wire charset wins the tie with ISO-8859-2",
                        StandardCharsets.ISO_8859_1, new byte[0], "Café society", "PARIS - Open late."),
                Arguments.of("UTF-8 with BOM", StandardCharsets.UTF_8, UTF8_BOM,
                        "Café owners protest — again",
                        "PARIS, 4 mai. Les propriétaires de cafés ont manifesté."),
                Arguments.of("UTF-16LE with BOM", StandardCharsets.UTF_16LE, UTF16LE_BOM,
                        "Землетрясение в Турции",
                        "АНКАРА, 6 февраля. Землетрясение магнитудой 7,8 произошло на юге Турции."),
                Arguments.of("UTF-16BE with BOM", StandardCharsets.UTF_16BE, UTF16BE_BOM,
                        "Ever Given freed — Suez reopens",
                        "ISMAILIA, 29 March. The canal reopened; “traffic resumed”, officials said."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plainTexts")
    void decodesPlainText(String description, Charset charset, byte[] bom, String title, String body)
            throws IOException {
        Path file = Files.write(dir.resolve("story.txt"), concat(bom, (title + "\r\n\r\n" + body).getBytes(charset)));

        Article article = CollectingSink.read(file).only();

        assertThat(article.title()).isEqualTo(title);
        assertThat(article.text()).isEqualTo(body);
    }

    static Stream<Arguments> htmlPages() {
        return Stream.of(
                Arguments.of("meta charset windows-1251", WINDOWS_1251, "<meta charset=\"windows-1251\">",
                        "В Кремле прокомментировали заявление Лаврова",
                        "Пресс-секретарь президента России Дмитрий Песков заявил, что Москва открыта для диалога."),
                Arguments.of("http-equiv cp1251", WINDOWS_1251,
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", "Да",
                        "Он сказал «да»."),
                Arguments.of("iso-8859-1 label read as windows-1252", WINDOWS_1252,
                        "<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html; charset=ISO-8859-1\">",
                        "Minister: \u201cno deal\u201d",
                        "BRUSSELS \u2014 The minister said \u201cwe will not sign\u201d on Friday in Bruxelles."),
                Arguments.of("no declaration, detected windows-1251", WINDOWS_1251, "",
                        "Лавров встретился с Джентилони",
                        "РИМ, 11 декабря. Министр иностранных дел России Сергей Лавров провёл переговоры с главой"
                                + " МИД Италии Паоло Джентилони."),
                Arguments.of("declared UTF-8, valid UTF-8", StandardCharsets.UTF_8, "<meta charset=utf-8>",
                        "Macron : « Nous rebâtirons »",
                        "PARIS, 16 avril – Le président s’est exprimé à l’Élysée."),
                Arguments.of("declared latin-1 but really UTF-8: valid UTF-8 wins", StandardCharsets.UTF_8,
                        "<meta charset=\"iso-8859-1\">", "Zürich café reopens",
                        "ZÜRICH, 2 June – The café reopened."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("htmlPages")
    void decodesHtmlHonouringTheDeclaredCharset(String description, Charset charset, String meta, String title,
                                                String paragraph) throws IOException {
        String html = "<!DOCTYPE html><html><head>" + meta + "<title>" + title + "</title></head><body>"
                + "<article><h1>" + title + "</h1><p>" + paragraph + "</p></article></body></html>";
        Path file = Files.write(dir.resolve("page.html"), html.getBytes(charset));

        Article article = CollectingSink.read(file).only();

        assertThat(article.title()).isEqualTo(title);
        assertThat(article.text()).isEqualTo(paragraph);
    }

    @Test
    void reportsUtf8WithABrokenByteAsUndecodableUtf8() throws IOException {
        byte[] bytes = ("Лавров заявил\n\nМинистр иностранных дел России Сергей Лавров заявил, что Москва готова"
                + " к диалогу.").getBytes(StandardCharsets.UTF_8);
        int badByte = 12; // the space after "Лавров", 6 letters of 2 bytes
        bytes[badByte] = (byte) 0xFF;
        Path broken = Files.write(dir.resolve("broken.txt"), bytes);
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\n\nBody.");

        CollectingSink sink = CollectingSink.read(broken, good);

        assertThat(sink.events).containsExactly(
                "error " + broken + ": undecodable bytes: not valid UTF-8 at byte " + badByte, "article good");
    }

    @Test
    void reportsAByteTheDetectedLegacyCharsetDoesNotDefine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("Министр иностранных дел России Сергей Лавров заявил, что Москва готова к равноправному"
                + " диалогу с коалицией, но не присоединится к ней.").getBytes(WINDOWS_1251));
        int badByte = bytes.size();
        bytes.write(0x98); // the one byte Windows-1251 leaves undefined
        bytes.writeBytes(" Переговоры продолжатся в Нью-Йорке.".getBytes(WINDOWS_1251));
        Path file = Files.write(dir.resolve("tass.txt"), bytes.toByteArray());

        assertThat(CollectingSink.read(file).errors)
                .containsExactly(file + ": undecodable bytes: not valid windows-1251 at byte " + badByte);
    }

    @Test
    void reportsBytesTheDeclaredCharsetDoesNotDefine() throws IOException {
        byte[] html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 X</p></body></html>"
                .getBytes(WINDOWS_1252);
        int badByte = html.length - "</p></body></html>".length() - 1;
        html[badByte] = (byte) 0x81; // undefined in Windows-1252, where "X" was
        Path file = Files.write(dir.resolve("page.html"), html);

        assertThat(CollectingSink.read(file).errors)
                .containsExactly(file + ": undecodable bytes: not valid windows-1252 at byte " + badByte);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
