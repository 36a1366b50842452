package org.dateline.extract.entity.perceptron;

import org.dateline.model.EntityType;

/**
 * The tagger's labels as small ints: {@link #O} and, for each of the four types, B(egin), I(nside), L(ast) and
 * U(nit) (BILOU). A name of one token is U; of two, B L; of more, B I... L. Also the transitions BILOU allows, as
 * bit masks, so the decoder never builds an ill-formed sequence.
 */
final class Tags {

    /** Outside any name. */
    static final int O = 0;
    /** Number of labels: O and four parts for each of four types. */
    static final int COUNT = 17;
    /** The history value before the first token (a "previous tag" that is not a label). */
    static final int START = 17;

    /** Types in label order: type k has labels 1 + 4k (B), 2 + 4k (I), 3 + 4k (L), 4 + 4k (U). */
    static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.MISC};

    static final int B = 0;
    static final int I = 1;
    static final int L = 2;
    static final int U = 3;

    /** For each previous label (and START), the labels that may follow at a token that is not the sentence's last. */
    private static final int[] NEXT = new int[COUNT + 1];
    /** The same at the sentence's last token (no name may stay open). */
    private static final int[] NEXT_LAST = new int[COUNT + 1];

    static {
        for (int prev = 0; prev <= COUNT; prev++) {
            for (int tag = 0; tag < COUNT; tag++) {
                if (follows(prev, tag)) {
                    NEXT[prev] |= 1 << tag;
                    if (tag == O || part(tag) == L || part(tag) == U) {
                        NEXT_LAST[prev] |= 1 << tag;
                    }
                }
            }
        }
    }

    private Tags() {
    }

    static int label(int type, int part) {
        return 1 + 4 * type + part;
    }

    /** The type index (0..3) of a label other than O. */
    static int type(int tag) {
        return (tag - 1) >> 2;
    }

    /** B, I, L or U of a label other than O. */
    static int part(int tag) {
        return (tag - 1) & 3;
    }

    /** Whether a name is open after {@code tag} (it is B or I). */
    static boolean open(int tag) {
        return tag != O && tag != START && part(tag) <= I;
    }

    private static boolean follows(int prev, int tag) {
        if (open(prev)) {
            return tag != O && type(tag) == type(prev) && (part(tag) == I || part(tag) == L);
        }
        return tag == O || part(tag) == B || part(tag) == U;
    }

    /** The labels allowed after {@code prev} (a label or START), as a bit mask over labels. */
    static int allowed(int prev, boolean last) {
        return last ? NEXT_LAST[prev] : NEXT[prev];
    }

    /** Writes the BILOU labels of a name of tokens [first, end) and type index {@code type}. */
    static void encode(int[] tags, int first, int end, int type) {
        if (end - first == 1) {
            tags[first] = label(type, U);
            return;
        }
        tags[first] = label(type, B);
        for (int k = first + 1; k < end - 1; k++) {
            tags[k] = label(type, I);
        }
        tags[end - 1] = label(type, L);
    }

    /** The type index of an entity type, or -1 when the tagger has no label for it. */
    static int typeIndex(EntityType type) {
        for (int k = 0; k < TYPES.length; k++) {
            if (TYPES[k] == type) {
                return k;
            }
        }
        return -1;
    }
}
