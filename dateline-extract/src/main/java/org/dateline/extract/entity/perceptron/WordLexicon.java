package org.dateline.extract.entity.perceptron;

import java.io.BufferedReader;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Which gazetteer lists a word occurs in, as bits per lower-cased word hash: "is a first name", "is a country's
 * one-word name or acronym", "is part of a multi-word city name", and so on. It is built from the shipped gazetteer
 * resources when a model is trained and stored inside the model, so that a model keeps reading the features it was
 * trained with when the gazetteer files change.
 *
 * <p>An open-addressing table from 64-bit word hashes ({@link SentenceFeatures#lowerHash}) to bit sets; a lookup
 * allocates nothing. Immutable once built.
 */
final class WordLexicon {

    static final int FIRST_NAME = 1;
    static final int COUNTRY = 1 << 1;
    static final int COUNTRY_PART = 1 << 2;
    static final int DEMONYM = 1 << 3;
    static final int CITY = 1 << 4;
    static final int CITY_PART = 1 << 5;
    static final int ADMIN = 1 << 6;
    static final int ADMIN_PART = 1 << 7;
    static final int ORGANIZATION = 1 << 8;
    static final int ORGANIZATION_PART = 1 << 9;
    static final int REGION = 1 << 10;
    static final int REGION_PART = 1 << 11;

    private static final String GAZETTEER = "/org/dateline/extract/entity/gazetteer/";

    private final long[] keys;
    private final int[] values;
    private final int size;

    private WordLexicon(TreeMap<Long, Integer> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        entries.forEach((k, v) -> {
            int i = slot(k);
            while (keys[i] != 0) {
                i = (i + 1) & (capacity - 1);
            }
            keys[i] = k;
            values[i] = v;
        });
        size = entries.size();
    }

    /** The bits of a word, by its {@link SentenceFeatures#lowerHash}; 0 when no list has it. */
    int bits(long hash) {
        long key = hash == 0 ? 1 : hash;
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return 0;
            }
        }
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & (keys.length - 1);
    }

    /** The lexicon of the shipped gazetteer resources (countries, places, organizations, world regions, first names). */
    static WordLexicon fromGazetteer() {
        TreeMap<Long, Integer> entries = new TreeMap<>();
        for (String[] row : rows("countries.tsv")) { // iso2 canonical names acronyms demonyms
            addNames(entries, List.of(row[1]), COUNTRY, COUNTRY_PART);
            addNames(entries, split(row, 2), COUNTRY, COUNTRY_PART);
            addNames(entries, split(row, 3), COUNTRY, COUNTRY_PART);
            addNames(entries, split(row, 4), DEMONYM, DEMONYM);
        }
        for (String[] row : rows("places.tsv")) { // canonical class country population forms
            boolean admin = row[1].equals("region");
            addNames(entries, List.of(row[0]), admin ? ADMIN : CITY, admin ? ADMIN_PART : CITY_PART);
            addNames(entries, split(row, 4), admin ? ADMIN : CITY, admin ? ADMIN_PART : CITY_PART);
        }
        for (String[] row : rows("organizations.tsv")) { // canonical type aliases acronyms
            addNames(entries, List.of(row[0]), ORGANIZATION, ORGANIZATION_PART);
            addNames(entries, split(row, 2), ORGANIZATION, ORGANIZATION_PART);
            addNames(entries, split(row, 3), ORGANIZATION, ORGANIZATION_PART);
        }
        for (String[] row : rows("world-regions.tsv")) { // canonical kind forms
            boolean demonym = row[1].equals("DEMONYM");
            addNames(entries, List.of(row[0]), demonym ? DEMONYM : REGION, demonym ? DEMONYM : REGION_PART);
            addNames(entries, split(row, 2), demonym ? DEMONYM : REGION, demonym ? DEMONYM : REGION_PART);
        }
        for (String[] row : rows("first-names.txt")) {
            addNames(entries, List.of(row[0]), FIRST_NAME, FIRST_NAME);
        }
        return new WordLexicon(entries);
    }

    /** Marks a one-word name with {@code whole} and each capitalised word of a longer name with {@code part}. */
    private static void addNames(TreeMap<Long, Integer> entries, List<String> names, int whole, int part) {
        for (String name : names) {
            String[] words = name.strip().split(" +");
            if (words.length == 1 && !words[0].isEmpty()) {
                entries.merge(key(words[0]), whole, (x, y) -> x | y);
                continue;
            }
            for (String w : words) {
                if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.charAt(0)))) {
                    entries.merge(key(w), part, (x, y) -> x | y);
                }
            }
        }
    }

    private static long key(String word) {
        long h = SentenceFeatures.lowerHash(word, 0, word.length());
        return h == 0 ? 1 : h;
    }

    private static List<String> split(String[] row, int column) {
        return column < row.length && !row[column].isBlank() ? List.of(row[column].split("\\|")) : List.of();
    }

    /** The data rows of a gazetteer file: '#' comment lines and the header line skipped, tab-separated. */
    private static List<String[]> rows(String file) {
        try (InputStream in = WordLexicon.class.getResourceAsStream(GAZETTEER + file)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + GAZETTEER + file + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + GAZETTEER + file, e);
        }
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(size);
        long[] sorted = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                sorted[n++] = k;
            }
        }
        Arrays.sort(sorted);
        for (long k : sorted) {
            out.writeLong(k);
            out.writeShort(bits(k));
        }
    }

    static WordLexicon read(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("bad lexicon size " + n);
        }
        TreeMap<Long, Integer> entries = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            long k = in.readLong();
            int b = in.readShort() & 0xffff;
            if (k == 0 || entries.put(k, b) != null) {
                throw new IOException("bad lexicon entry " + i);
            }
        }
        return new WordLexicon(entries);
    }
}
