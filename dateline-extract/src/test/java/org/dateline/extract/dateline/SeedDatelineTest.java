package org.dateline.extract.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.extract.segment.SeedArticles;
import org.dateline.extract.segment.SeedArticles.Seed;
import org.dateline.model.Dateline;
import org.junit.jupiter.api.Test;

/** The dateline parser on the real seed articles, against their gold place and date. */
class SeedDatelineTest {

    private static final DatelineParser PARSER = new DatelineParser();

    @Test
    void datelinesMatchTheGold() {
        for (Seed seed : SeedArticles.load()) {
            Dateline d = PARSER.parse(seed.body()).orElseThrow(() -> new AssertionError(seed.id() + ": no dateline"));
            DatelineParserTest.checkInvariants(seed.body(), d);
            assertThat(d.place()).as(seed.id()).isEqualTo(seed.strings("place").get(0));
            // The gold date has the year the article implies; the dateline itself writes month and day only.
            String goldDate = seed.strings("date").get(0);
            assertThat(d.date()).as(seed.id()).isEqualTo("XXXX" + goldDate.substring(4));
            assertThat(d.agency()).as(seed.id()).isNull();
        }
    }

    @Test
    void titlesHaveNoDateline() {
        for (Seed seed : SeedArticles.load()) {
            assertThat(PARSER.parse(seed.title())).as(seed.id()).isEmpty();
        }
    }
}
