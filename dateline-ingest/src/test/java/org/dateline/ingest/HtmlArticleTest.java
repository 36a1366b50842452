package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** News pages in src/test/resources/org/dateline/ingest/html, as sites lay them out. */
class HtmlArticleTest {

    @TempDir
    Path dir;

    /**
     * What one page should give.
     *
     * @param paragraphs every paragraph of the expected text, in order
     * @param boilerplate text of the page that must not reach the article
     */
    record Page(String file, String title, LocalDate published, String url, List<String> paragraphs,
                List<String> boilerplate) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Page> pages() {
        return Stream.of(
                new Page("wire-story.html",
                        "Lavrov: Russia ready for dialogue, but will not join U.S.-led coalition",
                        LocalDate.of(2015, 12, 11),
                        "https://wire.example.com/world/lavrov-coalition-2015-12-11/",
                        List.of("ROME, Dec 11 (Reuters) - Russia is ready for an equal dialogue with the U.S.-led"
                                        + " coalition fighting Islamic State in Syria but will not join it, Foreign"
                                        + " Minister Sergei Lavrov said on Friday.",
                                "Lavrov spoke to reporters after a meeting with his Italian counterpart Paolo"
                                        + " Gentiloni in Rome, where the two ministers discussed the conflict in Syria"
                                        + " and the situation in Libya.",
                                "\u201cWe are still talking about coordination, not about joining the American"
                                        + " coalition,\u201d Lavrov said. \u201cCoordination must be on an equal"
                                        + " basis.\u201d",
                                "Talks in New York",
                                "Foreign ministers are due to meet in New York on Dec. 18 to discuss a peace process"
                                        + " for Syria, where a civil war has killed more than 250,000 people since"
                                        + " 2011.",
                                "Moscow has said the coalition should rely on international law and the consent of"
                                        + " the Syrian government."),
                        List.of("cookies", "Accept all", "Markets", "Search news", "Home", "By Maria Rossi",
                                "December 11, 2015", "Share on Facebook", "Email this story", "Advertisement",
                                "Read more", "Vienna", "Russia Syria Italy", "Most read", "Oil falls", "newsletter",
                                "More stories", "Putin", "rights reserved", "Terms of use", "dataLayer", "min-height")),
                new Page("classic-layout.html",
                        "Thirty-three miners rescued in Chile after 69 days underground",
                        LocalDate.of(2010, 10, 13),
                        null,
                        List.of("COPIAPO, Chile, 13 October - The last of the 33 miners trapped deep underground in"
                                        + " northern Chile was hoisted to the surface late on Wednesday, ending a"
                                        + " 69-day ordeal that captivated the world.",
                                "Shift foreman Luis Urzua, who kept the men organised during the first 17 days when"
                                        + " nobody knew whether they were alive, was the last to ride the narrow"
                                        + " capsule up through 625 metres of rock.",
                                "President Sebastian Pinera, who greeted each of the men at the mouth of the shaft,"
                                        + " said the rescue had shown \"what Chileans are capable of when we work"
                                        + " together\".",
                                "The men were taken to hospital in Copiapo for checks, but doctors said most were in"
                                        + " good health."),
                        List.of("Classifieds", "Business", "Published:", "Readers' comments", "wonderful story",
                                "Camp Hope", "mine owners", "Log in", "Most popular", "bypass", "Copyright",
                                "Advertisement", "_gaq", "Thirty-three miners rescued")),
                new Page("microdata-story.html",
                        "Fire engulfs Notre-Dame cathedral in Paris",
                        LocalDate.of(2019, 4, 15),
                        null,
                        List.of("PARIS (AP) \u2014 A catastrophic fire engulfed the upper reaches of Notre-Dame"
                                        + " Cathedral as it was undergoing renovations Monday, threatening one of the"
                                        + " greatest architectural treasures of the Western world as tourists and"
                                        + " Parisians looked on aghast from the streets below.",
                                "The blaze collapsed the cathedral\u2019s spire and spread to one of its landmark"
                                        + " rectangular towers.",
                                "Hundreds of firefighters",
                                "Some 400 firefighters battled the flames into the night. Paris Fire Chief"
                                        + " Jean-Claude Gallet said the stone structure had been saved from total"
                                        + " collapse.",
                                "\u201cWe are going to rebuild Notre-Dame together,\u201d President Emmanuel Macron"
                                        + " said.",
                                "The cathedral welcomes some 13 million visitors a year.",
                                "Construction began in 1163 and took nearly two centuries."),
                        List.of("Skip to content", "News", "Claire Dubois", "Photo:", "Notre-Dame is burning",
                                "morning briefing", "WhatsApp", "Recommended", "donor conference", "Rose windows",
                                "partners store", "Evening Example")),
                new Page("bare-text.html",
                        "Ever Given freed from Suez Canal after six days",
                        LocalDate.of(2021, 3, 29),
                        "https://shipping.example.com/suez/ever-given-freed",
                        List.of("ISMAILIA, Egypt, March 29 \u2013 The giant container ship Ever Given was freed and"
                                        + " floating in the Suez Canal on Monday after almost a week.",
                                "Tugboats, helped by high tides, pulled the 400-metre vessel free at around 1500"
                                        + " local time, the Suez Canal Authority said.\n"
                                        + "Traffic through the waterway resumed in the evening.",
                                "More than 400 ships had been waiting at either end of the canal."),
                        List.of("Bulletin", "Tankers", "Contact")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void extractsMetadataAndOnlyTheArticleParagraphs(Page page) throws IOException {
        Path file = copyFixture(page.file());

        Article article = CollectingSink.read(file).only();

        assertThat(article.id()).isEqualTo(page.file().replace(".html", ""));
        assertThat(article.source()).isEqualTo(file.toString());
        assertThat(article.title()).isEqualTo(page.title());
        assertThat(article.published()).isEqualTo(page.published());
        assertThat(article.url()).isEqualTo(page.url());
        assertThat(article.text()).isEqualTo(String.join("\n\n", page.paragraphs()));
        assertThat(article.text()).doesNotContain(page.boilerplate());
    }

    static Stream<Arguments> boilerplateInArticles() {
        return Stream.of(
                Arguments.of("script", "<script>var story = \"not prose\";</script>"),
                Arguments.of("style", "<style>p { color: red }</style>"),
                Arguments.of("display none", "<div style=\"display: none\">Hidden teaser text</div>"),
                Arguments.of("visibility hidden", "<p style=\"color:red;VISIBILITY:hidden\">Hidden teaser text</p>"),
                Arguments.of("hidden attribute", "<p hidden>Hidden teaser text</p>"),
                Arguments.of("aria-hidden", "<div aria-hidden=\"true\">Hidden teaser text</div>"),
                Arguments.of("figure and caption",
                        "<figure><img src=\"a.jpg\"><figcaption>Photo: Agency</figcaption></figure>"),
                Arguments.of("advertisement label", "<p>ADVERTISEMENT</p>"),
                Arguments.of("continue reading label", "<p>Continue reading...</p>"),
                Arguments.of("read-more teaser",
                        "<p>Read more: <a href=\"/x\">Ministers meet again in Vienna next week</a></p>"),
                Arguments.of("related link list",
                        "<ul><li><a href=\"/a\">First related story</a></li><li><a href=\"/b\">Second</a></li></ul>"),
                Arguments.of("share buttons",
                        "<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"),
                Arguments.of("named ad block",
                        "<div class=\"ad-container\">Sponsored by Example Bank: better rates today</div>"),
                Arguments.of("aside", "<aside><p>Pull quote that repeats the text.</p></aside>"),
                Arguments.of("header in the article",
                        "<header><h1>Headline</h1><p class=\"byline\">By A. Writer</p></header>"),
                Arguments.of("form controls",
                        "<button>Listen to this article</button><select><option>Font size</option></select>"),
                Arguments.of("camel-case newsletter box",
                        "<section class=\"newsletterSignup\"><p>Get our briefing every morning.</p></section>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boilerplateInArticles")
    void dropsBoilerplateInsideTheArticle(String description, String boilerplate) {
        Article article = pageWithArticle("<p>Lead paragraph.</p>" + boilerplate + "<p>Last paragraph.</p>");

        assertThat(article.text()).isEqualTo("Lead paragraph.\n\nLast paragraph.");
    }

    static Stream<Arguments> articleStructures() {
        return Stream.of(
                Arguments.of("inline markup and links",
                        "<p>The <a href=\"/un\">United Nations</a> <em>Security</em> Council met.</p>",
                        "The United Nations Security Council met."),
                Arguments.of("subheading", "<h2>Talks resume</h2>", "Talks resume"),
                Arguments.of("bullet list", "<ul><li>400 firefighters</li><li>13 million visitors</li></ul>",
                        "400 firefighters\n\n13 million visitors"),
                Arguments.of("blockquote", "<blockquote>We will rebuild.</blockquote>", "We will rebuild."),
                Arguments.of("line break", "<p>ROME, 11 December<br>Lavrov said.</p>",
                        "ROME, 11 December\nLavrov said."),
                Arguments.of("double line break", "<div>First part.<br><br>Second part.</div>",
                        "First part.\n\nSecond part."),
                Arguments.of("non-breaking spaces", "<p>12&nbsp;December&nbsp; 2015</p>", "12 December 2015"),
                Arguments.of("source white space", "<p>  Spread\n   over\t lines  </p>", "Spread over lines"),
                Arguments.of("text outside any paragraph", "<span>Loose text.</span>", "Loose text."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleStructures")
    void keepsArticleStructure(String description, String content, String expected) {
        assertThat(pageWithArticle("<p>Lead.</p>" + content).text()).isEqualTo("Lead.\n\n" + expected);
    }

    private static Article pageWithArticle(String articleHtml) {
        String html = "<html><body><article>" + articleHtml + "</article></body></html>";
        return CollectingSink.readStdin(html.getBytes(StandardCharsets.UTF_8), "-").only();
    }

    @Test
    void aPageWithoutArticleTextIsAnErrorAndTheBatchGoesOn() throws IOException {
        Path index = copyFixture("index-page.html");
        Path story = copyFixture("wire-story.html");

        CollectingSink sink = CollectingSink.read(index, story);

        assertThat(sink.events).containsExactly("error " + index + ": no article text found in HTML",
                "article wire-story");
    }

    private Path copyFixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture html/" + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}
