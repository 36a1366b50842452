package org.dateline.extract.entity.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.model.NameModelTrainer.Corpus;
import org.dateline.extract.entity.model.NameModelTrainer.Document;
import org.dateline.extract.entity.model.NameModelTrainer.Name;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tiny model trained from generated wire sentences: it learns, tags, round-trips and is deterministic. */
class PerceptronTrainerTest {

    private static final Segmenter SEGMENTER = new Segmenter();
    private static final PerceptronTrainer.Options TINY = new PerceptronTrainer.Options(8, 16, 7);

    private static final String[] PEOPLE = {"Sergey Lavrov", "Paolo Gentiloni", "Angela Merkel", "John Kerry", "Ban Ki-moon",
            "Federica Mogherini", "Laurent Fabius", "Frank-Walter Steinmeier"};
    private static final String[] PLACES = {"Rome", "Moscow", "Berlin", "Paris", "Geneva", "Vienna", "Brussels", "Madrid"};
    private static final String[] ORGS = {"NATO", "the European Union", "Gazprom", "Reuters", "the United Nations", "OPEC"};

    private static PerceptronTrainer.Result trained;

    @BeforeAll
    static void train() {
        trained = new PerceptronTrainer().train(List.of(new Corpus("generated", documents(), 1)), TINY);
    }

    /** Wire sentences with their names, from a few templates and name lists, typed as a news corpus would be. */
    static List<Document> documents() {
        List<Document> docs = new ArrayList<>();
        for (int d = 0; d < 48; d++) {
            StringBuilder text = new StringBuilder();
            List<Name> names = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                int k = d * 4 + s;
                int m = k / 3; // every name list turns through every template
                String person = PEOPLE[m % PEOPLE.length];
                String other = PEOPLE[(m + 3) % PEOPLE.length];
                String place = PLACES[(m * 3 + k) % PLACES.length];
                String org = ORGS[m % ORGS.length];
                switch (k % 3) {
                    case 0 -> {
                        append(text, names, person, EntityType.PERSON);
                        text.append(" met ");
                        append(text, names, other, EntityType.PERSON);
                        text.append(" in ");
                        append(text, names, place, EntityType.LOCATION);
                        text.append(" on Monday.");
                    }
                    case 1 -> {
                        appendOrg(text, names, org);
                        text.append(" said on Tuesday that ");
                        append(text, names, person, EntityType.PERSON);
                        text.append(" would visit ");
                        append(text, names, place, EntityType.LOCATION);
                        text.append(" next week.");
                    }
                    default -> {
                        text.append("Officials in ");
                        append(text, names, place, EntityType.LOCATION);
                        text.append(" welcomed the statement by ");
                        appendOrg(text, names, org);
                        text.append(", the agency reported.");
                    }
                }
                text.append(s == 3 ? "" : " ");
            }
            docs.add(new Document("doc" + d, text.toString(), names));
        }
        return docs;
    }

    private static void append(StringBuilder text, List<Name> names, String name, EntityType type) {
        names.add(new Name(text.length(), text.length() + name.length(), type));
        text.append(name);
    }

    /** "the European Union": the article is not part of the name, as in the corpora. */
    private static void appendOrg(StringBuilder text, List<Name> names, String org) {
        String name = org.startsWith("the ") ? org.substring(4) : org;
        if (org.startsWith("the ")) {
            text.append(text.length() == 0 || text.charAt(text.length() - 1) == ' ' && text.length() > 1
                    && text.charAt(text.length() - 2) == '.' ? "The " : "the ");
        }
        append(text, names, name, EntityType.ORGANIZATION);
    }

    private static List<NameSpan> tag(PerceptronNameTagger tagger, String text) {
        return tagger.tag(text, Field.BODY, SEGMENTER.segment(text, Field.BODY).sentences());
    }

    @Test
    void a_tiny_model_learns_names_in_new_combinations() {
        PerceptronNameTagger tagger = new PerceptronNameTagger(trained.model());
        String text = "Angela Merkel met John Kerry in Vienna on Monday.";
        List<NameSpan> names = tag(tagger, text);
        assertThat(names).extracting(NameSpan::text, NameSpan::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Angela Merkel", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("John Kerry", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Vienna", EntityType.LOCATION));
        for (NameSpan n : names) {
            assertThat(n.span().coveredText(text)).isEqualTo(n.text());
            assertThat(n.confidence()).isBetween(0.0, 1.0);
            assertThat(n.source()).isEqualTo("model");
            assertThat(n.canonical()).isNull();
            assertThat(n.kind()).isEqualTo(MentionKind.NAME);
        }
    }

    @Test
    void acronyms_are_marked_and_possessives_are_not_part_of_names() {
        PerceptronNameTagger tagger = new PerceptronNameTagger(trained.model());
        List<NameSpan> names = tag(tagger, "NATO said on Tuesday that Sergey Lavrov's deputy would visit Madrid next week.");
        assertThat(names).anySatisfy(n -> {
            assertThat(n.text()).isEqualTo("NATO");
            assertThat(n.type()).isEqualTo(EntityType.ORGANIZATION);
            assertThat(n.kind()).isEqualTo(MentionKind.ACRONYM);
        });
        assertThat(names).anySatisfy(n -> assertThat(n.text()).isEqualTo("Sergey Lavrov"));
        assertThat(names).noneSatisfy(n -> assertThat(n.text()).contains("'"));
    }

    @Test
    void counts_what_it_read_and_drops_names_off_word_boundaries() {
        Document half = new Document("half", "Gentiloni met Lavrov in Rome.", List.of(
                new Name(0, 4, EntityType.PERSON), // "Gent": not a word
                new Name(14, 20, EntityType.PERSON)));
        PerceptronTrainer.Result r = new PerceptronTrainer().train(List.of(new Corpus("half", List.of(half), 2)), TINY);
        assertThat(r.stats()).singleElement().satisfies(s -> {
            assertThat(s.documents()).isEqualTo(1);
            assertThat(s.sentences()).isEqualTo(1);
            assertThat(s.names()).isEqualTo(1);
            assertThat(s.dropped()).isEqualTo(1);
            assertThat(s.droppedExamples()).containsExactly("half 'Gent'");
        });
        assertThat(trained.stats().get(0).dropped()).isZero();
    }

    @Test
    void training_is_deterministic_to_the_byte() throws IOException {
        PerceptronTrainer.Result again = new PerceptronTrainer().train(List.of(new Corpus("generated", documents(), 1)), TINY);
        assertThat(bytes(again.model())).isEqualTo(bytes(trained.model()));
        PerceptronTrainer.Result otherSeed = new PerceptronTrainer().train(List.of(new Corpus("generated", documents(), 1)),
                new PerceptronTrainer.Options(TINY.epochs(), TINY.bits(), TINY.seed() + 1));
        assertThat(bytes(otherSeed.model())).isNotEqualTo(bytes(trained.model()));
    }

    @Test
    void a_written_model_reads_back_and_tags_the_same() throws IOException {
        byte[] file = bytes(trained.model());
        PerceptronModel read = PerceptronModel.read(new ByteArrayInputStream(file), "test bytes");
        assertThat(read.bits()).isEqualTo(TINY.bits());
        assertThat(read.nonZeroWeights()).isEqualTo(trained.model().nonZeroWeights());
        assertThat(read.about()).contains("epochs=8").contains("generated x1");
        String text = "Reuters said on Tuesday that Federica Mogherini would visit Geneva next week. Officials in Paris welcomed it.";
        assertThat(tag(new PerceptronNameTagger(read), text)).isEqualTo(tag(new PerceptronNameTagger(trained.model()), text));
    }

    static byte[] bytes(PerceptronModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
