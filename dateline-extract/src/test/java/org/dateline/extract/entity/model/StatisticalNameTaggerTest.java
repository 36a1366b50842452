package org.dateline.extract.entity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.extract.entity.NameShapes;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped model on short wire sentences; it is loaded once for the whole JVM. */
class StatisticalNameTaggerTest {

    private static final Segmenter SEGMENTER = new Segmenter();

    private static List<NameSpan> tag(String text) {
        return StatisticalNameTagger.standard().tag(text, Field.BODY, SEGMENTER.segment(text, Field.BODY).sentences());
    }

    @ParameterizedTest(name = "{1} {2} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "Russian Foreign Minister Sergey Lavrov met his Italian counterpart in Rome on Friday.|Sergey Lavrov|PERSON",
            "This was stated by Minister of Foreign Affairs of the Russian Federation Sergey Lavrov.|Sergey Lavrov|PERSON",
            "NATO has deployed additional forces to its eastern flank, the alliance said.|NATO|ORGANIZATION",
            "The Secretary General of NATO will visit Moscow next week.|NATO|ORGANIZATION",
            "Italy and France signed the agreement on Tuesday.|Italy|LOCATION",
            "Thousands of migrants arrived in Italy last month, officials said.|Italy|LOCATION",
            "The United Nations Security Council met in New York on Monday.|New York|LOCATION",
            "Vladimir Putin spoke with Angela Merkel by telephone.|Angela Merkel|PERSON"})
    void finds_names_in_wire_sentences(String sentence, String name, EntityType type) {
        // Training corpora disagree on whether a role belongs to a name; the entity layer cuts it (PersonNames).
        assertThat(tag(sentence)).anySatisfy(n -> {
            assertThat(n.text()).endsWith(name);
            assertThat(n.type()).isEqualTo(type);
        });
    }

    @Test
    void spans_cover_their_text_in_order_with_model_confidence() {
        String text = "ROME, 11 December. Lavrov about the possibility of joining the coalition of the US.\n"
                + "This was stated by Sergey Lavrov following the meeting with Italian counterpart Paolo Gentiloni.";
        List<NameSpan> names = tag(text);
        assertThat(names).isNotEmpty();
        int last = -1;
        for (NameSpan n : names) {
            assertThat(n.span().coveredText(text)).isEqualTo(n.text());
            assertThat(n.span().field()).isEqualTo(Field.BODY);
            assertThat(n.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(n.confidence()).isBetween(0.0, 1.0);
            assertThat(n.source()).isEqualTo("model");
            assertThat(n.canonical()).isNull();
            last = n.span().end();
        }
    }

    @Test
    void acronyms_are_marked_and_possessives_trimmed() {
        List<NameSpan> names = tag("NATO's secretary general Jens Stoltenberg met Lavrov's deputy in Brussels.");
        assertThat(names).anySatisfy(n -> {
            assertThat(n.text()).isEqualTo("NATO");
            assertThat(n.kind()).isEqualTo(MentionKind.ACRONYM);
        });
        assertThat(names).noneSatisfy(n -> assertThat(n.text()).endsWith("'s"));
        assertThat(names).filteredOn(n -> n.text().equals("Jens Stoltenberg")).allSatisfy(n -> assertThat(n.kind()).isEqualTo(MentionKind.NAME));
    }

    @ParameterizedTest
    @CsvSource({"NATO,true", "U.S.,true", "UAE,true", "AT&T,true", "Nato,false", "I,false", "Lavrov,false", "G-20,true"})
    void acronym_shape(String text, boolean acronym) {
        assertThat(NameShapes.isAcronym(text)).isEqualTo(acronym);
    }

    @Test
    void titles_are_tagged_with_their_field() {
        String title = "Lavrov meets Gentiloni in Rome";
        List<NameSpan> names = StatisticalNameTagger.standard().tag(title, Field.TITLE, SEGMENTER.segment(title, Field.TITLE).sentences());
        assertThat(names).allSatisfy(n -> assertThat(n.span().field()).isEqualTo(Field.TITLE));
    }

    @Test
    void one_tagger_serves_many_threads() throws Exception {
        List<String> texts = List.of(
                "Sergey Lavrov met Paolo Gentiloni in Rome.",
                "NATO and the European Union discussed Ukraine in Brussels.",
                "Apple said on Tuesday that Tim Cook would visit China.");
        List<List<NameSpan>> expected = texts.stream().map(StatisticalNameTaggerTest::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % texts.size();
                runs.add(pool.submit(() -> tag(texts.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_missing_or_corrupt_model_file_is_named(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> StatisticalNameTagger.load(dir.resolve("none.bin"))).hasMessageContaining("none.bin");
        Path bad = Files.writeString(dir.resolve("bad.bin"), "not a model");
        assertThatThrownBy(() -> StatisticalNameTagger.load(bad)).hasMessageContaining("bad.bin").hasMessageContaining("corrupt");
    }
}
