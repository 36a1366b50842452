package org.dateline.extract.entity.perceptron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
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

/** The shipped perceptron model on short wire sentences, its file errors, and its use from many threads. */
class PerceptronNameTaggerTest {

    private static final Segmenter SEGMENTER = new Segmenter();

    private static List<NameSpan> tag(String text) {
        return PerceptronNameTagger.standard().tag(text, Field.BODY, SEGMENTER.segment(text, Field.BODY).sentences());
    }

    @ParameterizedTest(name = "{1} {2} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "Russian Foreign Minister Sergey Lavrov met his Italian counterpart in Rome on Friday.|Sergey Lavrov|PERSON",
            "NATO has deployed additional forces to its eastern flank, the alliance said.|NATO|ORGANIZATION",
            "Italy and France signed the agreement on Tuesday.|Italy|LOCATION",
            "Thousands of migrants arrived in Italy last month, officials said.|Italy|LOCATION",
            "Vladimir Putin spoke with Angela Merkel by telephone.|Angela Merkel|PERSON"})
    void finds_names_in_wire_sentences(String sentence, String name, EntityType type) {
        assertThat(tag(sentence)).anySatisfy(n -> {
            assertThat(n.text()).endsWith(name);
            assertThat(n.type()).isEqualTo(type);
        });
    }

    @Test
    void spans_cover_their_text_in_order_with_a_confidence() {
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
    }

    @ParameterizedTest
    @CsvSource({"NATO,true", "U.S.,true", "UAE,true", "AT&T,true", "Nato,false", "I,false", "Lavrov,false", "G-20,true", "G7,true"})
    void acronym_shape(String text, boolean acronym) {
        assertThat(NameShapes.isAcronym(text)).isEqualTo(acronym);
    }

    @Test
    void titles_are_tagged_with_their_field_and_empty_input_gives_nothing() {
        String title = "Lavrov meets Gentiloni in Rome";
        List<NameSpan> names = PerceptronNameTagger.standard().tag(title, Field.TITLE, SEGMENTER.segment(title, Field.TITLE).sentences());
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n.span().field()).isEqualTo(Field.TITLE));
        assertThat(PerceptronNameTagger.standard().tag("", Field.BODY, List.of())).isEmpty();
    }

    @Test
    void one_tagger_serves_many_threads() throws Exception {
        List<String> texts = List.of(
                "Sergey Lavrov met Paolo Gentiloni in Rome.",
                "NATO and the European Union discussed Ukraine in Brussels.",
                "Apple said on Tuesday that Tim Cook would visit China. " + "Shares of Apple rose 2% in New York. ".repeat(40),
                "The International Monetary Fund cut its forecast for Germany, Chancellor Angela Merkel's spokesman said.");
        List<List<NameSpan>> expected = texts.stream().map(PerceptronNameTaggerTest::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
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
        assertThatThrownBy(() -> PerceptronNameTagger.load(dir.resolve("none.perceptron")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("none.perceptron").hasMessageContaining("does not exist");
        Path text = Files.writeString(dir.resolve("text.perceptron"), "not a model");
        assertThatThrownBy(() -> PerceptronNameTagger.load(text))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("text.perceptron").hasMessageContaining("corrupt");
        Path gzipped = dir.resolve("other.perceptron");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write("some other gzip file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> PerceptronNameTagger.load(gzipped))
                .hasMessageContaining("other.perceptron").hasMessageContaining("corrupt").hasMessageContaining("header");
        byte[] model;
        try (var in = PerceptronNameTagger.class.getResourceAsStream(PerceptronNameTagger.RESOURCE)) {
            model = in.readAllBytes();
        }
        Path truncated = Files.write(dir.resolve("truncated.perceptron"), Arrays.copyOf(model, model.length / 2));
        assertThatThrownBy(() -> PerceptronNameTagger.load(truncated))
                .hasMessageContaining("truncated.perceptron").hasMessageContaining("corrupt");
    }

    @Test
    void the_shipped_model_says_how_it_was_trained() {
        PerceptronNameTagger tagger = PerceptronNameTagger.standard();
        assertThat(tagger.origin()).isEqualTo("resource " + PerceptronNameTagger.RESOURCE);
        assertThat(tagger.model().about()).contains("averaged perceptron").contains("gum x2").contains("confidence =");
        assertThat(tagger.model().nonZeroWeights()).isGreaterThan(100_000);
    }
}
