package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dateline.model.DocumentDate;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class StoryThreaderTest {

    private static List<Story> thread(List<ArticleFacts> articles) {
        return StoryThreader.thread(articles, EntityResolver.resolve(articles));
    }

    private static Story storyOf(List<Story> stories, String articleId) {
        return stories.stream().filter(s -> s.articleIds().contains(articleId)).findFirst().orElseThrow();
    }

    @Test
    void the_preview_and_the_report_of_the_visit_are_one_story() {
        List<Story> stories = thread(Seeds.seeds());

        assertThat(stories).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("s1");
            assertThat(s.articleIds()).containsExactly(Seeds.REPORT, Seeds.PREVIEW); // the preview's year is unknown yet
            assertThat(s.first()).isEqualTo("2015-12-11");
            assertThat(s.last()).isEqualTo("2015-12-11");
            assertThat(s.title()).isEqualTo(Seeds.report().title());
            assertThat(s.keyEntities()).extracting(Story.KeyEntity::name).startsWith("Sergey Lavrov", "Islamic State");
            assertThat(s.keyEntities().get(0).articles()).isEqualTo(2);
            assertThat(s.links()).singleElement().satisfies(l -> {
                assertThat(List.of(l.from(), l.to())).containsExactlyInAnyOrder(Seeds.REPORT, Seeds.PREVIEW);
                assertThat(l.reason()).contains("both lead with \"Sergey Lavrov\", \"Islamic State\"")
                        .contains("2 days apart (day and month; a year is unknown)");
            });
        });
    }

    @Test
    void articles_sharing_only_common_places_are_not_one_story() {
        ArticleFacts syria = Facts.article("700_syria", "Aid convoy reaches Aleppo")
                .published("2015-12-10")
                .entity("e1", EntityType.LOCATION, "Syria", 5, true)
                .entity("e2", EntityType.LOCATION, "Russia", 2, true)
                .entity("e3", EntityType.LOCATION, "United States", 2, true)
                .entity("e4", EntityType.ORGANIZATION, "Red Crescent", 3, true)
                .build();
        List<Story> stories = thread(List.of(Seeds.report(), Seeds.preview(), syria));

        assertThat(stories).hasSize(2);
        assertThat(storyOf(stories, "700_syria").articleIds()).containsExactly("700_syria");
    }

    @Test
    void the_same_people_weeks_apart_are_different_stories() {
        ArticleFacts june = Facts.article("701_june", "Lavrov: ISIS must be fought with Damascus")
                .published("2015-06-20")
                .lead("MOSCOW, June 20. Sergey Lavrov said the fight against ISIS needs Damascus.")
                .entity("e1", EntityType.PERSON, "Sergey Lavrov", 3, true, "Lavrov")
                .entity("e2", EntityType.ORGANIZATION, "Islamic State", 3, true, "ISIS")
                .build();
        List<Story> stories = thread(List.of(Seeds.report(), Seeds.preview(), june));

        assertThat(stories).extracting(Story::articleIds)
                .containsExactly(List.of("701_june"), List.of(Seeds.REPORT, Seeds.PREVIEW));
        assertThat(stories).extracting(Story::id).containsExactly("s1", "s2");
    }

    @Test
    void a_follow_up_joins_by_one_shared_lead_and_alike_text() {
        ArticleFacts followUp = Facts.article("702_follow", "Lavrov and Gentiloni agree on Libya talks in Rome")
                .published("2015-12-13")
                .lead("ROME, December 13. Lavrov and Gentiloni agreed that the Rome conference on Libya will go ahead.")
                .entity("e1", EntityType.PERSON, "Lavrov", 2, true)
                .entity("e2", EntityType.PERSON, "Paolo Gentiloni", 2, true, "Gentiloni")
                .entity("e3", EntityType.LOCATION, "Libya", 2, true)
                .build();
        List<Story> stories = thread(List.of(Seeds.report(), Seeds.preview(), followUp));

        assertThat(stories).singleElement().satisfies(s ->
                assertThat(s.articleIds()).containsExactly(Seeds.REPORT, "702_follow", Seeds.PREVIEW));
    }

    @Test
    void an_unrelated_article_is_a_story_of_its_own() {
        List<Story> stories = thread(List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins()));

        assertThat(stories).extracting(Story::articleIds)
                .containsExactly(List.of(Seeds.FRANCE_JOINS), List.of(Seeds.REPORT, Seeds.PREVIEW));
        Story france = stories.get(0);
        assertThat(france.title()).isEqualTo(Seeds.franceJoins().title());
        assertThat(france.first()).isEqualTo("2014-09-20");
        assertThat(france.links()).isEmpty();
        assertThat(france.keyEntities()).extracting(Story.KeyEntity::name).contains("Islamic State", "Francois Hollande");
    }

    @Test
    void an_undated_article_joins_only_on_strong_evidence() {
        ArticleFacts undatedRetelling = Facts.article("703_undated", "Lavrov will discuss in Rome the fight against ISIS, Syria, Libya and Ukraine")
                .lead("The Minister of foreign Affairs of Russia Sergey Lavrov will visit Italy, where he will discuss the fight against "
                        + "“Islamic state” and the creation of a broad anti-terrorist coalition.")
                .entity("e1", EntityType.PERSON, "Sergey Lavrov", 2, true)
                .entity("e2", EntityType.ORGANIZATION, "Islamic State", 2, true, "ISIS")
                .build();
        ArticleFacts undatedOther = Facts.article("704_undated", "Lavrov lectures students")
                .lead("Sergey Lavrov spoke to students of Moscow State University about diplomacy.")
                .entity("e1", EntityType.PERSON, "Sergey Lavrov", 2, true)
                .entity("e2", EntityType.ORGANIZATION, "Moscow State University", 2, true)
                .build();
        List<Story> stories = thread(List.of(Seeds.report(), Seeds.preview(), undatedRetelling, undatedOther));

        assertThat(storyOf(stories, "703_undated").articleIds()).contains(Seeds.PREVIEW);
        assertThat(storyOf(stories, "704_undated").articleIds()).containsExactly("704_undated");
        assertThat(stories.get(stories.size() - 1).articleIds()).as("undated stories come last").containsExactly("704_undated");
    }

    @Test
    void dates_around_the_new_year_are_close() {
        ArticleFacts december = Facts.article("705_dec", "Kerry and Lavrov prepare Syria talks")
                .date("XXXX-12-30", DocumentDate.Source.DATELINE_WITHOUT_YEAR)
                .entity("e1", EntityType.PERSON, "John Kerry", 3, true).entity("e2", EntityType.PERSON, "Sergey Lavrov", 3, true)
                .build();
        ArticleFacts january = Facts.article("706_jan", "Kerry and Lavrov open Syria talks in Geneva")
                .published("2016-01-03")
                .entity("e1", EntityType.PERSON, "John Kerry", 3, true).entity("e2", EntityType.PERSON, "Sergey Lavrov", 3, true)
                .build();
        assertThat(thread(List.of(december, january))).hasSize(1);
    }

    @Test
    void news_agencies_are_not_what_a_story_is_about() {
        ArticleFacts floods = Facts.article("710_floods", "Floods cut roads in northern Italy")
                .published("2015-12-10").dateline("MILAN", "Reuters", "2015-12-10")
                .lead("MILAN (Reuters) - Floods cut roads in northern Italy on Thursday.")
                .entity("e1", EntityType.ORGANIZATION, "Reuters", 1, true)
                .entity("e2", EntityType.ORGANIZATION, "Civil Protection Department", 3, true)
                .build();
        ArticleFacts election = Facts.article("711_election", "Ruling party wins Portuguese local elections")
                .published("2015-12-11").dateline("LISBON", "Reuters", "2015-12-11")
                .lead("LISBON (Reuters) - Portugal's ruling party won local elections on Sunday.")
                .entity("e1", EntityType.ORGANIZATION, "Reuters", 1, true)
                .entity("e2", EntityType.ORGANIZATION, "Socialist Party", 3, true)
                .entity("e3", EntityType.ORGANIZATION, "Civil Protection Department", 3, true)
                .build();
        List<Story> stories = thread(List.of(floods, election));

        assertThat(stories).hasSize(2);
        assertThat(stories).flatExtracting(Story::keyEntities).extracting(Story.KeyEntity::name).doesNotContain("Reuters");
    }

    @Test
    void people_in_the_lead_of_many_articles_are_a_topic_not_a_story() {
        List<ArticleFacts> corpus = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            corpus.add(Facts.article(String.format("72%02d_topic", i), "Item " + i + " word" + i + " other" + i)
                    .published(java.time.LocalDate.of(2015, 1, 1).plusDays(i).toString())
                    .lead("Lead " + i + " about thing" + i + ".")
                    .entity("e1", EntityType.ORGANIZATION, "Islamic State", 3, true)
                    .entity("e2", EntityType.PERSON, "Barack Obama", 3, true)
                    .build());
        }
        assertThat(thread(corpus)).hasSize(25).allSatisfy(s -> assertThat(s.articleIds()).hasSize(1));
    }

    @Test
    void a_story_spans_at_most_sixty_days() {
        List<ArticleFacts> chain = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            chain.add(Facts.article("73" + i + "_talks", "Kerry and Lavrov continue Syria talks, round " + i)
                    .published(java.time.LocalDate.of(2016, 1, 1).plusDays(10L * i).toString())
                    .entity("e1", EntityType.PERSON, "John Kerry", 3, true)
                    .entity("e2", EntityType.PERSON, "Sergey Lavrov", 3, true)
                    .build());
        }
        List<Story> stories = thread(chain);

        assertThat(stories).hasSizeGreaterThan(1);
        assertThat(stories).allSatisfy(s -> assertThat(java.time.LocalDate.parse(s.last()).toEpochDay()
                - java.time.LocalDate.parse(s.first()).toEpochDay()).isLessThanOrEqualTo(StoryThreader.MAX_STORY_DAYS));
        assertThat(stories).flatExtracting(Story::articleIds).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void an_undated_article_joins_the_one_story_it_is_most_like() {
        ArticleFacts fire = Facts.article("740_fire", "Fire ravages Notre-Dame cathedral in Paris")
                .published("2019-04-16")
                .lead("Fire ravaged Notre-Dame cathedral in Paris, Emmanuel Macron said the cathedral will be rebuilt.")
                .entity("e1", EntityType.PERSON, "Emmanuel Macron", 3, true)
                .build();
        ArticleFacts reopening = Facts.article("741_reopening", "Notre-Dame cathedral reopens five years after the fire")
                .published("2024-12-07")
                .lead("Notre-Dame cathedral in Paris reopened, Emmanuel Macron said.")
                .entity("e1", EntityType.PERSON, "Emmanuel Macron", 3, true)
                .build();
        ArticleFacts undated = Facts.article("742_undated", "Fire at Notre-Dame cathedral: Macron vows to rebuild")
                .lead("Emmanuel Macron vowed to rebuild Notre-Dame cathedral in Paris after the fire ravaged it.")
                .entity("e1", EntityType.PERSON, "Emmanuel Macron", 3, true)
                .build();
        List<Story> stories = thread(List.of(fire, reopening, undated));

        assertThat(stories).extracting(Story::articleIds)
                .as("the undated article cannot bridge 2019 and 2024")
                .containsExactlyInAnyOrder(List.of("740_fire", "742_undated"), List.of("741_reopening"));
    }

    @Test
    void redating_orders_the_articles_by_their_resolved_dates() {
        List<Story> stories = thread(Seeds.seeds());
        List<Story> redated = StoryThreader.redate(stories, java.util.Map.of(Seeds.REPORT, "2015-12-11", Seeds.PREVIEW, "2015-12-09"));

        assertThat(redated).singleElement().satisfies(s -> {
            assertThat(s.articleIds()).containsExactly(Seeds.PREVIEW, Seeds.REPORT);
            assertThat(s.first()).isEqualTo("2015-12-09");
            assertThat(s.last()).isEqualTo("2015-12-11");
            assertThat(s.id()).isEqualTo("s1");
        });
    }

    @Test
    void stories_do_not_depend_on_the_order_of_the_articles() {
        List<ArticleFacts> corpus = new ArrayList<>(List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins()));
        List<Story> expected = thread(corpus);
        Collections.reverse(corpus);
        assertThat(thread(corpus)).isEqualTo(expected);
    }
}
