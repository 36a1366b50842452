package org.dateline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.Extractor;
import org.dateline.extract.entity.EntityTaggers;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.NameTagger;
import org.dateline.model.Article;
import org.dateline.model.EntityType;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Events in sentences written for these tests in wire style. Names come from a scripted tagger so that the tests
 * exercise events, not name finding; dates come from the real time layer.
 */
class EventAnnotatorTest {

    private record Scripted(Map<String, EntityType> names) implements NameTagger {
        @Override
        public List<NameSpan> tag(String text, Field field, List<Sentence> sentences) {
            List<NameSpan> out = new java.util.ArrayList<>();
            names.forEach((name, type) -> {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                            && (at + name.length() == text.length() || !Character.isLetter(text.charAt(at + name.length())));
                    if (word) {
                        out.add(new NameSpan(new Span(field, at, at + name.length()), name, type, MentionKind.NAME, name, 0.9, "test"));
                    }
                }
            });
            return out;
        }
    }

    private static final Extractor EXTRACTOR = new Extractor(new EntityTaggers(List.of(new Scripted(Map.ofEntries(
            Map.entry("France", EntityType.LOCATION), Map.entry("Denmark", EntityType.LOCATION),
            Map.entry("Belgium", EntityType.LOCATION), Map.entry("Netherlands", EntityType.LOCATION),
            Map.entry("Canada", EntityType.LOCATION), Map.entry("Italy", EntityType.LOCATION),
            Map.entry("Rome", EntityType.LOCATION), Map.entry("Iraq", EntityType.LOCATION),
            Map.entry("Jordan", EntityType.LOCATION), Map.entry("Qatar", EntityType.LOCATION),
            Map.entry("United States", EntityType.LOCATION), Map.entry("Sergey Lavrov", EntityType.PERSON),
            Map.entry("Paolo Gentiloni", EntityType.PERSON), Map.entry("NATO", EntityType.ORGANIZATION),
            Map.entry("Hamas", EntityType.ORGANIZATION), Map.entry("Acme Corp", EntityType.ORGANIZATION)))),
            c -> Optional.empty(), o -> Set.of()));

    private static List<Event> events(String body) {
        return EXTRACTOR.extract(new Article("t", "", body, LocalDate.of(2015, 12, 11), null, null, Map.of())).events();
    }

    private static List<String> names(List<Event.Argument> arguments) {
        return arguments.stream().map(Event.Argument::name).toList();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("%s events in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void a_list_with_the_verb_elided_is_one_event_per_item_each_with_its_date() {
        List<Event> found = events("NATO formed a coalition in 2014. On September 19, the operation joined France, "
                + "September 26 – Denmark, 6 October – Belgium and the Netherlands, October 7 – Canada.");
        List<Event> joins = found.stream().filter(e -> e.type() == EventType.JOIN).toList();
        assertThat(joins).extracting(e -> names(e.actors()) + " " + e.time()).containsExactly(
                "[France] 2014-09-19", "[Denmark] 2014-09-26", "[Belgium, Netherlands] 2014-10-06", "[Canada] 2014-10-07");
    }

    @Test
    void translated_word_order_is_undone_when_one_country_joins_several() {
        Event join = only(events("Then the United States joined Jordan and Qatar."), EventType.JOIN);
        assertThat(names(join.actors())).containsExactly("Jordan", "Qatar");
        assertThat(names(join.targets())).containsExactly("United States");
    }

    @Test
    void a_planned_visit_with_its_date_range_and_its_target() {
        Event visit = only(events("Sergey Lavrov will visit Italy on December 10-11."), EventType.VISIT);
        assertThat(names(visit.actors())).containsExactly("Sergey Lavrov");
        assertThat(names(visit.targets())).containsExactly("Italy");
        assertThat(visit.time()).isEqualTo("2015-12-10/2015-12-11");
        assertThat(visit.modality()).isEqualTo(Event.Modality.PLANNED);
    }

    @Test
    void negation_is_kept() {
        Event join = only(events("France is not about to join NATO, officials said."), EventType.JOIN);
        assertThat(join.negated()).isTrue();
        assertThat(names(join.actors())).containsExactly("France");
        assertThat(names(join.targets())).containsExactly("NATO");
    }

    @Test
    void the_passive_agent_acts_and_the_subject_undergoes() {
        Event form = only(events("The alliance was formed on the initiative of the United States in 2014."), EventType.FORM);
        assertThat(names(form.actors())).containsExactly("United States");
        assertThat(form.time()).isEqualTo("2014");
    }

    @Test
    void a_meeting_named_by_a_noun_has_both_sides_and_the_datelines_date_and_place() {
        Event meet = only(events("ROME, 11 December. Sergey Lavrov spoke after the meeting with his counterpart Paolo Gentiloni."),
                EventType.MEET);
        assertThat(names(meet.actors())).containsExactly("Sergey Lavrov", "Paolo Gentiloni");
        assertThat(meet.time()).isEqualTo("2015-12-11");
        assertThat(meet.place().name()).isEqualTo("Rome");
    }

    @Test
    void an_attack_with_its_date_and_place() {
        Event attack = only(events("NATO launched air strikes on Hamas positions in Iraq on 8 August 2014."), EventType.ATTACK);
        assertThat(names(attack.actors())).containsExactly("NATO");
        assertThat(names(attack.targets())).containsExactly("Hamas");
        assertThat(attack.place().name()).isEqualTo("Iraq");
        assertThat(attack.time()).isEqualTo("2014-08-08");
    }

    @Test
    void designation_by_several_countries_and_one_dated_in_parentheses() {
        List<Event> found = events("Hamas recognized as a terrorist organization in the United States, Canada and Jordan (29 December 2014).");
        List<Event> designations = found.stream().filter(e -> e.type() == EventType.DESIGNATE).toList();
        assertThat(designations).anySatisfy(e -> {
            assertThat(names(e.actors())).containsExactly("United States", "Canada", "Jordan");
            assertThat(names(e.targets())).containsExactly("Hamas");
        });
        assertThat(designations).anySatisfy(e -> {
            assertThat(names(e.actors())).containsExactly("Jordan");
            assertThat(e.time()).isEqualTo("2014-12-29");
        });
    }

    @Test
    void the_same_statement_reported_twice_is_one_event_with_two_pieces_of_evidence() {
        List<Event> found = events("ROME, 11 December. France will not join the coalition, Sergey Lavrov said.\n\n"
                + "\"We are ready for dialogue on an equal footing,\" Sergey Lavrov said.");
        Event statement = only(found, EventType.STATEMENT);
        assertThat(statement.evidence()).hasSize(2);
        assertThat(statement.time()).isEqualTo("2015-12-11");
    }

    @Test
    void what_did_not_happen_or_has_no_named_participant_is_not_an_event() {
        assertThat(events("We could have agreed with NATO on the legal basis.")).isEmpty();
        assertThat(events("A second quake struck Iraq nine hours later.")).isEmpty();
        assertThat(events("The rocket was launched from a pad in France.")).isEmpty();
        assertThat(events("The museum was visited by thousands.")).isEmpty();
    }

    @Test
    void every_type_has_triggers_and_a_cameo_code() {
        assertThat(EventLexicon.types()).contains(EventType.MEET, EventType.VISIT, EventType.ATTACK, EventType.JOIN,
                EventType.LEAVE, EventType.AGREE, EventType.SANCTION, EventType.DESIGNATE, EventType.FORM, EventType.ELECT,
                EventType.APPOINT, EventType.DIE, EventType.ARREST);
        assertThat(EventType.ATTACK.cameo()).isEqualTo("19");
    }
}
