package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where a page's title, date and address come from, one source at a time. */
class HtmlMetadataTest {

    private static final String ARTICLE =
            "<article><p>BERLIN, Nov 9 - Crowds gathered at the Brandenburg Gate.</p></article>";
    private static final LocalDate WALL_FALLS = LocalDate.of(1989, 11, 9);

    private static Article page(String head, String body) {
        String html = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + ARTICLE + "</body></html>";
        return CollectingSink.readStdin(html.getBytes(StandardCharsets.UTF_8), "-").only();
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("og:title wins",
                        "<meta property=\"og:title\" content=\"Wall falls\"><title>Other | Site</title>",
                        "<h1>Heading</h1>", "Wall falls"),
                Arguments.of("og:title white space folded",
                        "<meta property=\"og:title\" content=\"  Wall&NewLine;falls  \">", "", "Wall falls"),
                Arguments.of("h1 in an article", "<title>Berlin - Site</title>",
                        "<article><h1>The wall is open</h1><p>Crowds.</p></article>", "The wall is open"),
                Arguments.of("h1 in main", "<title>Berlin - Site</title>", "<main><h1>The wall is open</h1></main>",
                        "The wall is open"),
                Arguments.of("title without \" - Site\"", "<title>Berlin Wall falls - Daily Example</title>", "",
                        "Berlin Wall falls"),
                Arguments.of("title without \" | Site\"", "<title>Berlin Wall falls | Daily Example</title>", "",
                        "Berlin Wall falls"),
                Arguments.of("title without \" — Site\"", "<title>Berlin Wall falls — Daily Example</title>", "",
                        "Berlin Wall falls"),
                Arguments.of("only the last suffix removed",
                        "<title>East - West: the wall falls | Daily Example</title>", "",
                        "East - West: the wall falls"),
                Arguments.of("a long tail is part of the headline",
                        "<title>Brexit - what happens next, and what it means for you and your family</title>", "",
                        "Brexit - what happens next, and what it means for you and your family"),
                Arguments.of("hyphenated words kept", "<title>Thirty-three miners rescued</title>", "",
                        "Thirty-three miners rescued"),
                Arguments.of("an h1 outside the article is the site's", "<title>Wall falls | Site</title>",
                        "<header><h1>Daily Example</h1></header>", "Wall falls"),
                Arguments.of("nothing", "", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("titles")
    void title(String description, String head, String body, String title) {
        assertThat(page(head, body).title()).isEqualTo(title);
    }

    static Stream<Arguments> publicationDates() {
        return Stream.of(
                Arguments.of("article:published_time",
                        "<meta property=\"article:published_time\" content=\"1989-11-09T18:57:00+01:00\">", "",
                        WALL_FALLS),
                Arguments.of("pubdate", "<meta name=\"pubdate\" content=\"1989-11-09\">", "", WALL_FALLS),
                Arguments.of("compact pubdate", "<meta name=\"pubdate\" content=\"19891109\">", "", WALL_FALLS),
                Arguments.of("publishdate", "<meta name=\"publishdate\" content=\"1989-11-09 18:57:00\">", "",
                        WALL_FALLS),
                Arguments.of("date in RFC 1123", "<meta name=\"date\" content=\"Thu, 09 Nov 1989 18:57:00 GMT\">", "",
                        WALL_FALLS),
                Arguments.of("DC.date.issued", "<meta name=\"DC.date.issued\" content=\"1989-11-09\">", "",
                        WALL_FALLS),
                Arguments.of("dcterms.created", "<meta name=\"dcterms.created\" content=\"1989-11-09T17:57:00Z\">", "",
                        WALL_FALLS),
                Arguments.of("meta name in upper case", "<meta NAME=\"PUBDATE\" CONTENT=\"1989-11-09\">", "",
                        WALL_FALLS),
                Arguments.of("itemprop on a meta", "<meta itemprop=\"datePublished\" content=\"1989-11-09\">", "",
                        WALL_FALLS),
                Arguments.of("itemprop on a time", "",
                        "<time itemprop=\"datePublished\" datetime=\"1989-11-09T20:00\">Nov 9</time>", WALL_FALLS),
                Arguments.of("JSON-LD",
                        jsonLd("{\"@type\":\"NewsArticle\",\"datePublished\":\"1989-11-09T18:57+01:00\"}"), "",
                        WALL_FALLS),
                Arguments.of("JSON-LD graph", jsonLd("{\"@graph\":[{\"@type\":\"WebPage\"},"
                        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"1989-11-09\"}]}"), "", WALL_FALLS),
                Arguments.of("JSON-LD array", jsonLd("[{\"@type\":\"NewsArticle\",\"datePublished\":\"1989-11-09\"}]"),
                        "", WALL_FALLS),
                Arguments.of("broken JSON-LD skipped",
                        jsonLd("{\"datePublished\": ") + "<meta name=\"date\" content=\"1989-11-09\">", "", WALL_FALLS),
                Arguments.of("time in the article", "",
                        "<article><time datetime=\"1989-11-09\">9 November</time><p>Crowds.</p></article>",
                        WALL_FALLS),
                Arguments.of("time outside the article unused", "",
                        "<footer><time datetime=\"2024-01-01\">today</time></footer>", null),
                Arguments.of("unparseable date skipped",
                        "<meta name=\"pubdate\" content=\"last Thursday\"><meta name=\"date\" content=\"1989-11-09\">",
                        "", WALL_FALLS),
                Arguments.of("impossible date skipped", "<meta name=\"pubdate\" content=\"1989-02-30\">", "", null),
                Arguments.of("none", "", "", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicationDates")
    void publicationDate(String description, String head, String body, LocalDate published) {
        assertThat(page(head, body).published()).isEqualTo(published);
    }

    static Stream<Arguments> urls() {
        return Stream.of(
                Arguments.of("canonical first", "<link rel=\"canonical\" href=\"https://news.example/wall\">"
                        + "<meta property=\"og:url\" content=\"https://news.example/og\">",
                        "https://news.example/wall"),
                Arguments.of("og:url", "<meta property=\"og:url\" content=\"https://news.example/og\">",
                        "https://news.example/og"),
                Arguments.of("relative canonical kept as written", "<link rel=\"canonical\" href=\"/world/wall\">",
                        "/world/wall"),
                Arguments.of("none", "<link rel=\"stylesheet\" href=\"/site.css\">", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void url(String description, String head, String url) {
        assertThat(page(head, "").url()).isEqualTo(url);
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }
}
