package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.corpus.DateSpan.Precision;
import org.junit.jupiter.api.Test;

class DateSpanTest {

    @Test
    void days_months_years_and_ranges_cover_their_days() {
        assertThat(DateSpan.parse("2014-09-19")).contains(new DateSpan("2014-09-19", "2014-09-19", Precision.DAY));
        assertThat(DateSpan.parse("2014-09-19T10:30")).contains(new DateSpan("2014-09-19", "2014-09-19", Precision.DAY));
        assertThat(DateSpan.parse("2016-02")).contains(new DateSpan("2016-02-01", "2016-02-29", Precision.MONTH));
        assertThat(DateSpan.parse("2014")).contains(new DateSpan("2014-01-01", "2014-12-31", Precision.YEAR));
        assertThat(DateSpan.parse("2015-12-10/2015-12-11")).contains(new DateSpan("2015-12-10", "2015-12-11", Precision.RANGE));
        assertThat(DateSpan.parse("2014-09/2014-10")).contains(new DateSpan("2014-09-01", "2014-10-31", Precision.RANGE));
        assertThat(DateSpan.parse("2015-W50")).contains(new DateSpan("2015-12-07", "2015-12-13", Precision.RANGE));
        assertThat(DateSpan.parse("2015-Q4")).contains(new DateSpan("2015-10-01", "2015-12-31", Precision.RANGE));
    }

    @Test
    void values_that_name_no_days_have_no_span() {
        assertThat(DateSpan.parse("XXXX-12-09")).isEmpty();
        assertThat(DateSpan.parse("XXXX-12-10/XXXX-12-11")).isEmpty();
        assertThat(DateSpan.parse("P2M")).isEmpty();
        assertThat(DateSpan.parse("PRESENT_REF")).isEmpty();
        assertThat(DateSpan.parse("2015-02-30")).isEmpty();
        assertThat(DateSpan.parse("2015-12-11/2015-12-10")).isEmpty();
        assertThat(DateSpan.parse(null)).isEmpty();
        assertThat(DateSpan.parse(" ")).isEmpty();
    }

    @Test
    void spans_overlap_inclusively() {
        DateSpan year = DateSpan.parse("2014").orElseThrow();
        assertThat(year.overlaps("2014-12-31", null)).isTrue();
        assertThat(year.overlaps("2015-01-01", null)).isFalse();
        assertThat(year.overlaps(null, "2014-01-01")).isTrue();
        assertThat(year.overlaps(null, "2013-12-31")).isFalse();
    }
}
