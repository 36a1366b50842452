package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MentionScorerTest {

    // "Sergey Lavrov met Paolo Gentiloni in Rome." PERSON [0,13) PERSON [18,33) LOCATION [37,41)
    private static final String TEXT = "Sergey Lavrov met Paolo Gentiloni in Rome.";
    private static final NerDocument DOC = new NerDocument("d1", TEXT, null, "dev", List.of(
            gold(0, 13, EntityType.PERSON), gold(18, 33, EntityType.PERSON), gold(37, 41, EntityType.LOCATION)));

    private static NerDocument.GoldMention gold(int start, int end, EntityType type) {
        return new NerDocument.GoldMention(start, end, type, TEXT.substring(start, end), true);
    }

    private static MentionScorer.Prediction p(int start, int end, EntityType type) {
        return new MentionScorer.Prediction(start, end, type);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all right", List.of(p(0, 13, EntityType.PERSON), p(18, 33, EntityType.PERSON), p(37, 41, EntityType.LOCATION)),
                        new Tally(2, 0, 0), new Tally(1, 0, 0)),
                Arguments.of("nothing found", List.of(), new Tally(0, 0, 2), new Tally(0, 0, 1)),
                Arguments.of("span one character short is a miss and a false alarm", List.of(p(0, 12, EntityType.PERSON)),
                        new Tally(0, 1, 2), new Tally(0, 0, 1)),
                Arguments.of("right span, wrong type", List.of(p(37, 41, EntityType.ORGANIZATION)),
                        new Tally(0, 0, 2), new Tally(0, 0, 1)),
                Arguments.of("surname alone is not the full name", List.of(p(7, 13, EntityType.PERSON), p(37, 41, EntityType.LOCATION)),
                        new Tally(0, 1, 2), new Tally(1, 0, 0)),
                Arguments.of("the same mention twice counts once", List.of(p(37, 41, EntityType.LOCATION), p(37, 41, EntityType.LOCATION)),
                        new Tally(0, 0, 2), new Tally(1, 0, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void scores_exact_span_and_type(String name, List<MentionScorer.Prediction> predicted, Tally person, Tally location) {
        MentionScorer.Report r = new MentionScorer().score(List.of(DOC), Map.of("d1", predicted));
        assertThat(r.byType().get(EntityType.PERSON)).isEqualTo(person);
        assertThat(r.byType().get(EntityType.LOCATION)).isEqualTo(location);
        assertThat(r.micro()).isEqualTo(person.plus(location).plus(r.byType().get(EntityType.ORGANIZATION)));
    }

    @Test
    void misc_is_scored_only_in_documents_whose_gold_annotates_it() {
        NerDocument withMisc = new NerDocument("d2", "Italian troops", null, null,
                List.of(new NerDocument.GoldMention(0, 7, EntityType.MISC, "Italian", true)));
        Map<String, List<MentionScorer.Prediction>> pred = Map.of("d1", List.of(p(37, 41, EntityType.MISC)),
                "d2", List.of(p(0, 7, EntityType.MISC)));
        assertThat(new MentionScorer().score(List.of(DOC, withMisc), pred).byType().get(EntityType.MISC)).isEqualTo(new Tally(1, 0, 0));
        assertThat(new MentionScorer().score(List.of(DOC), pred).byType()).doesNotContainKey(EntityType.MISC);
    }

    @Test
    void a_document_without_prediction_is_counted_and_scored_as_empty() {
        MentionScorer.Report r = new MentionScorer().score(List.of(DOC), Map.of());
        assertThat(r.unpredicted()).isEqualTo(1);
        assertThat(r.micro()).isEqualTo(new Tally(0, 0, 3));
        assertThat(r.notes()).contains("d1: missed PERSON 'Sergey Lavrov'");
    }

    @Test
    void reader_converts_code_points_to_utf16_and_selects_the_split(@TempDir Path dir) throws IOException {
        // The emoji is one code point and two UTF-16 units: "Rome" is [5, 9) in the file, [6, 10) in Java.
        Path f = dir.resolve("tiny.jsonl");
        Files.writeString(f, """
                {"id": "a", "text": "\uD83D\uDE00 in Rome", "entities": [{"start": 5, "end": 9, "type": "GPE", "text": "Rome"}]}
                {"id": "b", "text": "Lavrov", "entities": [{"start": 0, "end": 6, "type": "PER", "text": "Lavrov"}]}
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("split.json"), "{\"dev\": [\"a\"], \"test\": [\"b\"]}");
        List<NerDocument> dev = new NerCorpusReader().read(f, Set.of("dev"));
        assertThat(dev).hasSize(1);
        NerDocument.GoldMention rome = dev.get(0).mentions().get(0);
        assertThat(rome.start()).isEqualTo(6);
        assertThat(dev.get(0).text().substring(rome.start(), rome.end())).isEqualTo("Rome");
        assertThat(rome.type()).isEqualTo(EntityType.LOCATION);
        assertThat(new NerCorpusReader().read(f, Set.of("test")).get(0).id()).isEqualTo("b");
    }

    @Test
    void reader_names_the_file_and_line_of_a_bad_document(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\": \"a\", \"text\": \"Rome\", \"entities\": [{\"start\": 0, \"end\": 3, \"type\": \"LOC\", \"text\": \"Rome\"}]}\n");
        assertThatThrownBy(() -> new NerCorpusReader().read(f)).hasMessageContaining("bad.jsonl:1").hasMessageContaining("covers 'Rom'");
        Files.writeString(f, "{not json\n");
        assertThatThrownBy(() -> new NerCorpusReader().read(f)).hasMessageContaining("bad.jsonl:1: malformed JSON line");
        assertThatThrownBy(() -> new NerCorpusReader().read(dir.resolve("none.jsonl"))).hasMessageContaining("none.jsonl: no such file");
    }
}
