package org.dateline.extract.entity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameModelTrainerTest {

    private static NameModelTrainer.Document doc(String id, String text, Object... nameAndType) {
        List<NameModelTrainer.Name> names = new ArrayList<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            int start = text.indexOf((String) nameAndType[i]);
            names.add(new NameModelTrainer.Name(start, start + ((String) nameAndType[i]).length(), (EntityType) nameAndType[i + 1]));
        }
        return new NameModelTrainer.Document(id, text, names);
    }

    @Test
    void names_are_aligned_to_tokens_and_misfits_counted() {
        NameModelTrainer.Corpus corpus = new NameModelTrainer.Corpus("tiny", List.of(
                doc("a", "Sergey Lavrov's deputy met officials in Rome. They talked.", "Sergey Lavrov", EntityType.PERSON, "Rome", EntityType.LOCATION),
                doc("b", "The U.S.-led coalition hit targets.", "U.S.", EntityType.LOCATION, "S.-led", EntityType.MISC)), 1);
        List<NameModelTrainer.CorpusStats> stats = new ArrayList<>();
        List<NameSample> samples = new NameModelTrainer().samples(corpus, stats);
        assertThat(samples).hasSize(3);
        assertThat(samples.get(0).isClearAdaptiveDataSet()).isTrue();
        assertThat(samples.get(1).isClearAdaptiveDataSet()).isFalse();
        assertThat(samples.get(2).isClearAdaptiveDataSet()).isTrue();
        // The model reads "Lavrov's" as "Lavrov" and "'s", so the name is its first two words.
        assertThat(samples.get(0).getSentence()).startsWith("Sergey", "Lavrov", "'s", "deputy");
        assertThat(samples.get(0).getNames()).extracting(s -> s.getStart() + "-" + s.getEnd() + " " + s.getType())
                .containsExactly("0-2 PERSON", "7-8 LOCATION");
        assertThat(stats.get(0).names()).isEqualTo(3);
        assertThat(stats.get(0).dropped()).isEqualTo(1);
        assertThat(stats.get(0).droppedExamples()).containsExactly("b 'S.-led'");
    }

    @Test
    void a_tiny_model_trains_writes_and_loads(@TempDir Path dir) {
        List<NameModelTrainer.Document> docs = new ArrayList<>();
        String[][] people = {{"Sergey Lavrov", "Moscow"}, {"Paolo Gentiloni", "Rome"}, {"John Kerry", "Washington"}, {"Laurent Fabius", "Paris"}};
        for (int i = 0; i < 40; i++) {
            String[] p = people[i % people.length];
            docs.add(doc("d" + i, p[0] + " arrived in " + p[1] + " on Monday for talks with the " + (i % 2 == 0 ? "United Nations." : "IBM board."),
                    p[0], EntityType.PERSON, p[1], EntityType.LOCATION, i % 2 == 0 ? "United Nations" : "IBM", EntityType.ORGANIZATION,
                    "Monday", EntityType.MISC));
        }
        NameModelTrainer.Options options = new NameModelTrainer.Options("PERCEPTRON", 20, 1, NameFeatures.DEFAULT, "bilou", 1);
        NameModelTrainer.Result r = new NameModelTrainer().train(List.of(new NameModelTrainer.Corpus("tiny", docs, 1)), options);
        Path file = dir.resolve("tiny.bin");
        r.write(file);
        StatisticalNameTagger tagger = StatisticalNameTagger.load(file);
        String text = "Sergey Lavrov arrived in Rome on Monday for talks with the United Nations.";
        List<NameSpan> names = tagger.tag(text, Field.BODY, new Segmenter().segment(text, Field.BODY).sentences());
        assertThat(names).extracting(NameSpan::text).contains("Sergey Lavrov", "Rome");
    }

    @Test
    void evaluation_only_corpora_cannot_be_trained_on() {
        for (String name : List.of("polnear", "tempeval3_platinum", "uner_en_pud", "semeval2015_task4")) {
            assertThatThrownBy(() -> TrainingCorpus.named(name)).hasMessageContaining("not a training corpus");
        }
        assertThat(TrainingCorpus.ALL).allSatisfy(c -> assertThat(c.splits()).doesNotContain("test"));
    }
}
