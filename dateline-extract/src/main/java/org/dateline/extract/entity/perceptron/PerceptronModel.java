package org.dateline.extract.entity.perceptron;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained perceptron name model: the averaged weights of every (feature row, label) pair in a table of
 * 2<sup>bits</sup> rows of {@value Tags#COUNT} labels, the gazetteer word lexicon its features read, and the two
 * constants that turn a decision margin into a confidence. Immutable and thread-safe.
 *
 * <h2>File format</h2>
 * A gzip stream of {@link DataOutputStream} values:
 * <pre>
 * int    magic 0x444C4E50 ("DLNP")      int    format version (1)
 * int    feature version                int    bits (log2 of the number of rows)
 * int    labels (17)                    UTF    label types, comma-separated ("PERSON,ORGANIZATION,LOCATION,MISC")
 * float  calibration slope a            float  calibration intercept b
 * UTF    about (how it was trained)     float  weight scale: a weight is its stored short times the scale
 * lexicon: int n, then n × (long word hash, short bits), hashes ascending
 * weights: int rows stored, then per row: varint row - previous row, varint 17-bit mask of non-zero labels,
 *          one short per set bit
 * int    magic again (end marker)
 * </pre>
 * Weights are 16-bit integers times one scale (the largest weight is 32767 scales), in the file as in memory, so a
 * model tags the same before and after a round trip.
 */
public final class PerceptronModel {

    static final int MAGIC = 0x444C4E50;
    static final int FORMAT = 1;
    static final String TYPES = "PERSON,ORGANIZATION,LOCATION,MISC";

    final int bits;
    /**
     * Row-major: the weight of label t for row r is {@code weights[r * Tags.COUNT + t] * scale}. Kept as 16-bit
     * integers, as stored: half the memory of floats, so more of the table stays in the processor's caches, and
     * scores are exact integer sums.
     */
    final short[] weights;
    final float scale;
    final WordLexicon lexicon;
    final float calibrationSlope;
    final float calibrationIntercept;
    private final String about;

    PerceptronModel(int bits, short[] weights, float scale, WordLexicon lexicon, float calibrationSlope,
            float calibrationIntercept, String about) {
        if (weights.length != (Tags.COUNT << bits)) {
            throw new IllegalArgumentException("weights must have " + (Tags.COUNT << bits) + " entries, got " + weights.length);
        }
        this.bits = bits;
        this.weights = weights;
        this.scale = scale;
        this.lexicon = lexicon;
        this.calibrationSlope = calibrationSlope;
        this.calibrationIntercept = calibrationIntercept;
        this.about = about;
    }

    /** The scale that maps the largest weight to the largest 16-bit integer. */
    static float scaleOf(float[] weights) {
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        return max == 0 ? 1 : max / Short.MAX_VALUE;
    }

    /** Weights as 16-bit multiples of {@code scale}, rounded to the nearest. */
    static short[] quantize(float[] weights, float scale) {
        short[] q = new short[weights.length];
        for (int i = 0; i < weights.length; i++) {
            q[i] = (short) Math.round(weights[i] / scale);
        }
        return q;
    }

    /** How the model was trained (options, corpora, counts), as the trainer wrote it. */
    public String about() {
        return about;
    }

    /** log2 of the number of feature rows. */
    public int bits() {
        return bits;
    }

    /** Number of non-zero weights. */
    public int nonZeroWeights() {
        int n = 0;
        for (short w : weights) {
            if (w != 0) {
                n++;
            }
        }
        return n;
    }

    /** A confidence in [0, 1] for a name whose weakest token won by {@code margin} (Platt scaling of the margin). */
    double confidence(float margin) {
        if (margin == Float.POSITIVE_INFINITY) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(-(calibrationSlope * margin + calibrationIntercept)));
    }

    /**
     * Labels the loaded sentence of {@code f} greedily from left to right, each word taking the best label that
     * BILOU allows after the previous one; fills {@code f.tags} and {@code f.margins} (best allowed score minus the
     * second best, infinite when only one label was allowed).
     */
    void decode(SentenceFeatures f) {
        int n = f.n;
        int[] scores = f.scores;
        int[] dyn = f.dynamic;
        int prev2 = Tags.START;
        int prev1 = Tags.START;
        for (int i = 0; i < n; i++) {
            Arrays.fill(scores, 0);
            add(weights, f.rows, i * SentenceFeatures.STATIC, SentenceFeatures.STATIC, scores);
            f.dynamicRows(f.word[i], f.shortShape[i], prev2, prev1, dyn);
            add(weights, dyn, 0, SentenceFeatures.DYNAMIC, scores);
            int allowed = Tags.allowed(prev1, i == n - 1);
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            int second = Integer.MIN_VALUE;
            for (int t = 0; t < Tags.COUNT; t++) {
                if ((allowed & (1 << t)) == 0) {
                    continue;
                }
                int s = scores[t];
                if (s > bestScore) {
                    second = bestScore;
                    bestScore = s;
                    best = t;
                } else if (s > second) {
                    second = s;
                }
            }
            f.tags[i] = best;
            f.margins[i] = second == Integer.MIN_VALUE ? Float.POSITIVE_INFINITY : (bestScore - second) * scale;
            prev2 = prev1;
            prev1 = best;
        }
    }

    /** Adds the weights of {@code count} rows to the label scores. */
    static void add(short[] weights, int[] rows, int from, int count, int[] scores) {
        for (int k = from, to = from + count; k < to; k++) {
            int base = rows[k] * Tags.COUNT;
            for (int t = 0; t < Tags.COUNT; t++) {
                scores[t] += weights[base + t];
            }
        }
    }

    /** Adds the weights of {@code count} rows to the label scores (training: weights as floats). */
    static void add(float[] weights, int[] rows, int from, int count, float[] scores) {
        for (int k = from, to = from + count; k < to; k++) {
            int base = rows[k] * Tags.COUNT;
            for (int t = 0; t < Tags.COUNT; t++) {
                scores[t] += weights[base + t];
            }
        }
    }

    // ---------------------------------------------------------------- file format

    /** Writes the model file (creating its folder). */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                write(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the perceptron name model to " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Writes the model to a stream (gzip; the stream is finished, not closed). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        d.writeInt(SentenceFeatures.VERSION);
        d.writeInt(bits);
        d.writeInt(Tags.COUNT);
        d.writeUTF(TYPES);
        d.writeFloat(calibrationSlope);
        d.writeFloat(calibrationIntercept);
        d.writeUTF(about);
        d.writeFloat(scale);
        lexicon.write(d);
        int rows = 1 << bits;
        int stored = 0;
        for (int r = 0; r < rows; r++) {
            if (mask(r) != 0) {
                stored++;
            }
        }
        d.writeInt(stored);
        int previous = 0;
        for (int r = 0; r < rows; r++) {
            int mask = mask(r);
            if (mask == 0) {
                continue;
            }
            writeVarInt(d, r - previous);
            writeVarInt(d, mask);
            for (int t = 0; t < Tags.COUNT; t++) {
                if ((mask & (1 << t)) != 0) {
                    d.writeShort(weights[r * Tags.COUNT + t]);
                }
            }
            previous = r;
        }
        d.writeInt(MAGIC);
        d.flush();
        gz.finish();
    }

    private int mask(int row) {
        int m = 0;
        for (int t = 0; t < Tags.COUNT; t++) {
            if (weights[row * Tags.COUNT + t] != 0) {
                m |= 1 << t;
            }
        }
        return m;
    }

    /**
     * Reads a model file.
     *
     * @param origin what the stream is ("file x.perceptron", "resource /org/..."), for the error message
     * @throws IllegalStateException naming {@code origin} when the stream is not a complete model of this version
     */
    static PerceptronModel read(InputStream in, String origin) {
        try {
            DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
            expect(d.readInt() == MAGIC, "no perceptron model header");
            int format = d.readInt();
            expect(format == FORMAT, "format version " + format + ", this code reads " + FORMAT);
            int features = d.readInt();
            expect(features == SentenceFeatures.VERSION, "feature version " + features + ", this code computes " + SentenceFeatures.VERSION);
            int bits = d.readInt();
            expect(bits >= 4 && bits <= 26, "feature space of 2^" + bits + " rows");
            int labels = d.readInt();
            String types = d.readUTF();
            expect(labels == Tags.COUNT && types.equals(TYPES), "labels " + labels + " of types " + types + ", not BILOU of " + TYPES);
            float slope = d.readFloat();
            float intercept = d.readFloat();
            String about = d.readUTF();
            float scale = d.readFloat();
            expect(scale > 0 && Float.isFinite(scale), "weight scale " + scale);
            WordLexicon lexicon = WordLexicon.read(d);
            int rows = 1 << bits;
            int stored = d.readInt();
            expect(stored >= 0 && stored <= rows, stored + " stored rows of " + rows);
            short[] weights = new short[Tags.COUNT << bits];
            int r = 0;
            for (int k = 0; k < stored; k++) {
                r += readVarInt(d);
                int mask = readVarInt(d);
                expect(r < rows && mask > 0 && mask < (1 << Tags.COUNT), "bad weight row " + r);
                for (int t = 0; t < Tags.COUNT; t++) {
                    if ((mask & (1 << t)) != 0) {
                        weights[r * Tags.COUNT + t] = d.readShort();
                    }
                }
            }
            expect(d.readInt() == MAGIC, "no end marker");
            return new PerceptronModel(bits, weights, scale, lexicon, slope, intercept, about);
        } catch (EOFException e) {
            throw corrupt(origin, "truncated", e);
        } catch (IOException | RuntimeException e) {
            throw corrupt(origin, e.getMessage(), e);
        }
    }

    private static IllegalStateException corrupt(String origin, String why, Exception cause) {
        return new IllegalStateException("perceptron name model " + origin + " is corrupt or not a Dateline perceptron model ("
                + why + ")", cause);
    }

    private static void expect(boolean ok, String what) throws IOException {
        if (!ok) {
            throw new IOException(what);
        }
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            d.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarInt(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad varint");
    }
}
