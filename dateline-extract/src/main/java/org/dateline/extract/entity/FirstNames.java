package org.dateline.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The gender English first names usually have, for pronoun agreement. Immutable once loaded. */
final class FirstNames {

    enum Gender { FEMALE, MALE, EITHER }

    private static final String RESOURCE = "first-names.tsv";

    private final Map<String, Gender> genders;

    private FirstNames(Map<String, Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    static FirstNames load() {
        try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FirstNames.class.getPackageName() + "/" + RESOURCE);
            }
            Map<String, Gender> genders = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null || !header.startsWith("# English first names")) {
                throw new IllegalStateException(RESOURCE + ": not the first-names list (header: " + header + ")");
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                Gender g = cols.length < 2 ? Gender.EITHER
                        : cols[1].equals("F") ? Gender.FEMALE : cols[1].equals("M") ? Gender.MALE : Gender.EITHER;
                genders.put(cols[0].toLowerCase(Locale.ROOT), g);
            }
            return new FirstNames(genders);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether the word is an English first name the list knows. */
    boolean contains(String word) {
        return genders.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The usual gender of a first name; EITHER when unknown or shared. */
    Gender of(String firstName) {
        return genders.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.EITHER);
    }
}
