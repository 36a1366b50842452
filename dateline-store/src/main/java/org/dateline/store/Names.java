package org.dateline.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form entity names are filtered in, the same the corpus analysis compares them in: lower case, without
 * accents, quotation marks, dots or a leading "the", other punctuation a single space ("U.S.-led coalition" and
 * "US-led coalition" are both "us led coalition").
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”„‘’«»`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("").replace(".", "").toLowerCase(Locale.ROOT);
        s = SEPARATORS.matcher(s).replaceAll(" ").trim();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
