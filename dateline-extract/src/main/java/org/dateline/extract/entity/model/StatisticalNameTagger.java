package org.dateline.extract.entity.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.dateline.extract.entity.NameShapes;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.NameTagger;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.Token;

/**
 * Names found by a statistical model: Apache OpenNLP's maximum-entropy/perceptron name finder, trained on openly
 * licensed corpora (see {@code ner-en.md} beside the model) with the tokens of Dateline's own segmenter, typed PERSON,
 * ORGANIZATION, LOCATION or MISC. Each name carries the model's probability as its confidence and the source
 * {@code "model"}; an all-capital single word or dotted abbreviation ("NATO", "U.S.") is an {@link MentionKind#ACRONYM}.
 *
 * <pre>{@code
 * NameTagger model = StatisticalNameTagger.standard();   // loaded once, on first use
 * List<NameSpan> names = model.tag(text, Field.BODY, segmenter.segment(text, Field.BODY).sentences());
 * }</pre>
 *
 * <p>Immutable and thread-safe. OpenNLP's {@link NameFinderME} keeps per-document state and is not thread-safe, so
 * each thread keeps its own finder (building one parses the feature descriptor: about as costly as tagging a short
 * article, measured in the model's README).
 */
public final class StatisticalNameTagger implements NameTagger {

    /** The shipped model, a classpath resource. */
    public static final String RESOURCE = "/org/dateline/extract/entity/model/ner-en.bin";

    /** The types the model must know. */
    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private static volatile StatisticalNameTagger standard;

    private final TokenNameFinderModel model;
    private final String origin;
    private final ThreadLocal<NameFinderME> finders;

    private StatisticalNameTagger(TokenNameFinderModel model, String origin) {
        this.model = model;
        this.origin = origin;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /**
     * The tagger with the shipped model, loaded on first use and shared.
     *
     * @throws IllegalStateException naming the resource when it is missing or not a name model
     */
    public static StatisticalNameTagger standard() {
        StatisticalNameTagger s = standard;
        if (s == null) {
            synchronized (StatisticalNameTagger.class) {
                s = standard;
                if (s == null) {
                    try (InputStream in = StatisticalNameTagger.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("name model resource " + RESOURCE + " is missing from the classpath");
                        }
                        s = read(in, "resource " + RESOURCE);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read name model resource " + RESOURCE + ": " + e.getMessage(), e);
                    }
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * A tagger with a model file (for measuring a newly trained model before it replaces the shipped one).
     *
     * @throws IllegalStateException naming the file when it cannot be read or is not a name model
     */
    public static StatisticalNameTagger load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, "file " + file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read name model file " + file + ": " + e.getMessage(), e);
        }
    }

    private static StatisticalNameTagger read(InputStream in, String origin) {
        TokenNameFinderModel model;
        try {
            model = new TokenNameFinderModel(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("name model " + origin + " is corrupt or not an OpenNLP name model ("
                    + e.getMessage() + ")", e);
        }
        Set<String> outcomes = new java.util.HashSet<>();
        var ml = model.getNameFinderSequenceModel();
        for (String o : ml.getOutcomes()) {
            int dash = o.lastIndexOf('-');
            if (dash > 0) {
                outcomes.add(o.substring(0, dash));
            }
        }
        if (!outcomes.containsAll(TYPES)) {
            throw new IllegalStateException("name model " + origin + " knows the types " + outcomes + ", not " + TYPES);
        }
        return new StatisticalNameTagger(model, origin);
    }

    /** Where the model came from ("resource /org/...", "file ..."), for messages. */
    public String origin() {
        return origin;
    }

    @Override
    public List<NameSpan> tag(String text, Field field, List<Sentence> sentences) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData(); // the previous-decision feature must not reach across documents
        List<NameSpan> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = ModelTokens.of(sentence.tokens());
            if (tokens.isEmpty()) {
                continue;
            }
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).text();
            }
            opennlp.tools.util.Span[] found = finder.find(words);
            double[] probs = finder.probs(found);
            for (int k = 0; k < found.length; k++) {
                opennlp.tools.util.Span f = found[k];
                EntityType type = type(f.getType());
                if (type == null) {
                    continue;
                }
                int first = f.getStart();
                int last = f.getEnd() - 1;
                // News style writes "the United States", "the Minister": the article is not part of the name.
                while (first < last && NameShapes.isDeterminer(tokens.get(first).text(), 0, tokens.get(first).text().length())) {
                    first++;
                }
                // A name does not end on a lower-case word: "Syrian territory" is a demonym and a noun.
                while (last > first && Character.isLowerCase(tokens.get(last).text().charAt(0))) {
                    last--;
                }
                if (!Character.isLetterOrDigit(tokens.get(first).text().charAt(0))) {
                    continue;
                }
                int start = tokens.get(first).span().start();
                int end = tokens.get(last).span().end();
                end = NameShapes.withoutPossessive(text, start, end);
                if (end <= start) {
                    continue;
                }
                String covered = text.substring(start, end);
                MentionKind kind = first == last && NameShapes.isAcronym(covered) && !allCaps(tokens) ? MentionKind.ACRONYM : MentionKind.NAME;
                out.add(new NameSpan(new Span(field, start, end), covered, type, kind, null, probs[k], "model"));
            }
        }
        return out;
    }

    private static EntityType type(String t) {
        return switch (t == null ? "" : t) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    /** A headline or label written in capitals: its words are not acronyms ("ROME, 11 December."). */
    private static boolean allCaps(List<Token> tokens) {
        int upper = 0;
        int words = 0;
        for (Token t : tokens) {
            if (Character.isLetter(t.text().charAt(0))) {
                words++;
                if (t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return words >= 3 && upper * 2 > words;
    }
}
