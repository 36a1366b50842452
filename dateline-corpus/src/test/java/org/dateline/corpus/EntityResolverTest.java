package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dateline.model.DocumentDate;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static Dossier only(List<Dossier> dossiers, String name) {
        List<Dossier> found = dossiers.stream().filter(d -> d.name().equals(name)).toList();
        assertThat(found).as("dossiers named %s", name).hasSize(1);
        return found.get(0);
    }

    private static List<Dossier> named(List<Dossier> dossiers, String name) {
        return dossiers.stream().filter(d -> d.name().equals(name)).toList();
    }

    private static ArticleFacts article(String id, String date, Facts facts) {
        return facts.date(date, DocumentDate.Source.METADATA).build();
    }

    // --- the seeds ---------------------------------------------------------------------------------------------

    @Test
    void lavrov_of_the_preview_and_of_the_report_is_one_dossier() {
        List<Dossier> dossiers = EntityResolver.resolve(Seeds.seeds());

        Dossier lavrov = only(dossiers, "Sergey Lavrov");
        assertThat(lavrov.id()).isEqualTo("sergey-lavrov");
        assertThat(lavrov.type()).isEqualTo(EntityType.PERSON);
        assertThat(lavrov.articleIds()).containsExactly(Seeds.REPORT, Seeds.PREVIEW);
        assertThat(lavrov.members()).containsExactly(new EntityRef(Seeds.REPORT, "e1"), new EntityRef(Seeds.PREVIEW, "e1"));
        assertThat(lavrov.mentions()).isEqualTo(15);
        assertThat(lavrov.aliases()).contains("Lavrov", "the Minister").doesNotContain("Sergey Lavrov");
        assertThat(lavrov.roles()).containsExactlyInAnyOrder("Minister of foreign Affairs of the Russian Federation",
                "Minister of foreign Affairs of Russia");
        assertThat(lavrov.merges()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("name");
            assertThat(m.evidence()).isEqualTo("both are named \"Sergey Lavrov\"");
        });
    }

    @Test
    void a_bare_surname_joins_the_only_full_name_with_it() {
        ArticleFacts later = article("200_gentiloni", "2015-12-12",
                Facts.article("200_gentiloni", "Gentiloni: Italy wants Russia at the table").person("e1", "Gentiloni"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(Seeds.report(), later));

        Dossier gentiloni = only(dossiers, "Paolo Gentiloni");
        assertThat(gentiloni.articleIds()).containsExactly(Seeds.REPORT, "200_gentiloni");
        assertThat(gentiloni.aliases()).contains("Gentiloni");
        assertThat(gentiloni.merges()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("surname");
            assertThat(m.right()).isEqualTo(new EntityRef("200_gentiloni", "e1"));
            assertThat(m.evidence()).contains("\"Gentiloni\"", "\"Paolo Gentiloni\"");
        });
    }

    @Test
    void isis_isil_and_islamic_state_are_one_organization() {
        ArticleFacts isis = article("300_isis", "2015-11-20",
                Facts.article("300_isis", "ISIS claims Paris attacks").org("e1", "ISIS", "Islamic State of Iraq and Syria"));
        ArticleFacts isil = article("301_isil", "2015-11-21",
                Facts.article("301_isil", "ISIL loses ground near Ramadi").org("e1", "ISIL", "Islamic State of Iraq and the Levant"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(Seeds.report(), Seeds.preview(), isis, isil));

        Dossier is = only(dossiers, "Islamic State");
        assertThat(is.articleIds()).containsExactly(Seeds.REPORT, Seeds.PREVIEW, "300_isis", "301_isil");
        assertThat(is.aliases()).contains("ISIS", "ISIL", "IG", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant");
        assertThat(is.merges()).extracting(Dossier.Merge::rule).contains("acronym");
        assertThat(is.merges()).extracting(Dossier.Merge::evidence).contains("both are called \"ISIS\"", "both are called \"ISIL\"");
        assertThat(dossiers).noneMatch(d -> d.name().equals("ISIS") || d.name().equals("ISIL"));
    }

    @Test
    void descriptions_metonyms_and_lower_case_acronyms_do_not_identify() {
        List<Dossier> dossiers = EntityResolver.resolve(Seeds.seeds());

        // "Moscow" stands for Russia in one sentence of the report; Moscow the city is the preview's dateline
        Dossier russia = only(dossiers, "Russia");
        Dossier moscow = only(dossiers, "Moscow");
        assertThat(russia.members()).doesNotContainAnyElementsOf(moscow.members());
        assertThat(russia.articleIds()).containsExactly(Seeds.REPORT, Seeds.PREVIEW);
        // the report's "Italy" is only the demonym "Italian" (NORP); the preview names the country: one place
        assertThat(only(dossiers, "Italy").articleIds()).containsExactly(Seeds.REPORT, Seeds.PREVIEW);
        // two different coalitions by name, no shared name: not joined
        assertThat(only(dossiers, "U.S.-led coalition").articleIds()).containsExactly(Seeds.REPORT);
        // the preview's "is" (a lower-cased IS) is not an acronym that could join anything
        assertThat(only(dossiers, "Islamic State").aliases()).contains("is");
    }

    // --- people who share a surname ----------------------------------------------------------------------------

    private static ArticleFacts labour(String id, String date) {
        return article(id, date, Facts.article(id, "Labour leader John Smith attacks Tory budget")
                .person("e1", "John Smith", "Smith")
                .org("e2", "Labour Party", "Labour")
                .person("e3", "Neil Kinnock")
                .org("e4", "Conservative Party", "Tories"));
    }

    private static ArticleFacts actor(String id, String date) {
        return article(id, date, Facts.article(id, "Will Smith to star in Aladdin remake")
                .person("e1", "Will Smith", "Smith")
                .org("e2", "Walt Disney Studios", "Disney")
                .person("e3", "Guy Ritchie"));
    }

    @Test
    void two_people_called_smith_in_unrelated_articles_are_not_merged() {
        List<Dossier> dossiers = EntityResolver.resolve(List.of(labour("400_labour", "1993-03-01"), actor("401_actor", "2017-07-15")));

        assertThat(only(dossiers, "John Smith").articleIds()).containsExactly("400_labour");
        assertThat(only(dossiers, "Will Smith").articleIds()).containsExactly("401_actor");
    }

    @Test
    void a_bare_smith_with_two_full_smiths_in_the_corpus_stays_apart_without_context() {
        ArticleFacts coach = article("402_coach", "2016-01-02", Facts.article("402_coach", "Smith sacked after cup defeat")
                .person("e1", "Smith").org("e2", "Leeds United"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(labour("400_labour", "1993-03-01"), actor("401_actor", "2017-07-15"), coach));

        assertThat(only(dossiers, "Smith").articleIds()).containsExactly("402_coach");
        assertThat(only(dossiers, "John Smith").articleIds()).containsExactly("400_labour");
        assertThat(only(dossiers, "Will Smith").articleIds()).containsExactly("401_actor");
    }

    @Test
    void a_bare_smith_joins_the_full_smith_whose_articles_share_its_context() {
        ArticleFacts budget = article("403_budget", "1993-03-02", Facts.article("403_budget", "Smith: the budget hits the poor")
                .person("e1", "Smith").org("e2", "Labour").org("e3", "Tories").person("e4", "Neil Kinnock"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(labour("400_labour", "1993-03-01"), actor("401_actor", "2017-07-15"), budget));

        Dossier john = only(dossiers, "John Smith");
        assertThat(john.articleIds()).containsExactly("400_labour", "403_budget");
        assertThat(john.merges()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("surname+context");
            assertThat(m.evidence()).contains("\"John Smith\"", "\"Labour Party\"", "\"Neil Kinnock\"");
        });
        assertThat(only(dossiers, "Will Smith").articleIds()).containsExactly("401_actor");
    }

    @Test
    void bare_surnames_join_each_other_only_with_context() {
        ArticleFacts coach = article("402_coach", "2016-01-02", Facts.article("402_coach", "Smith sacked after cup defeat")
                .person("e1", "Smith").org("e2", "Leeds United").org("e3", "Football Association"));
        ArticleFacts band = article("404_band", "2016-01-03", Facts.article("404_band", "Smith leaves the band")
                .person("e1", "Smith").org("e2", "The Cure"));
        ArticleFacts appeal = article("405_appeal", "2016-01-09", Facts.article("405_appeal", "Smith appeals against dismissal")
                .person("e1", "Smith").org("e2", "Leeds United").org("e3", "Football Association"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(coach, band, appeal));

        assertThat(named(dossiers, "Smith")).extracting(Dossier::articleIds)
                .containsExactlyInAnyOrder(List.of("402_coach", "405_appeal"), List.of("404_band"));
    }

    @Test
    void spelling_variants_of_a_first_name_join_only_with_context() {
        ArticleFacts sergei = article("500_sergei", "2015-12-12", Facts.article("500_sergei", "Sergei Lavrov meets Kerry")
                .person("e1", "Sergei Lavrov").person("e2", "John Kerry").org("e3", "Russian Foreign Ministry").org("e4", "Islamic State"));
        List<Dossier> withContext = EntityResolver.resolve(List.of(Seeds.preview(), sergei));
        assertThat(named(withContext, "Sergey Lavrov")).singleElement().satisfies(d -> {
            assertThat(d.articleIds()).containsExactly(Seeds.PREVIEW, "500_sergei");
            assertThat(d.aliases()).contains("Sergei Lavrov");
            assertThat(d.merges()).singleElement().extracting(Dossier.Merge::rule).isEqualTo("name-variant+context");
        });

        ArticleFacts alone = article("501_sergei", "2015-12-12", Facts.article("501_sergei", "Sergei Lavrov at the ballet").person("e1", "Sergei Lavrov"));
        List<Dossier> without = EntityResolver.resolve(List.of(Seeds.preview(), alone));
        assertThat(only(without, "Sergey Lavrov").articleIds()).containsExactly(Seeds.PREVIEW);
        assertThat(only(without, "Sergei Lavrov").articleIds()).containsExactly("501_sergei");
    }

    @Test
    void a_shorter_form_of_a_full_name_joins_the_only_longer_one() {
        ArticleFacts quake = article("510_quake", "2023-02-06", Facts.article("510_quake", "Powerful earthquake kills thousands")
                .person("e1", "Tayyip Erdogan", "Erdogan"));
        ArticleFacts emergency = article("511_emergency", "2023-02-07", Facts.article("511_emergency", "Erdogan declares state of emergency")
                .person("e1", "Recep Tayyip Erdogan", "Erdogan"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(quake, emergency));

        assertThat(only(dossiers, "Recep Tayyip Erdogan")).satisfies(d -> {
            assertThat(d.articleIds()).containsExactly("510_quake", "511_emergency");
            assertThat(d.aliases()).contains("Tayyip Erdogan", "Erdogan");
            assertThat(d.merges()).singleElement().satisfies(m -> {
                assertThat(m.rule()).isEqualTo("short-form");
                assertThat(m.evidence()).isEqualTo("\"Tayyip Erdogan\" is a shorter form of the only longer name of the corpus, "
                        + "\"Recep Tayyip Erdogan\"");
            });
        });
    }

    @Test
    void a_shorter_form_leaves_out_first_words_or_particles_never_a_middle_word() {
        assertThat(EntityResolver.Run.shorterForm(List.of("tayyip", "erdogan"), List.of("recep", "tayyip", "erdogan"))).isTrue();
        assertThat(EntityResolver.Run.shorterForm(List.of("bashar", "assad"), List.of("bashar", "al", "assad"))).isTrue();
        assertThat(EntityResolver.Run.shorterForm(List.of("george", "w", "bush"), List.of("george", "h", "w", "bush"))).isFalse();
        assertThat(EntityResolver.Run.shorterForm(List.of("george", "bush"), List.of("george", "walker", "bush"))).isFalse();
        assertThat(EntityResolver.Run.shorterForm(List.of("john", "smith"), List.of("john", "smith"))).isFalse();

        ArticleFacts son = article("520_son", "2004-01-02", Facts.article("520_son", "Bush junior").person("e1", "George W. Bush"));
        ArticleFacts father = article("521_father", "1990-01-01", Facts.article("521_father", "Bush senior").person("e1", "George H. W. Bush"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(son, father));
        assertThat(only(dossiers, "George W. Bush").articleIds()).containsExactly("520_son");
        assertThat(only(dossiers, "George H. W. Bush").articleIds()).containsExactly("521_father");
    }

    @Test
    void a_shorter_form_of_two_longer_names_stays_apart_without_context() {
        ArticleFacts assad = article("523_assad", "2015-01-01", Facts.article("523_assad", "Assad speaks").person("e1", "Assad"));
        ArticleFacts bashar = article("524_bashar", "2015-01-02", Facts.article("524_bashar", "Bashar al-Assad").person("e1", "Bashar al-Assad"));
        ArticleFacts hafez = article("525_hafez", "1990-01-01", Facts.article("525_hafez", "Hafez al-Assad").person("e1", "Hafez al-Assad"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(assad, bashar, hafez));

        assertThat(only(dossiers, "Assad").articleIds()).containsExactly("523_assad");
    }

    @Test
    void dossier_ids_are_readable_and_unique() {
        ArticleFacts other = article("406_other", "2017-07-16", Facts.article("406_other", "Another John Smith").person("e1", "John Smith"));
        List<Dossier> dossiers = EntityResolver.resolve(List.of(labour("400_labour", "1993-03-01"), other));
        // the same full name is the same person: rule 1 does not look at context
        assertThat(only(dossiers, "John Smith").id()).isEqualTo("john-smith");
        assertThat(dossiers).extracting(Dossier::id).doesNotHaveDuplicates();
    }

    // --- reversibility -----------------------------------------------------------------------------------------

    @Test
    void a_split_undoes_a_merge_and_no_other_path_rejoins_it() {
        ArticleFacts third = article("600_third", "2015-12-14", Facts.article("600_third", "Lavrov back in Moscow").person("e1", "Sergey Lavrov"));
        List<ArticleFacts> corpus = List.of(Seeds.report(), Seeds.preview(), third);
        assertThat(only(EntityResolver.resolve(corpus), "Sergey Lavrov").articleIds()).hasSize(3);

        List<Dossier> split = EntityResolver.resolve(corpus, Set.of(new Split("sergey-lavrov", Seeds.PREVIEW, "e1")));

        List<Dossier> lavrovs = named(split, "Sergey Lavrov");
        assertThat(lavrovs).extracting(Dossier::articleIds)
                .containsExactlyInAnyOrder(List.of(Seeds.REPORT, "600_third"), List.of(Seeds.PREVIEW));
        assertThat(lavrovs).extracting(Dossier::id).containsExactlyInAnyOrder("sergey-lavrov", "sergey-lavrov-2");
        assertThat(split.stream().filter(d -> d.id().equals("sergey-lavrov")).findFirst().orElseThrow().articleIds())
                .as("the larger part keeps the id, so the split still names it")
                .containsExactly(Seeds.REPORT, "600_third");
        // applying the same split again gives the same result
        assertThat(EntityResolver.resolve(corpus, Set.of(new Split("sergey-lavrov", Seeds.PREVIEW, "e1")))).isEqualTo(split);
    }

    @Test
    void a_split_naming_an_unknown_dossier_or_member_changes_nothing() {
        List<Dossier> plain = EntityResolver.resolve(Seeds.seeds());
        assertThat(EntityResolver.resolve(Seeds.seeds(), Set.of(new Split("nobody", Seeds.PREVIEW, "e1"),
                new Split("sergey-lavrov", Seeds.PREVIEW, "e3")))).isEqualTo(plain);
    }

    // --- contract ------------------------------------------------------------------------------------------------

    @Test
    void the_result_does_not_depend_on_the_order_of_the_articles() {
        List<ArticleFacts> corpus = new ArrayList<>(List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins(),
                labour("400_labour", "1993-03-01"), actor("401_actor", "2017-07-15")));
        List<Dossier> expected = EntityResolver.resolve(corpus);
        Collections.reverse(corpus);
        assertThat(EntityResolver.resolve(corpus)).isEqualTo(expected);
    }

    @Test
    void two_articles_with_one_id_are_refused() {
        assertThatThrownBy(() -> EntityResolver.resolve(List.of(Seeds.report(), Seeds.report())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Seeds.REPORT);
    }

    @Test
    void every_article_entity_is_in_exactly_one_dossier() {
        List<ArticleFacts> corpus = List.of(Seeds.report(), Seeds.preview(), Seeds.franceJoins());
        List<Dossier> dossiers = EntityResolver.resolve(corpus);
        List<EntityRef> members = dossiers.stream().flatMap(d -> d.members().stream()).toList();
        int entities = corpus.stream().mapToInt(a -> a.entities().size()).sum();
        assertThat(members).hasSize(entities).doesNotHaveDuplicates();
        assertThat(dossiers).allSatisfy(d -> assertThat(d.merges()).hasSize(d.members().size() - 1));
    }
}
