package org.dateline.extract.entity.model;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import org.dateline.extract.entity.NameShapes;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Trains the statistical name model from documents with gold names: each text is segmented with Dateline's own
 * {@link Segmenter} (so training sees the tokens the tagger will see), names are aligned to token boundaries, and
 * OpenNLP's name finder is trained on the sentences. Names that do not start and end on token boundaries are
 * dropped and counted (a possessive glued to a name's last token, "Lavrov's", is accepted: the tagger trims it).
 *
 * <p>Reading the corpora is the caller's part ({@code dateline train-ner} reads the uniform JSON Lines of
 * {@code shared/data}); which corpora and splits may be used is {@link TrainingCorpus}. Immutable and thread-safe.
 */
public final class NameModelTrainer {

    /** A gold name: UTF-16 offsets into its document's text, and its type (PERSON, ORGANIZATION, LOCATION or MISC). */
    public record Name(int start, int end, EntityType type) {
    }

    /** One training document. */
    public record Document(String id, String text, List<Name> names) {
        public Document {
            names = List.copyOf(names);
        }
    }

    /**
     * The documents of one corpus.
     *
     * @param copies how many times its sentences are given to the trainer (an integer weight: news corpora may count more)
     */
    public record Corpus(String name, List<Document> documents, int copies) {
        public Corpus {
            documents = List.copyOf(documents);
            if (copies < 1) {
                throw new IllegalArgumentException("copies must be at least 1, got " + copies + " for " + name);
            }
        }
    }

    /**
     * How to train.
     *
     * @param algorithm  OpenNLP trainer: PERCEPTRON or MAXENT
     * @param iterations training iterations
     * @param cutoff     features seen fewer times are left out (keeps the model small)
     * @param features   the feature generators
     * @param codec      "bio" or "bilou"
     * @param threads    threads for MAXENT (the perceptron uses one)
     */
    public record Options(String algorithm, int iterations, int cutoff, NameFeatures features, String codec, int threads) {

        /** The settings the shipped model was trained with. */
        public static Options standard() {
            return new Options("MAXENT", 100, 3, NameFeatures.AFFIXES, "bilou", 2);
        }
    }

    /** What was taken from one corpus. */
    public record CorpusStats(String corpus, int documents, int sentences, int tokens, int names, int dropped, List<String> droppedExamples) {
        public CorpusStats {
            droppedExamples = List.copyOf(droppedExamples);
        }
    }

    /** A trained model with what it was trained on. */
    public record Result(TokenNameFinderModel model, List<CorpusStats> stats, Options options, double seconds) {
        public Result {
            stats = List.copyOf(stats);
        }

        /** Writes the model file (OpenNLP's zip format, with its own manifest inside). */
        public void write(Path out) {
            try {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                try (OutputStream o = Files.newOutputStream(out)) {
                    model.serialize(o);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the name model to " + out + " (" + e.getMessage() + ")", e);
            }
        }
    }

    private static final int MAX_EXAMPLES = 12;

    private final Segmenter segmenter = new Segmenter();

    /** Training samples of one corpus, one per sentence, with the adaptive data cleared at each document. */
    public List<NameSample> samples(Corpus corpus, List<CorpusStats> statsOut) {
        List<NameSample> out = new ArrayList<>();
        int sentences = 0;
        int tokens = 0;
        int names = 0;
        int dropped = 0;
        List<String> examples = new ArrayList<>();
        for (Document doc : corpus.documents()) {
            List<Sentence> sent = segmenter.segment(doc.text(), Field.BODY).sentences();
            List<List<opennlp.tools.util.Span>> spans = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                spans.add(new ArrayList<>());
            }
            for (Name name : doc.names()) {
                int[] at = align(sent, doc.text(), name);
                if (at == null) {
                    dropped++;
                    if (examples.size() < MAX_EXAMPLES) {
                        examples.add(doc.id() + " '" + doc.text().substring(name.start(), name.end()) + "'");
                    }
                    continue;
                }
                List<opennlp.tools.util.Span> s = spans.get(at[0]);
                opennlp.tools.util.Span span = new opennlp.tools.util.Span(at[1], at[2], name.type().name());
                if (s.stream().anyMatch(o -> o.intersects(span))) {
                    dropped++; // nested or overlapping gold: a flat tagger learns the first one
                    continue;
                }
                s.add(span);
                names++;
            }
            boolean first = true;
            for (int i = 0; i < sent.size(); i++) {
                List<Token> toks = ModelTokens.of(sent.get(i).tokens());
                if (toks.isEmpty()) {
                    continue;
                }
                String[] words = toks.stream().map(Token::text).toArray(String[]::new);
                List<opennlp.tools.util.Span> s = spans.get(i);
                Collections.sort(s);
                out.add(new NameSample(words, s.toArray(new opennlp.tools.util.Span[0]), first));
                first = false;
                sentences++;
                tokens += words.length;
            }
        }
        statsOut.add(new CorpusStats(corpus.name(), corpus.documents().size(), sentences, tokens, names, dropped, examples));
        return out;
    }

    /** Trains a model on the corpora (each repeated {@code copies} times). */
    public Result train(List<Corpus> corpora, Options options) {
        long t0 = System.nanoTime();
        List<CorpusStats> stats = new ArrayList<>();
        List<NameSample> all = new ArrayList<>();
        for (Corpus c : corpora) {
            List<NameSample> s = samples(c, stats);
            for (int k = 0; k < c.copies(); k++) {
                all.addAll(s);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no training sentences in " + corpora.stream().map(Corpus::name).toList());
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, options.threads());
        SequenceCodec<String> codec = switch (options.codec()) {
            case "bio" -> new BioCodec();
            case "bilou" -> new BilouCodec();
            default -> throw new IllegalArgumentException("codec must be bio or bilou, got '" + options.codec() + "'");
        };
        try (ObjectStream<NameSample> samples = ObjectStreamUtils.createObjectStream(all)) {
            TokenNameFinderFactory factory = new TokenNameFinderFactory(options.features().descriptor(), Map.of(), codec);
            TokenNameFinderModel model = NameFinderME.train("en", null, samples, params, factory);
            return new Result(model, stats, options, (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("training the name model failed: " + e.getMessage(), e);
        }
    }

    /** {sentence index, first token, token after the last}, or null when the name does not fit the tokens. */
    static int[] align(List<Sentence> sentences, String text, Name name) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = ModelTokens.of(sentences.get(s).tokens());
            if (toks.isEmpty() || toks.get(toks.size() - 1).span().end() < name.start()) {
                continue;
            }
            int first = -1;
            for (int t = 0; t < toks.size(); t++) {
                Token tok = toks.get(t);
                if (first < 0) {
                    if (tok.span().start() == name.start()) {
                        first = t;
                    } else if (tok.span().start() > name.start()) {
                        return null;
                    }
                }
                if (first >= 0) {
                    int end = tok.span().end();
                    if (end == name.end() || end > name.end() && tok.span().start() < name.end()
                            && NameShapes.isPossessive(text.substring(name.end(), end))) {
                        return new int[] {s, first, t + 1};
                    }
                    if (end > name.end()) {
                        return null;
                    }
                }
            }
            return null; // runs past the sentence's end
        }
        return null;
    }
}
