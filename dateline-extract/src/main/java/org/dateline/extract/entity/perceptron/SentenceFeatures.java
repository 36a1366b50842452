package org.dateline.extract.entity.perceptron;

import java.util.Arrays;
import java.util.List;
import org.dateline.extract.entity.NameShapes;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * The features of one sentence, computed once per sentence into reusable arrays: every word's hashes (lower-cased
 * form, form as written, shape, short shape, prefixes and suffixes), its gazetteer bits, and the weight row of each of
 * its {@value #STATIC} history-free features. Only the {@value #DYNAMIC} features that read the previous labels are
 * computed while decoding.
 *
 * <p>Nothing here builds a string: words are read as characters of the text between token offsets and hashed with
 * FNV-1a and a 64-bit finaliser; a feature is its template number mixed with its value's hash, and the top
 * {@code bits} bits of that are its row in the weight table (hashing trick: no feature dictionary, collisions are
 * rare and harmless). One instance per thread; arrays grow with the longest sentence seen and are then reused, so
 * tagging allocates nothing per token.
 *
 * <p>The words are the segmenter's tokens with a possessive ending split off ("NATO's" → "NATO", "'s"), as
 * {@code org.dateline.extract.entity.model.ModelTokens} does for the OpenNLP model, so that a name reads the same with
 * or without it.
 */
final class SentenceFeatures {

    /** Changes whenever a feature's definition changes; a model of another feature version is refused. */
    static final int VERSION = 1;
    /** History-free features per word. */
    static final int STATIC = 30;
    /** Features that read the previous one or two labels. */
    static final int DYNAMIC = 4;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long PAIR = 0x2545F4914F6CDD1DL;
    private static final long BOS = 0x5bd1e9955bd1e995L;
    private static final long EOS = 0x27d4eb2f165667c5L;

    private final int shift;
    private final WordLexicon lexicon;

    /** Words in the sentence. */
    int n;
    /** Offsets of each word in the text. */
    int[] start = new int[64];
    int[] end = new int[64];
    /** Hash of the lower-cased word, of the word as written, of its shape ("Xxxx", "dd.dd") and short shape ("Xx"). */
    long[] word = new long[64];
    long[] cased = new long[64];
    long[] shape = new long[64];
    long[] shortShape = new long[64];
    long[] prefixes = new long[64 * 4];
    long[] suffixes = new long[64 * 4];
    /** Gazetteer bits * 2 + 1 when the word starts with a capital. */
    int[] gazetteer = new int[64];
    /** Whether the word starts with a letter, and whether it is longer than one character with no lower-case letter. */
    boolean[] letter = new boolean[64];
    boolean[] upper = new boolean[64];
    /** Whether the sentence is a headline or label in capitals (most of three or more words). */
    boolean allCaps;
    /** Weight rows of the history-free features, {@value #STATIC} per word. */
    int[] rows = new int[64 * STATIC];

    /** Decoder output: each word's label, and how far its score was ahead of the best other allowed label. */
    int[] tags = new int[64];
    float[] margins = new float[64];
    /** Decoder work space. */
    final int[] scores = new int[Tags.COUNT];
    final int[] dynamic = new int[DYNAMIC];

    SentenceFeatures(int bits, WordLexicon lexicon) {
        this.shift = 64 - bits;
        this.lexicon = lexicon;
    }

    // Document evidence: per lower-cased word, WRITTEN_CAPITALISED when the document writes it with a capital other than
    // at a sentence's start, WRITTEN_LOWER when it writes it in lower case. Open addressing, cleared per document.
    private static final int WRITTEN_CAPITALISED = 1;
    private static final int WRITTEN_LOWER = 2;
    private long[] docKeys = new long[256];
    private int[] docBits = new int[256];
    private int docSize;

    /** Reads what the document as a whole says about its words (how it writes them); call before its sentences. */
    void beginDocument(String text, List<Sentence> sentences) {
        if (docSize > 0) {
            Arrays.fill(docKeys, 0);
            docSize = 0;
        }
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int t = 0, size = tokens.size(); t < size; t++) {
                Token token = tokens.get(t);
                int s = token.span().start();
                int e = token.span().end();
                if (e <= s) {
                    continue;
                }
                char c = text.charAt(s);
                int bit = Character.isUpperCase(c) ? (t == 0 ? 0 : WRITTEN_CAPITALISED) : Character.isLowerCase(c) ? WRITTEN_LOWER : 0;
                if (bit == 0) {
                    continue;
                }
                int cut = NameShapes.possessiveStart(text, s, e);
                remember(lowerHash(text, s, cut < 0 ? e : cut), bit);
            }
        }
    }

    private void remember(long key, int bit) {
        key = key == 0 ? 1 : key;
        if (docSize * 2 >= docKeys.length) {
            long[] keys = docKeys;
            int[] bits = docBits;
            docKeys = new long[keys.length * 2];
            docBits = new int[keys.length * 2];
            docSize = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    remember(keys[i], bits[i]);
                }
            }
        }
        int mask = docKeys.length - 1;
        for (int i = (int) (key ^ (key >>> 29)) & mask; ; i = (i + 1) & mask) {
            if (docKeys[i] == key) {
                docBits[i] |= bit;
                return;
            }
            if (docKeys[i] == 0) {
                docKeys[i] = key;
                docBits[i] = bit;
                docSize++;
                return;
            }
        }
    }

    private int evidence(long key) {
        key = key == 0 ? 1 : key;
        int mask = docKeys.length - 1;
        for (int i = (int) (key ^ (key >>> 29)) & mask; ; i = (i + 1) & mask) {
            if (docKeys[i] == key) {
                return docBits[i];
            }
            if (docKeys[i] == 0) {
                return 0;
            }
        }
    }

    /** Loads a sentence of {@code text} and computes its features; returns the number of words. */
    int load(String text, List<Token> tokens) {
        n = 0;
        for (int t = 0, size = tokens.size(); t < size; t++) {
            Token token = tokens.get(t);
            int s = token.span().start();
            int e = token.span().end();
            if (e <= s) {
                continue;
            }
            int cut = NameShapes.possessiveStart(text, s, e);
            if (cut < 0) {
                add(s, e);
            } else {
                add(s, cut);
                add(cut, e);
            }
        }
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < n; i++) {
            describe(text, i);
            if (letter[i]) {
                words++;
                if (upper[i]) {
                    capitals++;
                }
            }
        }
        allCaps = words >= 3 && capitals * 2 > words;
        if (rows.length < n * STATIC) {
            rows = new int[Math.max(n, rows.length / STATIC * 2) * STATIC];
        }
        for (int i = 0; i < n; i++) {
            staticRows(i);
        }
        return n;
    }

    private void add(int s, int e) {
        if (n == start.length) {
            int c = n * 2;
            start = Arrays.copyOf(start, c);
            end = Arrays.copyOf(end, c);
            word = Arrays.copyOf(word, c);
            cased = Arrays.copyOf(cased, c);
            shape = Arrays.copyOf(shape, c);
            shortShape = Arrays.copyOf(shortShape, c);
            prefixes = Arrays.copyOf(prefixes, c * 4);
            suffixes = Arrays.copyOf(suffixes, c * 4);
            gazetteer = Arrays.copyOf(gazetteer, c);
            letter = Arrays.copyOf(letter, c);
            upper = Arrays.copyOf(upper, c);
            tags = Arrays.copyOf(tags, c);
            margins = Arrays.copyOf(margins, c);
        }
        start[n] = s;
        end[n] = e;
        n++;
    }

    /** The hashes and flags of word {@code i}. */
    private void describe(String text, int i) {
        int s = start[i];
        int e = end[i];
        long lower = FNV_OFFSET;
        long asWritten = FNV_OFFSET;
        long longShape = FNV_OFFSET;
        long short_ = FNV_OFFSET;
        int lastClass = -1;
        int run = 0;
        boolean hasLower = false;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            char lc = Character.toLowerCase(c);
            lower = (lower ^ lc) * FNV_PRIME;
            asWritten = (asWritten ^ c) * FNV_PRIME;
            int cls;
            if (Character.isUpperCase(c)) {
                cls = 'X';
            } else if (Character.isLowerCase(c)) {
                cls = 'x';
                hasLower = true;
            } else if (Character.isDigit(c)) {
                cls = 'd';
            } else if (Character.isLetter(c)) {
                cls = 'a';
            } else {
                cls = c;
            }
            run = cls == lastClass ? run + 1 : 1;
            if (run <= 4) {
                longShape = (longShape ^ cls) * FNV_PRIME;
            }
            if (run == 1) {
                short_ = (short_ ^ cls) * FNV_PRIME;
            }
            lastClass = cls;
            int p = k - s;
            if (p < 4) {
                prefixes[i * 4 + p] = mix(lower);
            }
        }
        for (int p = e - s; p < 4; p++) {
            prefixes[i * 4 + p] = prefixes[i * 4 + p - 1]; // a short word is its own longer prefix
        }
        long suffix = FNV_OFFSET ^ GOLDEN;
        for (int p = 0; p < 4; p++) {
            if (e - 1 - p >= s) {
                suffix = (suffix ^ Character.toLowerCase(text.charAt(e - 1 - p))) * FNV_PRIME;
            }
            suffixes[i * 4 + p] = mix(suffix);
        }
        word[i] = mix(lower);
        cased[i] = mix(asWritten);
        shape[i] = mix(longShape);
        shortShape[i] = mix(short_);
        char first = text.charAt(s);
        letter[i] = Character.isLetter(first);
        upper[i] = e - s > 1 && !hasLower;
        boolean capital = Character.isUpperCase(first);
        gazetteer[i] = lexicon.bits(word[i]) * 2 + (capital ? 1 : 0);
    }

    /** The 64-bit hash of {@code s[from, to)} lower-cased, as words are hashed here. */
    static long lowerHash(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int k = from; k < to; k++) {
            h = (h ^ Character.toLowerCase(s.charAt(k))) * FNV_PRIME;
        }
        return mix(h);
    }

    private long wordAt(int i) {
        return i < 0 ? BOS : i >= n ? EOS : word[i];
    }

    private long shortShapeAt(int i) {
        return i < 0 ? BOS : i >= n ? EOS : shortShape[i];
    }

    private long gazetteerAt(int i) {
        return i < 0 ? BOS : i >= n ? EOS : gazetteer[i];
    }

    private void staticRows(int i) {
        int o = i * STATIC;
        long w0 = word[i];
        long wm1 = wordAt(i - 1);
        long wp1 = wordAt(i + 1);
        long ss0 = shortShape[i];
        long ssm1 = shortShapeAt(i - 1);
        long ssp1 = shortShapeAt(i + 1);
        int[] r = rows;
        r[o] = row(0, 0);
        r[o + 1] = row(1, w0);
        r[o + 2] = row(2, wm1);
        r[o + 3] = row(3, wordAt(i - 2));
        r[o + 4] = row(4, wp1);
        r[o + 5] = row(5, wordAt(i + 2));
        r[o + 6] = row(6, shape[i]);
        r[o + 7] = row(7, ssm1);
        r[o + 8] = row(8, shortShapeAt(i - 2));
        r[o + 9] = row(9, ssp1);
        r[o + 10] = row(10, shortShapeAt(i + 2));
        for (int p = 0; p < 4; p++) {
            r[o + 11 + p] = row(11 + p, prefixes[i * 4 + p]);
            r[o + 15 + p] = row(15 + p, suffixes[i * 4 + p]);
        }
        r[o + 19] = row(19, pair(wm1, w0));
        r[o + 20] = row(20, pair(w0, wp1));
        r[o + 21] = row(21, pair(pair(ssm1, ss0), ssp1));
        r[o + 22] = row(22, pair(ss0, (i == 0 ? 1 : 0) + (allCaps ? 2 : 0)));
        r[o + 23] = row(23, gazetteer[i]);
        r[o + 24] = row(24, gazetteerAt(i - 1));
        r[o + 25] = row(25, gazetteerAt(i + 1));
        r[o + 26] = row(26, cased[i]);
        r[o + 27] = row(27, pair(wm1, ss0));
        r[o + 28] = row(28, pair(ss0, wp1));
        r[o + 29] = row(29, evidence(w0) * 4 + (gazetteer[i] & 1) * 2 + (i == 0 ? 1 : 0));
    }

    /**
     * The rows of the history features of a word with lower-cased hash {@code w0} and short shape {@code ss0}, after
     * labels {@code prev2} and {@code prev1} ({@link Tags#START} before the sentence), into {@code out[0, DYNAMIC)}.
     */
    void dynamicRows(long w0, long ss0, int prev2, int prev1, int[] out) {
        out[0] = row(40, prev1);
        out[1] = row(41, prev2 * 32 + prev1);
        out[2] = row(42, pair(w0, prev1));
        out[3] = row(43, pair(ss0, prev1));
    }

    private int row(int template, long value) {
        return (int) (mix(value + template * GOLDEN) >>> shift);
    }

    private static long pair(long a, long b) {
        return a * PAIR + b;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
