package org.dateline.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.dateline.DatelineParser;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class EntityAnnotatorTest {

    /** Tags the given surface forms wherever they occur, as a gazetteer or a model would. */
    private record Scripted(List<NameSpan> protos) implements NameTagger {
        @Override
        public List<NameSpan> tag(String text, Field field, List<Sentence> sentences) {
            List<NameSpan> out = new ArrayList<>();
            for (NameSpan p : protos) {
                int at = text.indexOf(p.text());
                while (at >= 0) {
                    boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                            && (at + p.text().length() == text.length() || !Character.isLetterOrDigit(text.charAt(at + p.text().length())));
                    if (word) {
                        out.add(new NameSpan(new Span(field, at, at + p.text().length()), p.text(), p.type(), p.kind(), p.canonical(), 0.9, "test"));
                    }
                    at = text.indexOf(p.text(), at + 1);
                }
            }
            return out;
        }
    }

    private static NameSpan name(String text, EntityType type, String canonical) {
        return new NameSpan(Span.body(0, 0), text, type, MentionKind.NAME, canonical, 1, "test");
    }

    private static NameSpan demonym(String text, String country) {
        return new NameSpan(Span.body(0, 0), text, EntityType.LOCATION, MentionKind.DEMONYM, country, 1, "test");
    }

    private static final Map<String, String> CAPITALS = Map.of("Moscow", "Russia", "Rome", "Italy", "Damascus", "Syria");

    private final EntityAnnotator annotator = new EntityAnnotator(new EntityTaggers(List.of(new Scripted(List.of(
            name("Sergey Lavrov", EntityType.PERSON, null), name("Lavrov", EntityType.PERSON, null),
            name("Paolo Gentiloni", EntityType.PERSON, null), name("Bashar al-Assad", EntityType.PERSON, null),
            name("Assad", EntityType.PERSON, null),
            name("Russian Federation", EntityType.LOCATION, "Russia"), name("Russia", EntityType.LOCATION, "Russia"),
            name("Moscow", EntityType.LOCATION, "Moscow"), name("U.S.", EntityType.LOCATION, "United States"),
            name("USA", EntityType.LOCATION, "United States"), name("Syria", EntityType.LOCATION, "Syria"),
            name("Damascus", EntityType.LOCATION, "Damascus"),
            name("North Atlantic Treaty Organization", EntityType.ORGANIZATION, null),
            name("NATO", EntityType.ORGANIZATION, null),
            demonym("Italian", "Italy"), demonym("American", "United States"), demonym("Syrian", "Syria"),
            demonym("Russian", "Russia")))),
            city -> Optional.ofNullable(CAPITALS.get(city)), org -> Set.of()));

    private List<Entity> annotate(String title, String body) {
        Segmenter segmenter = new Segmenter();
        Article a = Article.of("t", title, body);
        Dateline d = new DatelineParser().parse(body).orElse(null);
        return annotator.annotate(a, segmenter.segment(title, Field.TITLE).sentences(), segmenter.segment(body, Field.BODY).sentences(), d);
    }

    private static Entity named(List<Entity> all, String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + all.stream().map(Entity::name).toList()));
    }

    private static final String BODY = "ROME, 11 December. This was stated by Minister of Foreign Affairs of the Russian Federation "
            + "Sergey Lavrov after talks with his Italian counterpart Paolo Gentiloni.\n\n"
            + "Moscow considers the U.S.-led coalition a potential partner, Lavrov said. \"We are ready,\" said the Minister.\n\n"
            + "The American coalition appealed to Damascus, where Bashar al-Assad governs. Assad did not reply. "
            + "Syrian foreign Ministry said it would consider any intervention by the USA an aggression.";

    @Test
    void a_surname_and_a_title_join_the_full_name_and_the_role_before_it_is_recorded() {
        Entity lavrov = named(annotate("", BODY), "Sergey Lavrov");
        assertThat(lavrov.type()).isEqualTo(EntityType.PERSON);
        assertThat(lavrov.aliases()).contains("Lavrov", "the Minister", "Minister of Foreign Affairs of the Russian Federation");
        assertThat(lavrov.roles()).containsExactly("Minister of Foreign Affairs of the Russian Federation");
        assertThat(named(annotate("", BODY), "Paolo Gentiloni").roles()).containsExactly("Italian counterpart");
        assertThat(named(annotate("", BODY), "Bashar al-Assad").aliases()).contains("Assad");
    }

    @Test
    void a_capital_standing_for_its_government_is_its_country_and_the_dateline_place_is_the_city() {
        List<Entity> all = annotate("", BODY);
        assertThat(named(all, "Russia").aliases()).contains("Russian Federation", "Moscow");
        assertThat(named(all, "Syria").aliases()).contains("Damascus");
        assertThat(named(all, "Rome").aliases()).contains("ROME");
        assertThat(all).noneMatch(e -> e.name().equals("Moscow"));
    }

    @Test
    void institutions_are_composed_on_country_words_and_coalition_descriptions_join_the_named_coalition() {
        List<Entity> all = annotate("", BODY);
        assertThat(named(all, "Syrian Foreign Ministry").type()).isEqualTo(EntityType.ORGANIZATION);
        Entity coalition = named(all, "U.S.-led coalition");
        assertThat(coalition.aliases()).contains("American coalition");
        assertThat(named(all, "United States").aliases()).contains("USA");
    }

    @Test
    void a_nationality_whose_country_is_not_named_is_a_group_not_a_place() {
        List<Entity> all = annotate("", BODY);
        Entity italian = named(all, "Italy");
        assertThat(italian.type()).isEqualTo(EntityType.NORP);
        assertThat(italian.mentions()).allMatch(m -> m.kind() == MentionKind.DEMONYM);
    }

    @Test
    void an_acronym_joins_the_name_its_initials_spell() {
        List<Entity> all = annotate("", "The North Atlantic Treaty Organization met in Brussels. NATO said it would respond.");
        assertThat(all).filteredOn(e -> e.type() == EntityType.ORGANIZATION).hasSize(1);
        assertThat(named(all, "North Atlantic Treaty Organization").aliases()).containsExactly("NATO");
    }

    @Test
    void pronouns_go_to_the_last_person_whose_first_name_agrees() {
        EntityAnnotator a = new EntityAnnotator(new EntityTaggers(List.of(new Scripted(List.of(name("Angela Merkel", EntityType.PERSON, null),
                name("Francois Hollande", EntityType.PERSON, null)))), city -> Optional.empty(), org -> Set.of()));
        String body = "Angela Merkel met Francois Hollande in Berlin. She said the talks were useful, and he agreed.";
        List<Entity> all = a.annotate(Article.of("t", "", body), List.of(), new Segmenter().segment(body, Field.BODY).sentences(), null);
        assertThat(named(all, "Angela Merkel").mentions()).anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.text().equals("She"));
        assertThat(named(all, "Francois Hollande").mentions()).anyMatch(m -> m.kind() == MentionKind.PRONOUN && m.text().equals("he"));
    }

    @Test
    void a_lower_cased_acronym_before_an_organization_noun_is_the_organization() {
        EntityAnnotator a = new EntityAnnotator(new EntityTaggers(List.of(new Scripted(List.of(name("ISIS", EntityType.ORGANIZATION, "Islamic State")))),
                city -> Optional.empty(), org -> org.equals("Islamic State") ? Set.of("IS", "ISIS", "ISIL") : Set.of()));
        String body = "The fight against ISIS goes on. Aircraft struck is positions in Iraq, and it is clear why.";
        List<Entity> all = a.annotate(Article.of("t", "", body), List.of(), new Segmenter().segment(body, Field.BODY).sentences(), null);
        assertThat(named(all, "Islamic State").aliases()).contains("is");
        assertThat(named(all, "Islamic State").mentions()).hasSize(2);
    }

    @Test
    void every_mention_points_to_its_entity_and_covers_its_text() {
        List<Entity> all = annotate("", BODY);
        for (Entity e : all) {
            assertThat(e.mentions()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.entityId()).isEqualTo(e.id());
                assertThat(m.span().coveredText(BODY)).isEqualTo(m.text());
            });
        }
        assertThat(all).extracting(Entity::id).doesNotHaveDuplicates();
    }

    private static List<Entity> annotateWith(List<NameSpan> protos, String body) {
        EntityAnnotator a = new EntityAnnotator(new EntityTaggers(List.of(new Scripted(protos)), city -> Optional.empty(), org -> Set.of()));
        return a.annotate(Article.of("t", "", body), List.of(), new Segmenter().segment(body, Field.BODY).sentences(), null);
    }

    @Test
    void a_role_a_tagger_took_into_a_name_becomes_the_persons_role() {
        List<Entity> all = annotateWith(List.of(name("Russian Foreign Minister Sergey Lavrov", EntityType.PERSON, null)),
                "Talks were held by Russian Foreign Minister Sergey Lavrov on Friday.");
        assertThat(all).extracting(Entity::name).containsExactly("Sergey Lavrov");
    }

    @Test
    void a_capitalized_word_no_tagger_claimed_before_a_name_is_its_first_name() {
        List<Entity> all = annotateWith(List.of(name("Russia", EntityType.LOCATION, "Russia"), name("Lavrov", EntityType.PERSON, null)),
                "The Minister of foreign Affairs of Russia Sergey Lavrov will visit Italy.");
        assertThat(all).extracting(Entity::name).contains("Sergey Lavrov", "Russia");
        List<Entity> notAName = annotateWith(List.of(name("Lavrov", EntityType.PERSON, null)), "Lavrov said so. Yesterday Lavrov left.");
        assertThat(notAName).extracting(Entity::name).containsExactly("Lavrov");
    }

    @Test
    void a_role_alone_is_not_a_person() {
        assertThat(annotateWith(List.of(name("Minister", EntityType.PERSON, null)), "The Minister arrived.")).isEmpty();
    }

    @Test
    void a_coalition_proposed_with_an_indefinite_article_is_not_the_existing_one() {
        List<Entity> all = annotateWith(List.of(name("ISIS", EntityType.ORGANIZATION, "Islamic State")),
                "Putin called for the creation of a broad anti-terrorist coalition.\n\n"
                        + "The international coalition against ISIS was formed in 2014. The coalition grew.");
        assertThat(all).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::name)
                .containsExactlyInAnyOrder("Islamic State", "international coalition against ISIS");
        assertThat(named(all, "international coalition against ISIS").aliases()).contains("coalition");
    }

    @Test
    void slavic_surnames_tell_the_gender_when_the_first_name_is_unknown() {
        assertThat(References.genderOfSurname("Lavrov")).isEqualTo(FirstNames.Gender.MALE);
        assertThat(References.genderOfSurname("Zakharova")).isEqualTo(FirstNames.Gender.FEMALE);
        assertThat(References.genderOfSurname("Smith")).isEqualTo(FirstNames.Gender.EITHER);
        List<Entity> all = annotateWith(List.of(name("Sergey Lavrov", EntityType.PERSON, null)),
                "Sergey Lavrov spoke of the coalition. But she needs to rely on international law.");
        assertThat(named(all, "Sergey Lavrov").mentions()).noneMatch(m -> m.kind() == MentionKind.PRONOUN);
    }
}
