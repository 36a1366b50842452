package org.dateline.extract.dateline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Restores the usual case of a place written in capitals: a known spelling when the place is in the list
 * (derived from GeoNames, see {@code place-names.txt} and its README), otherwise title case by rule.
 * Only the case changes, never the letters: "SAO PAULO" is "Sao Paulo".
 */
final class PlaceNames {

    static final String RESOURCE = "place-names.txt";

    /** Words kept in lower case inside a name: "Rio de Janeiro", "Dar es Salaam", "Port-au-Prince", "Ras al-Ain". */
    private static final Set<String> SMALL_WORDS = Set.of(
            "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "al", "el", "es", "en", "of",
            "the", "and", "on", "upon", "am", "an", "im", "sur", "au", "aux", "y", "e", "i", "bin", "ibn");

    private final Map<String, String> byUpperCase;

    private PlaceNames(Map<String, String> byUpperCase) {
        this.byUpperCase = Map.copyOf(byUpperCase);
    }

    /** The list shipped with this module, loaded once. */
    static PlaceNames bundled() {
        return Bundled.INSTANCE;
    }

    /** A list of known spellings; on a clash of upper-case forms the first wins. */
    static PlaceNames of(List<String> spellings) {
        Map<String, String> map = new HashMap<>();
        for (String s : spellings) {
            map.putIfAbsent(s.toUpperCase(Locale.ROOT), s);
        }
        return new PlaceNames(map);
    }

    int size() {
        return byUpperCase.size();
    }

    /** The usual spelling of {@code written}: unchanged unless it is written in capitals. */
    String usualSpelling(String written) {
        if (!isAllCaps(written)) {
            return written;
        }
        String known = byUpperCase.get(written.toUpperCase(Locale.ROOT));
        return known != null ? known : titleCase(written);
    }

    static boolean isAllCaps(String s) {
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    /**
     * Title case by rule: each word and each hyphenated part capitalized, except {@link #SMALL_WORDS} after the
     * first; dotted acronyms kept ("D.C."); "Mc" names and one-letter elisions capitalized after their prefix
     * ("McAllen", "N'Djamena"); other letters after an apostrophe in lower case ("Sana'a").
     */
    static String titleCase(String written) {
        StringBuilder out = new StringBuilder(written.length());
        String[] words = written.split(" ", -1);
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                out.append(' ');
            }
            String word = words[w];
            if (isDottedAcronym(word)) {
                out.append(word);
                continue;
            }
            String[] parts = word.split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    out.append('-');
                }
                String lower = parts[p].toLowerCase(Locale.ROOT);
                boolean first = w == 0 && p == 0;
                out.append(!first && SMALL_WORDS.contains(lower) ? lower : capitalize(lower));
            }
        }
        return out.toString();
    }

    private static String capitalize(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        StringBuilder s = new StringBuilder(lower);
        s.setCharAt(0, Character.toTitleCase(s.charAt(0)));
        if (lower.length() > 3 && lower.startsWith("mc")) {
            s.setCharAt(2, Character.toTitleCase(s.charAt(2)));
        }
        if (lower.length() > 2 && (lower.charAt(1) == '\'' || lower.charAt(1) == '\u2019')) {
            s.setCharAt(2, Character.toTitleCase(s.charAt(2)));
        }
        return s.toString();
    }

    /** "D.C.", "U.S.": single letters each followed by a period. */
    static boolean isDottedAcronym(String word) {
        if (word.length() < 4 || word.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isLetter(word.charAt(i)) || word.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Lazy holder: the list is read on first use, and is immutable afterwards. */
    private static final class Bundled {
        static final PlaceNames INSTANCE = load();

        private static PlaceNames load() {
            try (InputStream in = PlaceNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE + " next to " + PlaceNames.class);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String> spellings = new ArrayList<>();
                boolean licensed = false;
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("#")) {
                        licensed |= line.startsWith("# license:");
                    } else if (!line.isBlank()) {
                        spellings.add(line.strip());
                    }
                }
                if (!licensed || spellings.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + " has no '# license:' header or no entries");
                }
                return of(spellings);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
