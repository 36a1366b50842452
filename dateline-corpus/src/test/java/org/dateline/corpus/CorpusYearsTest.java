package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Anchor;
import org.dateline.model.DocumentDate;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

class CorpusYearsTest {

    private static List<ResolvedDate> resolve(List<ArticleFacts> articles) {
        return CorpusYears.resolve(articles, StoryThreader.thread(articles, EntityResolver.resolve(articles)));
    }

    private static ResolvedDate of(List<ResolvedDate> dates, String id) {
        return dates.stream().filter(d -> d.articleId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_preview_takes_the_year_2015_from_its_story() {
        ResolvedDate preview = of(resolve(Seeds.seeds()), Seeds.PREVIEW);

        assertThat(preview.value()).isEqualTo("2015-12-09");
        assertThat(preview.source()).isEqualTo(DocumentDate.Source.RELATED_ARTICLE);
        assertThat(preview.storyId()).isEqualTo("s1");
        assertThat(preview.anchorArticleId()).isEqualTo(Seeds.REPORT);
        assertThat(preview.explanation()).isEqualTo("year 2015 from story s1: '" + Seeds.report().title()
                + "' (2015-12-11, article " + Seeds.REPORT + ", 2 days apart)");
    }

    @Test
    void the_preview_s_dateline_events_and_time_expressions_take_the_year_too() {
        ResolvedDate preview = of(resolve(Seeds.seeds()), Seeds.PREVIEW);

        assertThat(preview.rewrites()).containsExactly(
                new ResolvedDate.Rewrite("document_date", null, "XXXX-12-09", "2015-12-09"),
                new ResolvedDate.Rewrite("dateline", null, "XXXX-12-09", "2015-12-09"),
                new ResolvedDate.Rewrite("timex", "0", "XXXX-12-10/XXXX-12-11", "2015-12-10/2015-12-11"),
                new ResolvedDate.Rewrite("timex", "1", "XXXX-12-09", "2015-12-09"),
                new ResolvedDate.Rewrite("timex", "2", "XXXX-12-10/XXXX-12-11", "2015-12-10/2015-12-11"),
                new ResolvedDate.Rewrite("event", "v1", "XXXX-12-10/XXXX-12-11", "2015-12-10/2015-12-11"));

        ArticleFacts dated = preview.applyTo(Seeds.preview());
        assertThat(dated.documentDate().value()).isEqualTo("2015-12-09");
        assertThat(dated.documentDate().source()).isEqualTo(DocumentDate.Source.RELATED_ARTICLE);
        assertThat(dated.dateline()).isEqualTo(new ArticleFacts.DatelineFact("Moscow", null, "2015-12-09"));
        assertThat(dated.events().get(0).date()).isEqualTo("2015-12-10/2015-12-11");
        assertThat(dated.events().get(1).date()).isEqualTo("2014-09-04/2014-09-05");
        assertThat(dated.timexes()).extracting(ArticleFacts.TimexFact::value)
                .containsExactly("2015-12-10/2015-12-11", "2015-12-09", "2015-12-10/2015-12-11", "2014-09-04/2014-09-05", "2014-08-08", "2014-09-19");
    }

    @Test
    void an_article_whose_year_is_certain_or_best_in_its_story_keeps_its_date() {
        ResolvedDate report = of(resolve(Seeds.seeds()), Seeds.REPORT);

        assertThat(report.value()).isEqualTo("2015-12-11");
        assertThat(report.source()).isEqualTo(DocumentDate.Source.DATELINE_INFERRED_YEAR);
        assertThat(report.anchorArticleId()).isNull();
        assertThat(report.rewrites()).isEmpty();
        ArticleFacts facts = Seeds.report();
        assertThat(report.applyTo(facts)).isSameAs(facts);
    }

    @Test
    void an_article_alone_in_its_story_keeps_its_unknown_year_and_says_why() {
        ResolvedDate preview = of(resolve(List.of(Seeds.preview())), Seeds.PREVIEW);

        assertThat(preview.value()).isEqualTo("XXXX-12-09");
        assertThat(preview.explanation()).endsWith("its story s1 has no article whose year is known");
        assertThat(preview.rewrites()).isEmpty();
    }

    @Test
    void a_year_is_chosen_to_put_the_dates_closest_across_the_new_year() {
        ArticleFacts december = Facts.article("705_dec", "Kerry and Lavrov prepare Syria talks")
                .date("XXXX-12-30", DocumentDate.Source.DATELINE_WITHOUT_YEAR)
                .entity("e1", EntityType.PERSON, "John Kerry", 3, true).entity("e2", EntityType.PERSON, "Sergey Lavrov", 3, true)
                .event("v1", EventType.MEET, "e1:John Kerry", "e2:Sergey Lavrov", "XXXX-01-02", "they will meet on January 2")
                .build();
        ArticleFacts january = Facts.article("706_jan", "Kerry and Lavrov open Syria talks in Geneva")
                .published("2016-01-03")
                .entity("e1", EntityType.PERSON, "John Kerry", 3, true).entity("e2", EntityType.PERSON, "Sergey Lavrov", 3, true)
                .build();
        ResolvedDate d = of(resolve(List.of(december, january)), "705_dec");

        assertThat(d.value()).isEqualTo("2015-12-30");
        assertThat(d.explanation()).startsWith("year 2015 from story s1: 'Kerry and Lavrov open Syria talks in Geneva' (2016-01-03");
        assertThat(d.rewrites()).contains(new ResolvedDate.Rewrite("event", "v1", "XXXX-01-02", "2016-01-02"));
    }

    @Test
    void an_inferred_year_gives_way_to_a_certain_one_and_relative_dates_move_with_it() {
        ArticleFacts inferred = Facts.article("707_inferred", "Lavrov: talks with Kerry were useful")
                .date("2014-12-09", DocumentDate.Source.DATELINE_INFERRED_YEAR)
                .dateline("Moscow", "2014-12-09")
                .entity("e1", EntityType.PERSON, "John Kerry", 3, true).entity("e2", EntityType.PERSON, "Sergey Lavrov", 3, true)
                .event("v1", EventType.MEET, "e2:Sergey Lavrov", "e1:John Kerry", "2014-12-08", "Lavrov met Kerry yesterday")
                .event("v2", EventType.FORM, "e1:John Kerry", null, "2006-10-15", "founded on 15 October 2006")
                .timex("yesterday", "2014-12-08", Anchor.Kind.DOCUMENT_DATE)
                .timex("15 October 2006", "2006-10-15", Anchor.Kind.NONE)
                .build();
        ArticleFacts certain = Facts.article("708_certain", "Kerry and Lavrov meet in Moscow")
                .published("2015-12-08")
                .entity("e1", EntityType.PERSON, "John Kerry", 3, true).entity("e2", EntityType.PERSON, "Sergey Lavrov", 3, true)
                .build();
        ResolvedDate d = of(resolve(List.of(inferred, certain)), "707_inferred");

        assertThat(d.value()).isEqualTo("2015-12-09");
        assertThat(d.explanation()).endsWith("; replaces the year 2014 inferred from the article's own text");
        assertThat(d.rewrites()).containsExactly(
                new ResolvedDate.Rewrite("document_date", null, "2014-12-09", "2015-12-09"),
                new ResolvedDate.Rewrite("dateline", null, "2014-12-09", "2015-12-09"),
                new ResolvedDate.Rewrite("timex", "0", "2014-12-08", "2015-12-08"),
                new ResolvedDate.Rewrite("event", "v1", "2014-12-08", "2015-12-08"));
    }

    @Test
    void unknown_years_of_a_value_are_filled_nearest_the_document_date() {
        LocalDate doc = LocalDate.of(2015, 12, 29);
        assertThat(CorpusYears.fillYears("XXXX-12-10/XXXX-12-11", doc)).isEqualTo("2015-12-10/2015-12-11");
        assertThat(CorpusYears.fillYears("XXXX-12-30/XXXX-01-02", doc)).isEqualTo("2015-12-30/2016-01-02");
        assertThat(CorpusYears.fillYears("XXXX-01-05", doc)).isEqualTo("2016-01-05");
        assertThat(CorpusYears.fillYears("XXXX-09-05", doc)).isEqualTo("2015-09-05");
        assertThat(CorpusYears.fillYears("XXXX-12", doc)).isEqualTo("2015-12");
        assertThat(CorpusYears.fillYears("2014-09-19", doc)).isEqualTo("2014-09-19");
        assertThat(CorpusYears.fillYears("P2M", doc)).isEqualTo("P2M");
        assertThat(CorpusYears.shiftYears("2014-12-10/2014-12-11", 1)).isEqualTo("2015-12-10/2015-12-11");
        assertThat(CorpusYears.shiftYears("2014-W50", -1)).isEqualTo("2013-W50");
    }
}
