package org.dateline.extract.entity.perceptron;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.extract.entity.NameShapes;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.NameTagger;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;

/**
 * Names found by Dateline's own averaged-perceptron tagger: a greedy left-to-right BILOU labeller over PERSON,
 * ORGANIZATION, LOCATION and MISC with hashed features (see the package documentation for what and why), trained on
 * the same openly licensed corpora as the OpenNLP model ({@code perceptron.md} beside the model has the scores).
 * It follows the conventions of {@link org.dateline.extract.entity.model.StatisticalNameTagger}: source
 * {@code "model"}; a leading article and trailing lower-case words are trimmed; a possessive ending is split off the
 * word before tagging and never part of a name; one all-capital word ("NATO", "U.S.") outside an all-capital
 * headline is an {@link MentionKind#ACRONYM}.
 *
 * <pre>{@code
 * NameTagger tagger = PerceptronNameTagger.standard();   // loaded once, on first use
 * List<NameSpan> names = tagger.tag(text, Field.BODY, segmenter.segment(text, Field.BODY).sentences());
 * }</pre>
 *
 * <p><b>Confidence.</b> At each word the decoder keeps the margin by which the chosen label's score beat the best
 * other label BILOU allowed there; a name's margin is the smallest over its words (words where only one label was
 * allowed, such as the forced end of an open name, do not count). The margin is squashed with a logistic function
 * whose slope and intercept were fitted on held-out dev sentences (Platt scaling) when the model was trained, so the
 * confidence estimates the chance that the name's span and type are exactly right. It is in [0, 1], without a
 * softmax over labels.
 *
 * <p>Immutable and thread-safe: the weights are shared and read-only; each thread keeps its own reusable feature
 * arrays.
 */
public final class PerceptronNameTagger implements NameTagger {

    /** The shipped model, a classpath resource. */
    public static final String RESOURCE = "/org/dateline/extract/entity/perceptron/ner-en.perceptron";

    private static volatile PerceptronNameTagger standard;

    private final PerceptronModel model;
    private final String origin;
    private final ThreadLocal<SentenceFeatures> features;

    /** A tagger with a model (for a model just trained, before it is written). */
    public PerceptronNameTagger(PerceptronModel model) {
        this(model, "trained in memory");
    }

    private PerceptronNameTagger(PerceptronModel model, String origin) {
        this.model = model;
        this.origin = origin;
        this.features = ThreadLocal.withInitial(() -> new SentenceFeatures(model.bits, model.lexicon));
    }

    /**
     * The tagger with the shipped model, loaded on first use and shared.
     *
     * @throws IllegalStateException naming the resource when it is missing or not a perceptron name model
     */
    public static PerceptronNameTagger standard() {
        PerceptronNameTagger s = standard;
        if (s == null) {
            synchronized (PerceptronNameTagger.class) {
                s = standard;
                if (s == null) {
                    try (InputStream in = PerceptronNameTagger.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("perceptron name model resource " + RESOURCE + " is missing from the classpath");
                        }
                        s = new PerceptronNameTagger(PerceptronModel.read(in, "resource " + RESOURCE), "resource " + RESOURCE);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read perceptron name model resource " + RESOURCE + ": " + e.getMessage(), e);
                    }
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * A tagger with a model file (to measure a newly trained model before it replaces the shipped one).
     *
     * @throws IllegalStateException naming the file when it is missing, unreadable or not a perceptron name model
     */
    public static PerceptronNameTagger load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new PerceptronNameTagger(PerceptronModel.read(in, "file " + file), "file " + file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("perceptron name model file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read perceptron name model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the model came from ("resource /org/...", "file ..."), for messages. */
    public String origin() {
        return origin;
    }

    /** The model. */
    public PerceptronModel model() {
        return model;
    }

    @Override
    public List<NameSpan> tag(String text, Field field, List<Sentence> sentences) {
        SentenceFeatures f = features.get();
        List<NameSpan> out = new ArrayList<>();
        f.beginDocument(text, sentences);
        for (Sentence sentence : sentences) {
            if (f.load(text, sentence.tokens()) == 0) {
                continue;
            }
            model.decode(f);
            int n = f.n;
            int i = 0;
            while (i < n) {
                int tag = f.tags[i];
                if (tag == Tags.O) {
                    i++;
                    continue;
                }
                int first = i;
                float margin = f.margins[i];
                while (Tags.open(f.tags[i]) && i + 1 < n) {
                    i++;
                    margin = Math.min(margin, f.margins[i]);
                }
                emit(text, field, f, first, i, Tags.TYPES[Tags.type(tag)], model.confidence(margin), out);
                i++;
            }
        }
        return out;
    }

    /** Adds the name of words [first, last] after the trimming the OpenNLP tagger does too. */
    private static void emit(String text, Field field, SentenceFeatures f, int first, int last, EntityType type,
            double confidence, List<NameSpan> out) {
        // News style writes "the United States", "the Minister": the article is not part of the name.
        while (first < last && NameShapes.isDeterminer(text, f.start[first], f.end[first])) {
            first++;
        }
        // A name does not end on a lower-case word: "Syrian territory" is a demonym and a noun.
        while (last > first && Character.isLowerCase(text.charAt(f.start[last]))) {
            last--;
        }
        if (!Character.isLetterOrDigit(text.charAt(f.start[first]))) {
            return;
        }
        int start = f.start[first];
        int end = NameShapes.withoutPossessive(text, start, f.end[last]);
        if (end <= start) {
            return;
        }
        String covered = text.substring(start, end);
        MentionKind kind = first == last && NameShapes.isAcronym(covered) && !f.allCaps ? MentionKind.ACRONYM : MentionKind.NAME;
        out.add(new NameSpan(new Span(field, start, end), covered, type, kind, null, confidence, "model"));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PerceptronNameTagger(%s)", origin);
    }
}
