package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dateline.model.Anchor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.DocumentDate;
import org.dateline.model.Extraction;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

class TimeScorerTest {

    private final TimeScorer scorer = new TimeScorer();

    private static Extraction extraction(Dateline dateline, TimeExpression... timexes) {
        return new Extraction(Article.of("a", "", "text"), List.of(), List.of(), dateline, DocumentDate.UNKNOWN,
                List.of(timexes), List.of(), List.of(), List.of(), List.of());
    }

    private static TimeExpression timex(String text, String value) {
        return new TimeExpression(Span.body(0, text.length()), text, TimexType.DATE, value, null, Anchor.NONE);
    }

    private static GoldArticle gold(GoldArticle.GoldTimex... timexes) {
        return new GoldArticle("a", null, new GoldArticle.GoldDateline("Rome", "2015-12-11"), List.of(timexes));
    }

    @Test
    void overlapping_text_is_found_and_a_wrong_value_counts_twice() {
        TimeScorer.Report r = scorer.score(
                List.of(gold(new GoldArticle.GoldTimex("September 19", "2014-09-19"), new GoldArticle.GoldTimex("30 September", "2014-09-30"))),
                Map.of("a", extraction(null, timex("On September 19", "2014-09-19"), timex("30 September", "2015-09-30"))));
        assertThat(r.found()).isEqualTo(new Tally(2, 0, 0));
        assertThat(r.valued()).isEqualTo(new Tally(1, 1, 1));
        assertThat(r.notes()).containsExactly("a: '30 September' gold 2014-09-30 got 2015-09-30", "a: dateline gold Rome 2015-12-11 got none");
    }

    @Test
    void unmatched_predictions_are_false_alarms_and_datelines_compare_place_and_date() {
        Dateline rome = new Dateline(Span.body(0, 4), "ROME", Span.body(0, 4), null, "2015-12-11", null);
        TimeScorer.Report r = scorer.score(List.of(gold()), Map.of("a", extraction(rome, timex("this period", "PAST_REF"))));
        assertThat(r.found()).isEqualTo(new Tally(0, 1, 0));
        assertThat(r.datelines()).isEqualTo(new Tally(1, 0, 0));
        assertThat(r.found().f1()).isZero();
    }

    @Test
    void f1_of_nothing_to_find_and_nothing_found_is_perfect() {
        assertThat(Tally.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Tally(3, 1, 0).precision()).isEqualTo(0.75);
    }
}
