package org.dateline.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The near-duplicate candidates of a store, in memory: every article's {@link Fingerprint#BANDS} band keys, as
 * 64-bit hashes in an open-addressing multimap, with each article's signature and duplicate link. Looking up a
 * fingerprint costs {@value Fingerprint#BANDS} probes, whatever the number of segments or articles; memory is about
 * 600 bytes per article. Not thread-safe: its owner synchronizes.
 */
final class BandIndex {

    private static final long EMPTY = 0;

    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;
    private final List<String> ids = new ArrayList<>();
    private final List<String> duplicateOf = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    /** Adds an article, or updates its duplicate link when it is there already (same id, same text, same bands). */
    void add(String id, String original, byte[] signatureBytes) {
        Integer known = ordinals.get(id);
        if (known != null) {
            duplicateOf.set(known, original);
            return;
        }
        int ordinal = ids.size();
        ids.add(id);
        duplicateOf.add(original);
        int[] signature = Fingerprint.signatureOf(signatureBytes);
        signatures.add(signature);
        ordinals.put(id, ordinal);
        for (long band : Fingerprint.bandHashes(signature)) {
            put(band, ordinal);
        }
    }

    /** Forgets an article (its band entries stay, and are skipped). */
    void remove(String id) {
        Integer ordinal = ordinals.remove(id);
        if (ordinal != null) {
            ids.set(ordinal, null);
        }
    }

    /** The articles sharing a band with this fingerprint, most bands first, at most {@code limit}. */
    List<SimilarArticle> similar(Fingerprint fingerprint, int limit) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long band : fingerprint.bandHashes()) {
            int slot = slot(band);
            while (keys[slot] != EMPTY) {
                if (keys[slot] == band && ids.get(values[slot]) != null) {
                    shared.merge(values[slot], 1, Integer::sum);
                }
                slot = (slot + 1) & (keys.length - 1);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new SimilarArticle(ids.get(e.getKey()), duplicateOf.get(e.getKey()), signatures.get(e.getKey()),
                        e.getValue()))
                .toList();
    }

    private void put(long key, int value) {
        if ((size + 1) * 2L > keys.length) {
            grow();
        }
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & (keys.length - 1);
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & (keys.length - 1);
    }

    @Override
    public String toString() {
        return "BandIndex[" + ordinals.size() + " articles, " + size + " band entries]";
    }
}
