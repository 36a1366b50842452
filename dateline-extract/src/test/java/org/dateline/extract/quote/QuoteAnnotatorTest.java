package org.dateline.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.extract.dateline.DatelineParser;
import org.dateline.extract.entity.EntityAnnotator;
import org.dateline.extract.entity.EntityTaggers;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.NameTagger;
import org.dateline.extract.segment.Segmentation;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Quote;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quotes in every house style, written for these tests in the manner of real wire copy. Names are given to the
 * entity layer by a scripted tagger, so that the tests exercise quotes, not name finding.
 */
class QuoteAnnotatorTest {

    /** Tags the listed names wherever they occur as words. */
    private record Scripted(List<NameSpan> names) implements NameTagger {
        @Override
        public List<NameSpan> tag(String text, Field field, List<Sentence> sentences) {
            List<NameSpan> out = new ArrayList<>();
            for (NameSpan p : names) {
                for (int at = text.indexOf(p.text()); at >= 0; at = text.indexOf(p.text(), at + 1)) {
                    boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                            && (at + p.text().length() == text.length() || !Character.isLetter(text.charAt(at + p.text().length())));
                    if (word) {
                        out.add(new NameSpan(new Span(field, at, at + p.text().length()), p.text(), p.type(), MentionKind.NAME,
                                p.canonical(), 0.9, "test"));
                    }
                }
            }
            return out;
        }
    }

    private static NameSpan name(String text, EntityType type) {
        return new NameSpan(Span.body(0, 0), text, type, MentionKind.NAME, null, 1, "test");
    }

    private static NameSpan country(String text, String canonical) {
        return new NameSpan(Span.body(0, 0), text, EntityType.LOCATION, MentionKind.NAME, canonical, 1, "test");
    }

    private static final EntityAnnotator ENTITIES = new EntityAnnotator(new EntityTaggers(List.of(new Scripted(List.of(
            name("Sergey Lavrov", EntityType.PERSON), name("Lavrov", EntityType.PERSON),
            name("Angela Merkel", EntityType.PERSON), name("Merkel", EntityType.PERSON),
            name("John Kerry", EntityType.PERSON), name("Kerry", EntityType.PERSON),
            name("Maria Zakharova", EntityType.PERSON), name("Zakharova", EntityType.PERSON),
            name("Greenpeace", EntityType.ORGANIZATION), name("Islamic State", EntityType.ORGANIZATION),
            country("Russia", "Russia"), country("Syria", "Syria"), country("Moscow", "Moscow"),
            name("Reuters", EntityType.ORGANIZATION)))),
            city -> city.equals("Moscow") ? Optional.of("Russia") : Optional.empty(), org -> Set.of()));

    private final Segmenter segmenter = new Segmenter();

    private List<Quote> quotes(String body) {
        Article a = Article.of("t", "", body);
        Segmentation s = segmenter.segment(body, Field.BODY);
        Dateline d = new DatelineParser().parse(body).orElse(null);
        List<Entity> entities = ENTITIES.annotate(a, List.of(), s.sentences(), d);
        return new QuoteAnnotator().annotate(a, s.paragraphs(), s.sentences(), d, entities, List.of());
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    static Stream<Arguments> oneQuote() {
        return Stream.of(
                Arguments.of("curly", "“We will not join this coalition,” Lavrov said.", "We will not join this coalition,", "Lavrov", true),
                Arguments.of("straight", "\"We will not join this coalition,\" Lavrov said.", "We will not join this coalition,", "Lavrov", true),
                Arguments.of("guillemets", "Lavrov said: «We will not join this coalition under any conditions».", "We will not join this coalition under any conditions", "Lavrov", true),
                Arguments.of("single", "‘We will not join this coalition,’ Merkel told reporters.", "We will not join this coalition,", "Merkel", true),
                Arguments.of("low", "Merkel said: „We will not join this coalition in its present form“.", "We will not join this coalition in its present form", "Merkel", true),
                Arguments.of("low with a closing double", "Lavrov said: „We will not join the coalition in this form”.", "We will not join the coalition in this form", "Lavrov", true),
                Arguments.of("doubled apostrophes", "''We will not join this coalition,'' Lavrov said.", "We will not join this coalition,", "Lavrov", true),
                Arguments.of("abbreviated title in the attribution", "“The talks were useful and frank,” said Sen. John Kerry.", "The talks were useful and frank,", "John Kerry", true),
                Arguments.of("attribution first", "Kerry said on Friday: “The talks were useful and we will meet again.”", "The talks were useful and we will meet again.", "Kerry", true),
                Arguments.of("inverted attribution", "“The talks were useful,” said Kerry.", "The talks were useful,", "Kerry", true),
                Arguments.of("dash attribution", "“The talks were useful and frank” – said Zakharova.", "The talks were useful and frank", "Zakharova", true),
                Arguments.of("several sentences", "“The talks were useful. We will meet again. Nothing is agreed yet,” Kerry said.",
                        "The talks were useful. We will meet again. Nothing is agreed yet,", "Kerry", true),
                Arguments.of("an organization speaks", "“The spill is a disaster for the coast,” Greenpeace said in a statement.",
                        "The spill is a disaster for the coast,", "Greenpeace", true),
                Arguments.of("reported, attribution after", "Russia will not join the coalition on these terms, Lavrov said.",
                        "Russia will not join the coalition on these terms", "Lavrov", false),
                Arguments.of("reported, inverted", "Russia will not join the coalition on these terms, said Lavrov.",
                        "Russia will not join the coalition on these terms", "Lavrov", false),
                Arguments.of("reported, that", "Zakharova said that Moscow had not received any request from Damascus.",
                        "Moscow had not received any request from Damascus", "Zakharova", false),
                Arguments.of("reported, announced that", "Greenpeace announced that it would sue the company over the spill.",
                        "it would sue the company over the spill", "Greenpeace", false),
                Arguments.of("reported, stressed", "Lavrov stressed the necessity of uniting the efforts of the international community.",
                        "the necessity of uniting the efforts of the international community", "Lavrov", false),
                Arguments.of("reported, according to", "According to Kerry, the ceasefire has largely held since Monday.",
                        "the ceasefire has largely held since Monday", "Kerry", false),
                Arguments.of("reported, according to after", "The ceasefire has largely held since Monday, according to Kerry.",
                        "The ceasefire has largely held since Monday", "Kerry", false),
                Arguments.of("reported, as X put it", "The deal, as Kerry put it, is the best one available.",
                        "The deal, as Kerry put it, is the best one available", "Kerry", false),
                Arguments.of("reported, this was stated by", "Sanctions will stay in place until the summer.\nThis was stated by Angela Merkel after the summit.",
                        "Sanctions will stay in place until the summer", "Angela Merkel", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneQuote")
    void finds_the_quote_and_its_speaker(String style, String body, String text, String speaker, boolean direct) {
        List<Quote> found = quotes(body);
        assertThat(found).as("%s", found).hasSize(1);
        Quote q = found.get(0);
        assertThat(q.text()).isEqualTo(text);
        assertThat(q.span().coveredText(body)).isEqualTo(text);
        assertThat(q.direct()).isEqualTo(direct);
        assertThat(speaker(q)).isNotNull();
        assertThat(speaker.endsWith(speaker(q)) || speaker(q).endsWith(speaker)).as("speaker %s", speaker(q)).isTrue();
    }

    @Test
    void a_quote_interrupted_by_its_attribution_inside_the_marks_is_one_quote() {
        String body = "“The coalition is a potentially effective partner, – said Lavrov. – For it to become truly effective, "
                + "it should rely on international law”.";
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).startsWith("The coalition is").endsWith("international law");
        assertThat(speaker(found.get(0))).isEqualTo("Lavrov");
        assertThat(found.get(0).cue().coveredText(body)).isEqualTo("said Lavrov");
    }

    @Test
    void two_pairs_of_marks_around_one_attribution_are_one_quote() {
        String body = "“We are ready for dialogue,” Kerry said, “but not at any price.”";
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("We are ready for dialogue,” Kerry said, “but not at any price.");
        assertThat(speaker(found.get(0))).isEqualTo("Kerry");
    }

    @Test
    void a_quote_runs_on_into_the_next_paragraph_that_opens_with_a_mark() {
        String body = "Lavrov said: “We discussed Syria at length.\n\n“We also discussed the coalition and its legal basis.”\n\nThe talks ended at noon.";
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).startsWith("We discussed Syria").endsWith("legal basis.");
        assertThat(speaker(found.get(0))).isEqualTo("Lavrov");
    }

    @Test
    void a_nested_quote_stays_inside_its_quote() {
        String body = "“They call themselves the “Islamic state”, but they are terrorists,” Lavrov said.";
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("They call themselves the “Islamic state”, but they are terrorists,");
    }

    @Test
    void one_closing_mark_may_close_two_quotes() {
        String body = "“We are pleased that the coalition has begun to strike the oil trade of the group “Islamic state)”. "
                + "“And the quality of the work matters as much as its scale,” Lavrov said.";
        List<Quote> found = quotes(body);
        assertThat(found).extracting(Quote::text).containsExactly(
                "We are pleased that the coalition has begun to strike the oil trade of the group “Islamic state)",
                "And the quality of the work matters as much as its scale,");
        assertThat(found).allSatisfy(q -> assertThat(speaker(q)).isEqualTo("Lavrov"));
    }

    @Test
    void a_quote_without_attribution_that_continues_a_statement_keeps_its_speaker() {
        String body = "“We are ready for dialogue,” Kerry said.\n\n“But we will not accept an ultimatum from anyone.”";
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(2);
        assertThat(speaker(found.get(1))).isEqualTo("Kerry");
        assertThat(found.get(1).cue()).isNull();
    }

    @Test
    void a_pronoun_speaker_is_the_person_it_refers_to() {
        String body = "John Kerry arrived in Geneva on Monday.\n\n“The talks will be difficult,” he said.";
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(1);
        assertThat(speaker(found.get(0))).isEqualTo("John Kerry");
    }

    @Test
    void scare_quotes_and_quoted_names_are_not_quotes() {
        String body = "The so-called “Islamic state” controls parts of Syria. The operation, dubbed “Inherent Resolve”, began in 2014. "
                + "Critics called the plan “a gamble”.";
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void a_quoted_title_is_not_a_quote_even_with_a_comma_inside() {
        assertThat(quotes("Kerry appeared on \"Face the Nation,\" where he said little of substance.")).isEmpty();
    }

    @Test
    void a_common_noun_source_reports_speech_without_a_named_speaker() {
        List<Quote> found = quotes("The bank said that it had fired the employees involved in the scheme.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo("it had fired the employees involved in the scheme");
        assertThat(found.get(0).speaker()).isNull();
    }

    @Test
    void apostrophes_are_not_quotation_marks() {
        String body = "Russia’s position hasn’t changed, and the ministers’ meeting was short, Lavrov said.";
        List<Quote> found = quotes(body);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).direct()).isFalse();
        assertThat(found.get(0).text()).isEqualTo("Russia’s position hasn’t changed, and the ministers’ meeting was short");
    }

    @Test
    void a_quote_lists_the_entities_it_mentions_but_not_its_speaker_in_the_attribution() {
        String body = "“Russia will keep helping Syria,” Lavrov said.";
        Quote q = quotes(body).get(0);
        assertThat(q.entityIds()).hasSize(2);
        assertThat(q.entityIds()).doesNotContain(q.speaker().entityId());
    }

    @Test
    void a_statement_nobody_is_said_to_have_made_is_not_reported_speech() {
        assertThat(quotes("The talks ended at noon, and the delegations left the city.")).isEmpty();
        assertThat(quotes("The minister said goodbye.")).isEmpty();
    }
}
