package org.dateline.store;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What near-duplicate detection compares: the set of word 3-shingles of an article's text (lower case, accents and
 * punctuation dropped, so that "U.S." and "US", or a re-punctuated sentence, still match), summarised by a MinHash
 * signature of {@value #HASHES} values, and cut into {@value #BANDS} locality-sensitive bands of {@value #ROWS}
 * values each. Two texts whose shingle sets have Jaccard similarity J share at least one band with probability
 * 1 - (1 - J^5)^24: 0.9996 at J = 0.8, 0.53 at J = 0.5, 0.06 at J = 0.3; candidates found that way are then
 * compared exactly ({@link #jaccard}) when their signatures estimate a similarity near enough
 * ({@link #estimatedJaccard}: the share of equal values, standard error about 0.04 at 0.8).
 *
 * <p>The headline is left out: a republished wire story often gets a new one. Immutable and thread-safe.
 */
public final class Fingerprint {

    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 3;
    public static final int BANDS = 24;
    public static final int ROWS = 5;
    public static final int HASHES = BANDS * ROWS;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    private final long[] shingles;
    private final int[] minHashes;
    private List<String> bands; // computed once, when asked

    private Fingerprint(long[] shingles, int[] minHashes) {
        this.shingles = shingles;
        this.minHashes = minHashes;
    }

    /** The fingerprint of an article's body text. */
    public static Fingerprint of(String text) {
        long[] shingles = shingles(text);
        int[] min = new int[HASHES];
        Arrays.fill(min, -1); // unsigned maximum
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (Integer.compareUnsigned(h, min[i]) < 0) {
                    min[i] = h;
                }
            }
        }
        return new Fingerprint(shingles, min);
    }

    /** The exact Jaccard similarity of this fingerprint's text and another text (whose MinHash is not needed). */
    public double jaccard(String otherText) {
        return jaccard(shingles, shingles(otherText));
    }

    /** The exact Jaccard similarity of two texts' shingle sets: 1 for the same words, 0 for nothing in common. */
    public double jaccard(Fingerprint other) {
        return jaccard(shingles, other.shingles);
    }

    private static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** The share of equal MinHash values: an estimate of {@link #jaccard} from the signatures alone. */
    public double estimatedJaccard(Fingerprint other) {
        return estimatedJaccard(other.minHashes);
    }

    /** The same, against a signature read back with {@link #signatureOf}. */
    public double estimatedJaccard(int[] otherSignature) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minHashes[i] == otherSignature[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** The locality-sensitive band keys ("07:3fa9c1d2e4b5a697"): texts that share one are candidates. */
    public List<String> bands() {
        if (bands == null) {
            bands = bands(minHashes);
        }
        return bands;
    }

    /** The band keys of a signature stored as {@link #signatureBytes}. */
    public static List<String> bandsOf(byte[] signatureBytes) {
        return bands(signatureOf(signatureBytes));
    }

    private static List<String> bands(int[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        long[] hashes = bandHashes(signature);
        for (int b = 0; b < BANDS; b++) {
            keys.add((b < 10 ? "0" : "") + b + ":" + HexFormat.of().toHexDigits(hashes[b]));
        }
        return keys;
    }

    /** The band keys as 64-bit hashes (never 0), for in-memory indexes. */
    long[] bandHashes() {
        return bandHashes(minHashes);
    }

    static long[] bandHashes(int[] signature) {
        long[] hashes = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            hashes[b] = h == 0 ? 1 : h;
        }
        return hashes;
    }

    /** The signature as bytes, for storage. */
    public byte[] signatureBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int h : minHashes) {
            buffer.putInt(h);
        }
        return buffer.array();
    }

    /** A signature read back from {@link #signatureBytes}. */
    public static int[] signatureOf(byte[] bytes) {
        if (bytes.length != HASHES * Integer.BYTES) {
            throw new IllegalArgumentException("a signature has " + HASHES * Integer.BYTES + " bytes, not " + bytes.length);
        }
        int[] signature = new int[HASHES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }

    /** How many distinct shingles the text has. */
    public int size() {
        return shingles.length;
    }

    /** The sorted, distinct 64-bit hashes of the text's word shingles (the words themselves when fewer than three). */
    private static long[] shingles(String text) {
        List<String> words = words(text);
        int n = words.size() < SHINGLE_WORDS ? (words.isEmpty() ? 0 : 1) : words.size() - SHINGLE_WORDS + 1;
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x84222325CBF29CE4L;
            for (int w = i; w < Math.min(words.size(), i + SHINGLE_WORDS); w++) {
                h = mix(h ^ words.get(w).hashCode() ^ ((long) words.get(w).length() << 40));
            }
            hashes[i] = h;
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    private static List<String> words(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace(".", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The SplitMix64 finalizer: a fast, well-mixed 64-bit hash step. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
