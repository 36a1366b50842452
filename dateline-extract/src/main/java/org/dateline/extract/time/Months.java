package org.dateline.extract.time;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** English month names and their abbreviations as wire services write them ("Sept.", "Jan", "December"). */
public final class Months {

    /** A regular-expression alternation matching any month name or abbreviation, longest first. */
    public static final String PATTERN =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Sept\\.?|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
            Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("dec", 12), Map.entry("december", 12));

    private Months() {
    }

    /** The month number (1-12) of a name or abbreviation, ignoring case and a trailing period. */
    public static OptionalInt number(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        Integer n = NUMBERS.get(key);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }
}
