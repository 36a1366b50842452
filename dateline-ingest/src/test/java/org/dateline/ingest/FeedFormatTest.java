package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RSS and Atom feeds: one article per item, text from the content or description, the date as written. */
class FeedFormatTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Example Wire</title>
                <link>https://example.org/</link>
                <description>World news</description>
                <item>
                  <title>Lavrov rules out joining coalition</title>
                  <link>https://example.org/lavrov</link>
                  <guid>https://example.org/lavrov</guid>
                  <pubDate>Fri, 11 Dec 2015 01:30:00 +0300</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>ROME, 11 December. Russia is not about to join the coalition, Sergey Lavrov said.</p>
                    <p>The Minister spoke in Rome.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Second &amp; last</title>
                  <link>https://example.org/second</link>
                  <pubDate>Sat, 12 Dec 2015 10:00:00 GMT</pubDate>
                  <description>&lt;p&gt;MOSCOW, 12 December. The ministry said nothing new.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>No text</title>
                  <link>https://example.org/empty</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Atom</title>
              <id>urn:example:feed</id>
              <updated>2018-07-10T12:00:00Z</updated>
              <entry>
                <title>All boys rescued</title>
                <id>urn:example:1</id>
                <link href="https://example.org/cave"/>
                <published>2018-07-10T23:30:00-05:00</published>
                <updated>2018-07-11T08:00:00Z</updated>
                <content type="html">&lt;p&gt;CHIANG RAI, Thailand (AP) — Divers brought out the last boys.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    @Test
    void rss_itemsBecomeArticles(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("wire.rss"), RSS);
        CollectingSink sink = CollectingSink.read(feed);

        assertThat(sink.articles).hasSize(2);
        Article first = sink.articles.get(0);
        assertThat(first.id()).isEqualTo("wire-1");
        assertThat(first.title()).isEqualTo("Lavrov rules out joining coalition");
        assertThat(first.text()).isEqualTo("ROME, 11 December. Russia is not about to join the coalition, Sergey Lavrov said."
                + "\n\nThe Minister spoke in Rome.");
        assertThat(first.published()).as("the day as written, not in UTC").isEqualTo(LocalDate.of(2015, 12, 11));
        assertThat(first.url()).isEqualTo("https://example.org/lavrov");
        assertThat(first.source()).isEqualTo(feed.toString());
        assertThat(first.extra()).containsEntry("feed", "Example Wire").containsEntry("guid", "https://example.org/lavrov");

        Article second = sink.articles.get(1);
        assertThat(second.title()).isEqualTo("Second & last");
        assertThat(second.text()).isEqualTo("MOSCOW, 12 December. The ministry said nothing new.");
        assertThat(second.published()).isEqualTo(LocalDate.of(2015, 12, 12));

        assertThat(sink.errors).containsExactly(feed + ": item 3: no text in the item's description or content");
    }

    @Test
    void atom_entriesBecomeArticles(@TempDir Path dir) throws IOException {
        Article entry = CollectingSink.read(Files.writeString(dir.resolve("cave.atom"), ATOM)).only();

        assertThat(entry.title()).isEqualTo("All boys rescued");
        assertThat(entry.text()).isEqualTo("CHIANG RAI, Thailand (AP) — Divers brought out the last boys.");
        assertThat(entry.published()).isEqualTo(LocalDate.of(2018, 7, 10));
        assertThat(entry.url()).isEqualTo("https://example.org/cave");
    }

    @Test
    void xmlFeedNamedExplicitly_isSniffed(@TempDir Path dir) throws IOException {
        CollectingSink sink = CollectingSink.read(Files.writeString(dir.resolve("feed.xml"), ATOM));
        assertThat(sink.articles).extracting(Article::title).containsExactly("All boys rescued");
    }

    @Test
    void feedOnStandardInput_isSniffed() {
        CollectingSink sink = CollectingSink.readStdin(RSS.getBytes(StandardCharsets.UTF_8), "-");
        assertThat(sink.articles).hasSize(2);
        assertThat(sink.articles.get(0).id()).isEqualTo("stdin-1");
    }

    @Test
    void feedsInDirectories_areRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.rss"), RSS);
        Files.writeString(dir.resolve("b.atom"), ATOM);
        Files.writeString(dir.resolve("notes.xml"), "<notes/>"); // not a feed extension: skipped in a directory
        assertThat(CollectingSink.read(dir).articles).hasSize(3);
    }

    @Test
    void badFeeds_oneLineEach(@TempDir Path dir) throws IOException {
        Path malformed = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item></channel>");
        Path notFeed = Files.writeString(dir.resolve("other.rss"), "<?xml version=\"1.0\"?><html><body/></html>");
        Path empty = Files.writeString(dir.resolve("empty.rss"), "  \n");
        Path noItems = Files.writeString(dir.resolve("none.rss"),
                "<rss version=\"2.0\"><channel><title>t</title><link>l</link><description>d</description></channel></rss>");
        Path good = Files.writeString(dir.resolve("good.atom"), ATOM);

        CollectingSink sink = CollectingSink.read(malformed, notFeed, empty, noItems, good);

        assertThat(sink.articles).hasSize(1);
        assertThat(sink.errors).hasSize(4);
        assertThat(sink.errors.get(0)).startsWith(malformed + ": malformed XML (");
        assertThat(sink.errors.get(1)).startsWith(notFeed + ": not an RSS or Atom feed (");
        assertThat(sink.errors.get(2)).isEqualTo(empty + ": empty file");
        assertThat(sink.errors.get(3)).isEqualTo(noItems + ": feed has no items");
    }

    @Test
    void externalEntities_areNotFetched(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><link>l</link><description>d</description>"
                + "<item><title>t</title><description>before &x; after</description></item></channel></rss>";
        CollectingSink sink = CollectingSink.read(Files.writeString(dir.resolve("xxe.rss"), xxe));
        assertThat(sink.articles).allSatisfy(a -> assertThat(a.text()).doesNotContain("TOP SECRET"));
    }
}
