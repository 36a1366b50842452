package org.dateline.extract.entity.perceptron;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dateline.extract.entity.NameShapes;
import org.dateline.extract.entity.model.NameModelTrainer;
import org.dateline.extract.entity.model.NameModelTrainer.Corpus;
import org.dateline.extract.entity.model.NameModelTrainer.CorpusStats;
import org.dateline.extract.entity.model.NameModelTrainer.Document;
import org.dateline.extract.entity.model.NameModelTrainer.Name;
import org.dateline.extract.entity.model.TrainingCorpus;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.Sentence;

/**
 * Trains the perceptron name model from documents with gold names, the same {@link Corpus} records the OpenNLP
 * trainer ({@link NameModelTrainer}) reads: each text is segmented with Dateline's own {@link Segmenter}, a possessive
 * ending is split off (as when tagging), names are aligned to word boundaries and written as BILOU labels. Names that
 * do not start and end on word boundaries, or overlap an earlier one, are dropped and counted.
 *
 * <p>Training is the averaged perceptron (Collins 2002), one word at a time as the tagger decodes: sentences in a
 * shuffled order (a fixed seed, reshuffled every epoch), each word's best label computed with the gold labels of
 * the two words before it as history, and on a wrong label the weights of the word's features move toward the gold
 * label and away from the predicted one. (Training on the model's own predicted history, with or without the BILOU
 * constraints, a small beam at tagging time, and dropping features at random were all measured on the dev splits:
 * none did better, see {@code perceptron.md}.) The final weights
 * are the average over every step, which is what makes a perceptron generalise; the average is kept exactly with
 * the usual trick of a second accumulator ({@code w − u / c}). The same input and options give the same model file,
 * byte for byte.
 *
 * <p>Optional calibration documents (dev splits that are not trained on) fit the two constants that turn a name's
 * decision margin into a confidence (Platt scaling); without them the training sentences are used. Immutable and
 * thread-safe.
 */
public final class PerceptronTrainer {

    /**
     * How to train.
     *
     * @param epochs passes over the training sentences
     * @param bits   log2 of the rows of the hashed feature table (each row holds one weight per label)
     * @param seed   seed of the shuffles
     */
    public record Options(int epochs, int bits, long seed) {

        public Options {
            if (epochs < 1 || bits < 4 || bits > 26) {
                throw new IllegalArgumentException("epochs must be at least 1 and bits between 4 and 26, got " + epochs + ", " + bits);
            }
        }

        /** The settings the shipped model was trained with. */
        public static Options standard() {
            return new Options(10, 20, 42);
        }
    }

    /** A trained model with what it was trained on. */
    public record Result(PerceptronModel model, List<CorpusStats> stats, Options options, double seconds) {
        public Result {
            stats = List.copyOf(stats);
        }
    }

    /** One sentence ready for training: feature rows, the hashes the history features read, gold labels, offsets. */
    private record Example(int[] rows, long[] word, long[] shortShape, int[] gold, int[] start, int[] end) {
    }

    private static final int MAX_EXAMPLES = 12;

    private final Segmenter segmenter = new Segmenter();

    /** Trains on the corpora (each repeated {@code copies} times); calibrates the confidence on the training sentences. */
    public Result train(List<Corpus> corpora, Options options) {
        return train(corpora, List.of(), options);
    }

    /**
     * Trains on the corpora (each repeated {@code copies} times) and calibrates the confidence on {@code calibration}
     * (documents not trained on; the training sentences when empty).
     */
    public Result train(List<Corpus> corpora, List<Document> calibration, Options options) {
        long t0 = System.nanoTime();
        WordLexicon lexicon = WordLexicon.fromGazetteer();
        SentenceFeatures f = new SentenceFeatures(options.bits(), lexicon);
        List<CorpusStats> stats = new ArrayList<>();
        List<Example> all = new ArrayList<>();
        List<Example> unique = new ArrayList<>();
        for (Corpus c : corpora) {
            List<Example> s = examples(c.name(), c.documents(), f, stats);
            unique.addAll(s);
            for (int k = 0; k < c.copies(); k++) {
                all.addAll(s);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no training sentences in " + corpora.stream().map(Corpus::name).toList());
        }
        float[] weights = averagedPerceptron(all, f, options);
        float scale = PerceptronModel.scaleOf(weights);
        short[] quantized = PerceptronModel.quantize(weights, scale);
        List<Example> held = calibration.isEmpty() ? unique : examples("calibration", calibration, f, new ArrayList<>());
        PerceptronModel unscaled = new PerceptronModel(options.bits(), quantized, scale, lexicon, 1, 0, "");
        double[] platt = calibrate(unscaled, held, f);
        StringBuilder about = new StringBuilder();
        about.append("averaged perceptron, greedy BILOU; epochs=").append(options.epochs()).append(" bits=").append(options.bits())
                .append(" seed=").append(options.seed()).append(" features=").append(SentenceFeatures.VERSION).append('\n');
        for (int i = 0; i < corpora.size(); i++) {
            CorpusStats s = stats.get(i);
            about.append(String.format(Locale.ROOT, "%s x%d: %d documents, %d sentences, %d tokens, %d names, %d dropped\n",
                    s.corpus(), corpora.get(i).copies(), s.documents(), s.sentences(), s.tokens(), s.names(), s.dropped()));
        }
        about.append(String.format(Locale.ROOT, "confidence = 1 / (1 + exp(-(%.4f * margin + %.4f))), fitted on %d %s sentences",
                platt[0], platt[1], held.size(), calibration.isEmpty() ? "training" : "held-out"));
        PerceptronModel model = new PerceptronModel(options.bits(), quantized, scale, lexicon, (float) platt[0], (float) platt[1],
                about.toString());
        return new Result(model, stats, options, (System.nanoTime() - t0) / 1e9);
    }

    private static float[] averagedPerceptron(List<Example> examples, SentenceFeatures f, Options options) {
        int size = Tags.COUNT << options.bits();
        float[] w = new float[size];
        double[] u = new double[size]; // sum of (step × change): the average is w − u / steps
        long step = 1;
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(options.seed());
        float[] scores = new float[Tags.COUNT];
        int[] dyn = new int[SentenceFeatures.DYNAMIC];
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) { // Fisher-Yates, from the seeded generator
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int index : order) {
                Example ex = examples.get(index);
                int prev2 = Tags.START;
                int prev1 = Tags.START;
                for (int i = 0; i < ex.gold.length; i++) {
                    Arrays.fill(scores, 0f);
                    PerceptronModel.add(w, ex.rows, i * SentenceFeatures.STATIC, SentenceFeatures.STATIC, scores);
                    f.dynamicRows(ex.word[i], ex.shortShape[i], prev2, prev1, dyn);
                    PerceptronModel.add(w, dyn, 0, SentenceFeatures.DYNAMIC, scores);
                    int guess = 0;
                    for (int t = 1; t < Tags.COUNT; t++) {
                        if (scores[t] > scores[guess]) {
                            guess = t;
                        }
                    }
                    int gold = ex.gold[i];
                    if (guess != gold) {
                        update(w, u, ex.rows, i * SentenceFeatures.STATIC, SentenceFeatures.STATIC, gold, guess, step);
                        update(w, u, dyn, 0, SentenceFeatures.DYNAMIC, gold, guess, step);
                    }
                    step++;
                    prev2 = prev1;
                    prev1 = gold; // the history is the gold labels (measured on dev: better than the predicted ones)
                }
            }
        }
        for (int k = 0; k < size; k++) {
            w[k] = (float) (w[k] - u[k] / step);
        }
        return w;
    }

    private static void update(float[] w, double[] u, int[] rows, int from, int count, int gold, int guess, long step) {
        for (int k = from; k < from + count; k++) {
            int base = rows[k] * Tags.COUNT;
            w[base + gold] += 1;
            u[base + gold] += step;
            w[base + guess] -= 1;
            u[base + guess] -= step;
        }
    }

    /**
     * Fits a and b of confidence = 1 / (1 + e^-(a·margin + b)) to whether each name the model finds in the examples
     * is exactly a gold name (logistic regression on one variable, by Newton's method).
     */
    private static double[] calibrate(PerceptronModel model, List<Example> examples, SentenceFeatures f) {
        List<double[]> points = new ArrayList<>(); // {margin, right}
        for (Example ex : examples) {
            f.n = ex.gold.length; // every example was loaded through f, so its arrays are long enough
            System.arraycopy(ex.rows, 0, f.rows, 0, ex.rows.length);
            System.arraycopy(ex.word, 0, f.word, 0, f.n);
            System.arraycopy(ex.shortShape, 0, f.shortShape, 0, f.n);
            model.decode(f);
            for (int i = 0; i < f.n; i++) {
                if (f.tags[i] == Tags.O) {
                    continue;
                }
                int first = i;
                float margin = f.margins[i];
                while (Tags.open(f.tags[i]) && i + 1 < f.n) {
                    i++;
                    margin = Math.min(margin, f.margins[i]);
                }
                boolean right = true;
                for (int k = first; k <= i; k++) {
                    right &= ex.gold[k] == f.tags[k];
                }
                right &= i + 1 >= f.n || !Tags.open(ex.gold[i]) && (ex.gold[i + 1] == Tags.O || !continues(ex.gold[i + 1]));
                points.add(new double[] {margin, right ? 1 : 0});
            }
        }
        double a = 0;
        double b = 0;
        for (int iteration = 0; iteration < 100 && !points.isEmpty(); iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-6;
            double hab = 0;
            double hbb = 1e-6;
            for (double[] p : points) {
                double q = 1 / (1 + Math.exp(-(a * p[0] + b)));
                double r = q - p[1];
                double v = q * (1 - q);
                ga += r * p[0];
                gb += r;
                haa += v * p[0] * p[0];
                hab += v * p[0];
                hbb += v;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {Math.max(a, 1e-6), b};
    }

    private static boolean continues(int tag) {
        return tag != Tags.O && (Tags.part(tag) == Tags.I || Tags.part(tag) == Tags.L);
    }

    /** The training sentences of some documents, with gold labels; counts go to {@code statsOut}. */
    private List<Example> examples(String corpus, List<Document> documents, SentenceFeatures f, List<CorpusStats> statsOut) {
        List<Example> out = new ArrayList<>();
        int sentences = 0;
        int tokens = 0;
        int names = 0;
        int dropped = 0;
        List<String> dropExamples = new ArrayList<>();
        for (Document doc : documents) {
            String text = doc.text();
            List<Sentence> sent = segmenter.segment(text, Field.BODY).sentences();
            List<Example> docExamples = new ArrayList<>();
            f.beginDocument(text, sent);
            for (Sentence s : sent) {
                int n = f.load(text, s.tokens());
                if (n == 0) {
                    continue;
                }
                int[] gold = new int[n];
                docExamples.add(new Example(Arrays.copyOf(f.rows, n * SentenceFeatures.STATIC),
                        Arrays.copyOf(f.word, n), Arrays.copyOf(f.shortShape, n), gold,
                        Arrays.copyOf(f.start, n), Arrays.copyOf(f.end, n)));
            }
            for (Name name : doc.names()) {
                int type = Tags.typeIndex(name.type());
                if (type < 0) {
                    continue;
                }
                if (!place(docExamples, text, name, type)) {
                    dropped++;
                    if (dropExamples.size() < MAX_EXAMPLES) {
                        dropExamples.add(doc.id() + " '" + text.substring(name.start(), name.end()) + "'");
                    }
                    continue;
                }
                names++;
            }
            for (Example ex : docExamples) {
                out.add(ex);
                sentences++;
                tokens += ex.gold.length;
            }
        }
        statsOut.add(new CorpusStats(corpus, documents.size(), sentences, tokens, names, dropped, dropExamples));
        return out;
    }

    /**
     * Writes the labels of a gold name into the sentence that holds it; false when it does not start and end on word
     * boundaries (a possessive glued to its last word, "Jones'", is accepted) or overlaps a name placed before.
     */
    private static boolean place(List<Example> sentences, String text, Name name, int type) {
        for (Example ex : sentences) {
            int n = ex.gold.length;
            if (ex.end[n - 1] < name.start()) {
                continue;
            }
            int first = -1;
            for (int t = 0; t < n; t++) {
                if (first < 0) {
                    if (ex.start[t] == name.start()) {
                        first = t;
                    } else if (ex.start[t] > name.start()) {
                        return false;
                    }
                }
                if (first >= 0) {
                    int end = ex.end[t];
                    if (end == name.end() || end > name.end() && ex.start[t] < name.end()
                            && NameShapes.isPossessive(text.substring(name.end(), end))) {
                        for (int k = first; k <= t; k++) {
                            if (ex.gold[k] != Tags.O) {
                                return false; // nested or overlapping gold: a flat tagger learns the first one
                            }
                        }
                        Tags.encode(ex.gold, first, t + 1, type);
                        return true;
                    }
                    if (end > name.end()) {
                        return false;
                    }
                }
            }
            return false; // runs past the sentence's end
        }
        return false;
    }


    /** The corpora of the shipped model, with their weights (copies), as for {@code train-ner}. */
    public static final String STANDARD_CORPORA = "re3d:2,gum:2,wikigold,redocred,crossner,btc,sec_filings,litbank,wnut17";
    /** The dev splits the confidence of the shipped model is calibrated on (not trained on). */
    public static final String STANDARD_CALIBRATION = "gum,re3d";
}
