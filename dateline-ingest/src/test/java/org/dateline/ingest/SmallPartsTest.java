package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The package's small helpers, case by case. */
class SmallPartsTest {

    @ParameterizedTest(name = "{0} bytes over {1}")
    @CsvSource(delimiter = '|', textBlock = """
        6396314   | 5242880 | article is 6.1 MiB, over the 5 MiB limit
        5242881   | 5242880 | article is 5242881 bytes, over the 5 MiB limit
        10485760  | 5242880 | article is 10 MiB, over the 5 MiB limit
        2507      | 1024    | article is 2.4 KiB, over the 1 KiB limit
        1500      | 1000    | article is 1.5 KiB, over the 1000 bytes limit
        2         | 1       | article is 2 bytes, over the 1 byte limit
        """)
    void sizeMessages(long size, long limit, String message) {
        assertThat(ByteSize.overLimit(size, limit)).isEqualTo(message);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        2015-12-11                      | 2015-12-11
        2015-12-11T23:30:00-05:00       | 2015-12-11
        2015-12-11T10:00:00.000+0300    | 2015-12-11
        2015-12-11 10:00:00             | 2015-12-11
        20151211                        | 2015-12-11
        20151211T103000Z                | 2015-12-11
        'Fri, 11 Dec 2015 10:00:00 GMT' | 2015-12-11
        2015-12-1                       |
        2015-13-11                      |
        11/12/2015                      |
        December 11, 2015               |
        2015                            |
        ''                              |
        """)
    void lenientPublicationDates(String value, LocalDate date) {
        assertThat(PublicationDates.parseLenient(value)).isEqualTo(Optional.ofNullable(date));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        div  | class="share-bar"                 | true
        div  | class="article__share"            | true
        div  | class="relatedLinks"              | true
        div  | id="ad_slot_3"                    | true
        div  | class="ad"                        | true
        div  | class="story-body ads-wrapper"    | true
        div  | class="most-read"                 | true
        div  | id="cookie-banner"                | true
        div  | class="comments"                  | true
        p    | class="byline"                    | true
        ul   | class="more-stories"              | true
        div  | class="newsletter-signup"         | true
        span | class="sr-only"                   | true
        div  | id="jp-relatedposts"              | true
        div  | class="sharedaddy sd-sharing"     | true
        div  | class="advertorial"               | true
        div  | class="cookieNotice"              | true
        div  | class="commentary"                | false
        div  | class="article-body paywall"      | true
        div  | class="story-body"                | false
        div  | class="article-content"           | false
        div  | class="headline"                  | false
        div  | class="download-link"             | false
        div  | class="shadow"                    | false
        div  | class="loaded"                    | false
        div  | class="reading-list-add"          | false
        div  | class="navigator-free"            | false
        div  |                                   | false
        """)
    void boilerplateNames(String tag, String attributes, boolean boilerplate) {
        Element element = Jsoup.parse("<" + tag + " " + (attributes == null ? "" : attributes) + "></" + tag + ">")
                .body().child(0);

        assertThat(HtmlBoilerplate.hasBoilerplateName(element)).isEqualTo(boilerplate);
    }
}
