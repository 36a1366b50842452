package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {

    private static List<TimelineEntry> timeline(List<ArticleFacts> articles) {
        List<Dossier> dossiers = EntityResolver.resolve(articles);
        return TimelineBuilder.build(articles, dossiers, StoryThreader.thread(articles, dossiers));
    }

    private static List<String> lines(List<TimelineEntry> entries) {
        return entries.stream().map(e -> e.date() + " " + e.type() + " "
                + String.join("+", e.actors().stream().map(TimelineEntry.Party::name).toList())).toList();
    }

    @Test
    void the_coalition_s_members_join_in_date_order() {
        List<TimelineEntry> joins = timeline(Seeds.seeds()).stream().filter(e -> e.type() == EventType.JOIN).toList();

        assertThat(lines(joins)).containsExactly(
                "2014-09-19 JOIN France",
                "2014-09-26 JOIN Denmark",
                "2014-09-30 JOIN United Kingdom",
                "2014-10-05 JOIN Australia",
                "2014-10-06 JOIN Belgium+Netherlands",
                "2014-10-07 JOIN Canada");
        assertThat(joins.get(0).targets()).extracting(TimelineEntry.Party::name)
                .containsExactly("international coalition against “Islamic state”");
        assertThat(joins.get(0).sources()).singleElement().satisfies(s -> {
            assertThat(s.articleId()).isEqualTo(Seeds.PREVIEW);
            assertThat(s.eventId()).isEqualTo("v6");
            assertThat(s.evidence()).isEqualTo("On September 19, the operation joined France");
        });
    }

    @Test
    void the_whole_timeline_is_ordered_by_first_day_with_ranges_kept_as_ranges() {
        List<TimelineEntry> entries = timeline(Seeds.seeds());

        assertThat(lines(entries)).containsExactly(
                "2006-10-15 FORM Islamic State",
                "2014-08-08 ATTACK United States Air Force",
                "2014-09-04/2014-09-05 FORM United States",
                "2014-09-19 JOIN France",
                "2014-09-23 ATTACK United States Air Force",
                "2014-09-26 JOIN Denmark",
                "2014-09-30 JOIN United Kingdom",
                "2014-10-05 JOIN Australia",
                "2014-10-06 JOIN Belgium+Netherlands",
                "2014-10-07 JOIN Canada",
                "2014-12-29 DESIGNATE Russia",
                "2015-12-11 MEET Sergey Lavrov+Paolo Gentiloni",
                "2015-12-11 STATEMENT Sergey Lavrov");
        TimelineEntry formed = entries.get(2);
        assertThat(formed.precision()).isEqualTo(DateSpan.Precision.RANGE);
        assertThat(formed.start()).isEqualTo("2014-09-04");
        assertThat(formed.end()).isEqualTo("2014-09-05");
        assertThat(entries).extracting(TimelineEntry::id).containsExactly(
                "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11", "t12", "t13");
    }

    @Test
    void undated_and_year_unknown_events_are_left_out() {
        List<TimelineEntry> entries = timeline(Seeds.seeds());

        // the negated, undated JOIN of Russia; the undated JOIN of Saudi Arabia...; the preview's visit, "XXXX-12-10/XXXX-12-11"
        assertThat(entries).noneMatch(e -> e.negated() || e.type() == EventType.VISIT);
        assertThat(entries).noneMatch(e -> e.actors().stream().anyMatch(p -> p.name().equals("Saudi Arabia")));
    }

    @Test
    void the_same_happening_in_two_articles_is_one_entry_with_two_sources() {
        List<TimelineEntry> entries = timeline(List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins()));

        TimelineEntry france = entries.stream().filter(e -> e.date().equals("2014-09-19")).collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.get(0);
                }));
        assertThat(france.type()).isEqualTo(EventType.JOIN);
        assertThat(france.actors()).containsExactly(new TimelineEntry.Party("france", "France"));
        assertThat(france.sources()).extracting(TimelineEntry.Source::articleId).containsExactly(Seeds.PREVIEW, Seeds.FRANCE_JOINS);
        assertThat(france.sources()).extracting(TimelineEntry.Source::evidence).containsExactly(
                "On September 19, the operation joined France",
                "France joined the United States in bombing Islamic State targets in Iraq on Friday");
        assertThat(france.targets()).extracting(TimelineEntry.Party::name)
                .containsExactly("international coalition against “Islamic state”", "international coalition against ISIS");
        assertThat(france.storyIds()).hasSize(2);
    }

    @Test
    void a_planned_and_a_reported_happening_are_one_shown_as_past() {
        ArticleFacts plan = Facts.article("800_plan", "Putin to visit Ankara on Monday").published("2014-11-28")
                .entity("e1", EntityType.PERSON, "Vladimir Putin", 3, true)
                .event("v1", EventType.VISIT, Facts.of("e1:Vladimir Putin"), Facts.of("Turkey"), "2014-12-01", Event.Modality.PLANNED, false,
                        "Putin will visit Ankara on Monday")
                .build();
        ArticleFacts report = Facts.article("801_report", "Putin in Ankara").published("2014-12-01")
                .entity("e1", EntityType.PERSON, "Putin", 3, true)
                .event("v1", EventType.VISIT, Facts.of("e1:Putin"), Facts.of("Turkey"), "2014-12-01", Event.Modality.PAST, false,
                        "Putin arrived in Ankara on Monday")
                .build();
        assertThat(timeline(List.of(plan, report))).singleElement().satisfies(e -> {
            assertThat(e.modality()).isEqualTo(Event.Modality.PAST);
            assertThat(e.actors()).containsExactly(new TimelineEntry.Party("vladimir-putin", "Vladimir Putin"));
            assertThat(e.targets()).containsExactly(new TimelineEntry.Party(null, "Turkey"));
            assertThat(e.sources()).extracting(TimelineEntry.Source::modality).containsExactly(Event.Modality.PLANNED, Event.Modality.PAST);
        });
    }

    @Test
    void days_months_and_years_are_ordered_by_their_first_day_and_keep_their_precision() {
        ArticleFacts a = Facts.article("802_mixed", "A year of strikes").published("2015-01-10")
                .entity("e1", EntityType.ORGANIZATION, "United States Air Force", 3, true)
                .event("v1", EventType.ATTACK, "e1:United States Air Force", null, "2014-09-23", "on 23 September")
                .event("v2", EventType.ATTACK, "e1:United States Air Force", null, "2014-09", "in September 2014")
                .event("v3", EventType.ATTACK, "e1:United States Air Force", null, "2014", "in 2014")
                .event("v4", EventType.ATTACK, "e1:United States Air Force", null, "2014-09-01", "on 1 September")
                .build();
        List<TimelineEntry> entries = timeline(List.of(a));

        assertThat(entries).extracting(TimelineEntry::date).containsExactly("2014", "2014-09-01", "2014-09", "2014-09-23");
        assertThat(entries).extracting(TimelineEntry::precision).containsExactly(
                DateSpan.Precision.YEAR, DateSpan.Precision.DAY, DateSpan.Precision.MONTH, DateSpan.Precision.DAY);
        assertThat(entries.get(0).end()).isEqualTo("2014-12-31");
    }

    // --- filters -------------------------------------------------------------------------------------------------

    @Test
    void filters_by_dossier_story_and_dates() {
        List<ArticleFacts> corpus = List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins());
        List<Dossier> dossiers = EntityResolver.resolve(corpus);
        List<Story> stories = StoryThreader.thread(corpus, dossiers);
        List<TimelineEntry> all = TimelineBuilder.build(corpus, dossiers, stories);
        String seedStory = stories.stream().filter(s -> s.articleIds().contains(Seeds.REPORT)).findFirst().orElseThrow().id();
        String franceStory = stories.stream().filter(s -> s.articleIds().contains(Seeds.FRANCE_JOINS)).findFirst().orElseThrow().id();

        assertThat(lines(TimelineBuilder.filter(all, TimelineFilter.dossier("united-states-air-force"))))
                .containsExactly("2014-08-08 ATTACK United States Air Force", "2014-09-23 ATTACK United States Air Force");
        assertThat(lines(TimelineBuilder.filter(all, TimelineFilter.dossier("islamic-state")))).as("as actor or target")
                .containsExactly("2006-10-15 FORM Islamic State", "2014-08-08 ATTACK United States Air Force",
                        "2014-09-23 ATTACK United States Air Force", "2014-12-29 DESIGNATE Russia");
        assertThat(lines(TimelineBuilder.filter(all, TimelineFilter.story(franceStory)))).containsExactly("2014-09-19 JOIN France");
        assertThat(TimelineBuilder.filter(all, TimelineFilter.story(seedStory))).hasSize(13);
        assertThat(lines(TimelineBuilder.filter(all, TimelineFilter.between("2014-09-05", "2014-09-30")))).containsExactly(
                "2014-09-04/2014-09-05 FORM United States",
                "2014-09-19 JOIN France",
                "2014-09-23 ATTACK United States Air Force",
                "2014-09-26 JOIN Denmark",
                "2014-09-30 JOIN United Kingdom");
        assertThat(lines(TimelineBuilder.filter(all, TimelineFilter.between("2014-10", null))))
                .as("a month from its first day, to the end").hasSize(6);
        assertThat(lines(TimelineBuilder.filter(all, new TimelineFilter("france", null, "2014", "2014"))))
                .containsExactly("2014-09-19 JOIN France");
    }

    @Test
    void a_date_range_keeps_the_year_that_overlaps_it() {
        ArticleFacts a = Facts.article("803_year", "A year of strikes").published("2015-01-10")
                .entity("e1", EntityType.ORGANIZATION, "United States Air Force", 3, true)
                .event("v1", EventType.ATTACK, "e1:United States Air Force", null, "2014", "in 2014")
                .build();
        List<TimelineEntry> entries = timeline(List.of(a));

        assertThat(TimelineBuilder.filter(entries, TimelineFilter.between("2014-09-01", "2014-09-30"))).hasSize(1);
        assertThat(TimelineBuilder.filter(entries, TimelineFilter.between("2015-01-01", null))).isEmpty();
    }

    @Test
    void a_filter_with_a_bad_date_is_refused() {
        assertThatThrownBy(() -> TimelineFilter.between("yesterday", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yesterday");
    }
}
