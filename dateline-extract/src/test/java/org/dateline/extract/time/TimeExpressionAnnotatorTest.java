package org.dateline.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Anchor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.DocumentDate;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionAnnotatorTest {

    private final TimeExpressionAnnotator annotator = new TimeExpressionAnnotator();

    /** Body text published on a Friday, 2015-12-11. */
    private List<TimeExpression> timexes(String body) {
        Article a = new Article("t", "", body, LocalDate.of(2015, 12, 11), null, null, null);
        return annotator.annotate(a, null, List.of(), List.of()).timexes();
    }

    private TimeExpression only(String body) {
        List<TimeExpression> all = timexes(body);
        assertThat(all).as("time expressions in: %s", body).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were held on 15 October 2006 in Geneva.            | 15 October 2006            | 2006-10-15
            The summit opened on October 15, 2006, in Geneva.            | October 15, 2006           | 2006-10-15
            He arrived on Oct. 15, 2006.                                 | Oct. 15, 2006              | 2006-10-15
            Russia did so (29 December 2014).                            | 29 December 2014           | 2014-12-29
            The decree is dated 2014-12-29.                              | 2014-12-29                 | 2014-12-29
            The filing of 12/29/2014 was late.                           | 12/29/2014                 | 2014-12-29
            The decree of 29.12.2014 entered into force.                 | 29.12.2014                 | 2014-12-29
            Talks resumed on the 5th of May 2014.                        | the 5th of May 2014        | 2014-05-05
            Prices rose in December 2014.                                | December 2014              | 2014-12
            Output fell in early 2014.                                   | early 2014                 | 2014
            The plant opened in 2011.                                    | 2011                       | 2011
            It was built in the 1990s.                                   | the 1990s                  | 199
            Profits rose in the third quarter of 2015.                   | the third quarter of 2015  | 2015-Q3
            The drought of summer 2014 hurt farmers.                     | summer 2014                | 2014-SU
            It breached the 1991 settlement between them.                | 1991                       | 1991
            Jobs gave the keynote at WWDC 2005 in San Francisco.         | 2005                       | 2005
            The budget covers 2014-2015.                                 | 2014-2015                  | 2014/2015
            Sales fell in the 2014-15 season.                            | 2014-15                    | 2014/2015
            Profits rose in the first half of 2015.                      | the first half of 2015     | 2015-H1
            """)
    void explicit_dates_need_no_anchor(String sentence, String text, String value) {
        TimeExpression t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.anchor().kind()).isEqualTo(Anchor.Kind.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lavrov will discuss on 10-11 December the situation.              | 10-11 December             | 2015-12-10/2015-12-11
            He will visit on December 10-11, Italy.                           | December 10-11             | 2015-12-10/2015-12-11
            The NATO summit was held on 4-5 September 2014 in Wales.          | 4-5 September 2014         | 2014-09-04/2014-09-05
            The festival ran from June 23 to July 10, 2018.                   | June 23 to July 10, 2018   | 2018-06-23/2018-07-10
            The trial ran from 30 November - 2 December 2015.                 | 30 November - 2 December 2015 | 2015-11-30/2015-12-02
            Rates rose from March to May.                                     | March to May               | 2015-03/2015-05
            Output grew between 2010 and 2014.                                | 2010 and 2014              | 2010/2014
            The games were held March 3–5, 2024.                              | March 3–5, 2024            | 2024-03-03/2024-03-05
            The divers worked from 8 to 10 July 2018.                         | 8 to 10 July 2018          | 2018-07-08/2018-07-10
            """)
    void ranges_become_one_expression(String sentence, String text, String value) {
        TimeExpression t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister spoke yesterday.                      | yesterday               | DATE     | 2015-12-10
            The vote is today.                                 | today                   | DATE     | 2015-12-11
            The ministers will meet tomorrow.                  | tomorrow                | DATE     | 2015-12-12
            Talks ended two days ago.                          | two days ago            | DATE     | 2015-12-09
            Troops left three weeks ago.                       | three weeks ago         | DATE     | 2015-W47
            The bill passed last week.                         | last week               | DATE     | 2015-W49
            Sales fell last month.                             | last month              | DATE     | 2015-11
            Elections are due next year.                       | next year               | DATE     | 2016
            Growth slowed this year.                           | this year               | DATE     | 2015
            The plan was announced earlier this year.          | earlier this year       | DATE     | 2015
            The minister met him on Tuesday.                   | Tuesday                 | DATE     | 2015-12-08
            The minister will meet him on Tuesday.             | Tuesday                 | DATE     | 2015-12-15
            Leaders met last Friday.                           | last Friday             | DATE     | 2015-12-04
            Sales were strong at the beginning of the year.    | the beginning of the year | DATE   | 2015
            The company is currently in talks.                 | currently               | DATE     | PRESENT_REF
            Prices have recently risen.                        | recently                | DATE     | PAST_REF
            In April, the blog reported the leak.              | April                   | DATE     | 2015-04
            Growth slowed in the second half of the year.      | the second half of the year | DATE | 2015-H2
            Leaders meet next Monday.                          | next Monday             | DATE     | 2015-12-14
            Leaders met on Thursday evening.                   | Thursday evening        | TIME     | 2015-12-10TEV
            Fighting resumed this morning.                     | this morning            | TIME     | 2015-12-11TMO
            Shelling continued last night.                     | last night              | TIME     | 2015-12-10TNI
            Polls closed tonight.                              | tonight                 | TIME     | 2015-12-11TNI
            It exploded at 9:30 a.m. local time.               | 9:30 a.m.               | TIME     | 2015-12-11T09:30
            The blast came shortly after 6 p.m.                | 6 p.m.                  | TIME     | 2015-12-11T18:00
            Trains stopped at 18:45.                           | 18:45                   | TIME     | 2015-12-11T18:45
            The talks ended at noon.                           | noon                    | TIME     | 2015-12-11T12:00
            The rocket lifted off at 0604 GMT.                 | 0604 GMT                | TIME     | 2015-12-11T06:04
            """)
    void relative_expressions_count_from_the_document_date(String sentence, String text, String type, String value) {
        TimeExpression t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type().name()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The miners were trapped for 69 days.                         | 69 days                     | DURATION | P69D  |
            They were trapped for more than 69 days.                     | more than 69 days           | DURATION | P69D  | MORE_THAN
            The siege lasted nearly two weeks.                           | nearly two weeks            | DURATION | P2W   | APPROX
            The strike lasted three hours.                               | three hours                 | DURATION | PT3H  |
            Over the last couple of months the air force acted more.     | the last couple of months   | DURATION | P2M   |
            Prices doubled over the past three weeks.                    | the past three weeks        | DURATION | P3W   |
            The war lasted a decade.                                     | a decade                    | DURATION | P10Y  |
            The talks lasted for a few days.                             | a few days                  | DURATION | PXD   |
            Inflation rose over the past year.                           | the past year               | DURATION | P1Y   |
            The forum is held every year.                                | every year                  | SET      | P1Y   |
            The council meets each Monday.                               | each Monday                 | SET      | XXXX-WXX-1 |
            The lottery is drawn on Tuesdays.                            | Tuesdays                    | SET      | XXXX-WXX-2 |
            The annual summit opened.                                    | annual                      | SET      | P1Y   |
            The two sides have argued for years.                         | years                       | DURATION | PXY   |
            Inspectors visit twice a week.                               | twice a week                | SET      | P1W   |
            The report is published annually.                            | annually                    | SET      | P1Y   |
            The mission lasted 25.5 days.                                | 25.5 days                   | DURATION | P25.5D |
            The ship was stuck for three and a half days.                | three and a half days       | DURATION | P3.5D |
            A second quake struck nine hours later.                      | nine hours                  | DURATION | PT9H  |
            The spire dated from the 19th century.                       | the 19th century            | DATE     | 18    |
            """)
    void durations_and_sets(String sentence, String text, String type, String value, String mod) {
        TimeExpression t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type().name()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.mod()).isEqualTo(mod);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prices peaked in mid-September.            | mid-September     | 2015-09 | MID
            The offensive began in late March.         | late March        | 2015-03 | END
            The deal collapsed at the end of 2014.     | the end of 2014   | 2014    | END
            Sales recovered in early 2014.             | early 2014        | 2014    | START
            """)
    void fuzzy_dates_carry_a_mod(String sentence, String text, String value, String mod) {
        TimeExpression t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.mod()).isEqualTo(mod);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Theresa May said the plan would work.
            The 19-year-old was arrested.
            He paid $5 billion a year for it.
            Some 2000 people marched.
            The 2000 troops arrived.
            The Boeing 747 landed at Heathrow.
            Flight MH 2014 landed late.
            Protesters march to the square.
            By this time, the militants controlled a quarter of Syria.
            In particular, during this period, aircraft began to bomb.
            It was established by the merger of 11 radical groups.
            The forces may fall back in spring offensives.
            """)
    void ordinary_words_are_not_time_expressions(String sentence) {
        assertThat(timexes(sentence)).as(sentence).isEmpty();
    }

    @Test
    void a_year_less_date_in_a_narrative_takes_the_year_of_its_nearest_explicit_date() {
        String body = "The coalition was formed on 4-5 September 2014 in Wales.\n\n"
                + "The air force launched the first strikes on 8 August 2014.\n\n"
                + "On September 19, the operation joined France, September 26 – Denmark, October 7 – Canada.";
        assertThat(values(timexes(body))).containsExactly(
                "4-5 September 2014=2014-09-04/2014-09-05", "8 August 2014=2014-08-08",
                "September 19=2014-09-19", "September 26=2014-09-26", "October 7=2014-10-07");
    }

    @Test
    void a_year_less_date_far_from_any_narrative_date_takes_the_document_year() {
        String body = "The treaty was signed in 1992.\n\nIt was amended later.\n\nNothing changed.\n\n"
                + "Talks on the new text are planned on 14 December.";
        assertThat(values(timexes(body))).containsExactly("1992=1992", "14 December=2015-12-14");
    }

    @Test
    void a_bare_historical_year_lends_its_year_only_within_its_paragraph() {
        String body = "The pound fell to its lowest level since 1985.\n\nLet June 23 go down in history, he said.";
        Article a = new Article("t", "", body, LocalDate.of(2016, 6, 24), null, null, null);
        assertThat(values(annotator.annotate(a, null, List.of(), List.of()).timexes())).containsExactly("1985=1985", "June 23=2016-06-23");
    }

    @Test
    void a_date_next_to_the_document_date_is_current_news_even_after_a_dated_narrative() {
        String body = "The treaty took effect on 1 November 1993.\n\nOn June 23, voters chose to leave.";
        Article a = new Article("t", "", body, LocalDate.of(2016, 6, 24), null, null, null);
        assertThat(values(annotator.annotate(a, null, List.of(), List.of()).timexes()))
                .containsExactly("1 November 1993=1993-11-01", "June 23=2016-06-23");
    }

    @Test
    void that_evening_is_the_evening_of_the_narrative_day() {
        assertThat(values(timexes("Divers went in on 8 July 2018, and four boys came out that evening.")))
                .containsExactly("8 July 2018=2018-07-08", "that evening=2018-07-08TEV");
    }

    @Test
    void a_past_clause_puts_a_later_month_in_the_previous_year() {
        Article a = new Article("t", "", "The blockade was lifted on November 20.", LocalDate.of(2016, 1, 5), null, null, null);
        assertThat(values(annotator.annotate(a, null, List.of(), List.of()).timexes())).containsExactly("November 20=2015-11-20");
    }

    @Test
    void a_future_clause_puts_an_earlier_month_in_the_next_year() {
        Article a = new Article("t", "", "The leaders will meet on January 5.", LocalDate.of(2015, 12, 20), null, null, null);
        assertThat(values(annotator.annotate(a, null, List.of(), List.of()).timexes())).containsExactly("January 5=2016-01-05");
    }

    @Test
    void clock_time_takes_the_date_of_its_sentence() {
        assertThat(values(timexes("The ship ran aground on March 23 at 7:40 a.m. local time.")))
                .containsExactly("March 23=2015-03-23", "7:40 a.m.=2015-03-23T07:40");
    }

    // ---- the document date ------------------------------------------------------------------------

    private static Dateline datelineOn(String value) {
        return new Dateline(Span.body(0, 17), "Rome", Span.body(0, 4), null, value, Span.body(6, 17));
    }

    @Test
    void a_year_less_dateline_is_later_than_every_date_reported_as_past() {
        Article a = Article.of("t", "", "ROME, 11 December. The group was banned in Russia (29 December 2014).");
        TimeAnnotation t = annotator.annotate(a, datelineOn("XXXX-12-11"), List.of(), List.of());
        assertThat(t.documentDate().value()).isEqualTo("2015-12-11");
        assertThat(t.documentDate().source()).isEqualTo(DocumentDate.Source.DATELINE_INFERRED_YEAR);
        assertThat(t.documentDate().explanation()).contains("29 December 2014");
        assertThat(values(t.timexes())).containsExactly("11 December=2015-12-11", "29 December 2014=2014-12-29");
    }

    @Test
    void a_weekday_written_with_a_date_narrows_the_inferred_year() {
        // The bound alone says 2018 at the earliest; from then on, February 6 is first a Monday in 2023.
        Article a = Article.of("t", "", "ISTANBUL, Feb 6. The quake struck early on Monday, February 6. "
                + "A smaller quake had hit the region on 12 March 2017.");
        Dateline d = new Dateline(Span.body(0, 15), "Istanbul", Span.body(0, 8), null, "XXXX-02-06", Span.body(10, 15));
        TimeAnnotation t = annotator.annotate(a, d, List.of(), List.of());
        assertThat(t.documentDate().value()).isEqualTo("2023-02-06");
        assertThat(t.documentDate().explanation()).contains("weekdays");
    }

    @Test
    void dates_in_a_future_clause_do_not_bound_the_year() {
        Article a = Article.of("t", "", "ROME, 11 December. The next summit will be held on 20 March 2031.");
        TimeAnnotation t = annotator.annotate(a, datelineOn("XXXX-12-11"), List.of(), List.of());
        assertThat(t.documentDate().value()).isEqualTo("XXXX-12-11");
        assertThat(t.documentDate().source()).isEqualTo(DocumentDate.Source.DATELINE_WITHOUT_YEAR);
    }

    @Test
    void a_future_cue_far_from_the_date_still_keeps_it_out_of_the_bound() {
        Article a = Article.of("t", "", "PARIS, Dec 13. The agreement will be open for signature at UN headquarters in New York "
                + "for one year from April 22, 2016. It was adopted on Saturday.");
        Dateline d = new Dateline(Span.body(0, 14), "Paris", Span.body(0, 5), null, "XXXX-12-13", Span.body(7, 13));
        assertThat(annotator.annotate(a, d, List.of(), List.of()).documentDate().value()).isEqualTo("XXXX-12-13");
    }

    @Test
    void when_nothing_fixes_the_year_the_value_says_so() {
        Article a = Article.of("t", "", "ROME, 11 December. The minister met his counterpart yesterday and will fly home on Tuesday.");
        TimeAnnotation t = annotator.annotate(a, datelineOn("XXXX-12-11"), List.of(), List.of());
        assertThat(values(t.timexes())).containsExactly("11 December=XXXX-12-11", "yesterday=XXXX-12-10", "Tuesday=XXXX-WXX-2");
        assertThat(t.timexes()).allSatisfy(x -> assertThat(x.anchor().kind()).isIn(Anchor.Kind.UNRESOLVED, Anchor.Kind.DOCUMENT_DATE));
    }

    @Test
    void metadata_wins_over_the_dateline() {
        Article a = new Article("t", "", "ROME, 11 December. Talks went on.", LocalDate.of(2019, 12, 12), null, null, null);
        TimeAnnotation t = annotator.annotate(a, datelineOn("XXXX-12-11"), List.of(), List.of());
        assertThat(t.documentDate().value()).isEqualTo("2019-12-12");
        assertThat(values(t.timexes())).containsExactly("11 December=2019-12-11");
    }

    @Test
    void title_expressions_are_reported_with_title_spans() {
        Article a = new Article("t", "Lavrov will discuss on 10-11 December in Rome the fight", "MOSCOW. Text.",
                LocalDate.of(2015, 12, 9), null, null, null);
        TimeExpression t = annotator.annotate(a, null, List.of(), List.of()).timexes().get(0);
        assertThat(t.span().field()).isEqualTo(org.dateline.model.Field.TITLE);
        assertThat(t.span().coveredText(a)).isEqualTo("10-11 December");
        assertThat(t.value()).isEqualTo("2015-12-10/2015-12-11");
    }

    @Test
    void spans_cover_exactly_their_text() {
        String body = "On Tuesday, 8 December, the ministers met for three hours; they will meet again next week.";
        for (TimeExpression t : timexes(body)) {
            assertThat(t.span().coveredText(body)).isEqualTo(t.text());
        }
    }

    private static List<String> values(List<TimeExpression> ts) {
        return ts.stream().map(t -> t.text() + "=" + t.value()).collect(Collectors.toList());
    }
}
