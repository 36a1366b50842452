package org.dateline.extract.time;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Small cardinal numbers as news text writes them: "17", "two", "a couple of", "twenty-five", "a". */
final class NumberWords {

    /** Alternation for the number words this class reads (digits are matched separately). */
    static final String PATTERN = "(?:\\d{1,4}|a\\s+couple\\s+of|a\\s+few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|a\\s+hundred|hundreds\\s+of|dozens\\s+of|a\\s+dozen)";

    /** The value used for vague quantities ("a few", "several"): TIMEX3 writes them as X. */
    static final int VAGUE = -1;

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a couple of", 2), Map.entry("a dozen", 12), Map.entry("a hundred", 100));

    private NumberWords() {
    }

    /** The number, {@link #VAGUE} for "a few", "several", "dozens of"; empty when not a number. */
    static OptionalInt parse(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        if (w.equals("a few") || w.equals("several") || w.equals("hundreds of") || w.equals("dozens of")) {
            return OptionalInt.of(VAGUE);
        }
        Integer direct = UNITS.get(w);
        if (direct != null) {
            return OptionalInt.of(direct);
        }
        String[] parts = w.split("[-\\s]");
        if (parts.length == 2 && UNITS.containsKey(parts[0]) && UNITS.containsKey(parts[1])) {
            return OptionalInt.of(UNITS.get(parts[0]) + UNITS.get(parts[1]));
        }
        return OptionalInt.empty();
    }
}
