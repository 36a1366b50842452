package org.dateline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Span;

/**
 * Organizations news writes as a country word and an institution: "Syrian foreign Ministry", "U.S. air force",
 * "the government of Syria", "Ministry of Foreign Affairs of Russia", "U.S.-led coalition", and transliterated
 * institution words of translated Russian news ("the Russian dipvedomstva" = the Russian Foreign Ministry).
 * They are composed on the country and demonym names a gazetteer found, so the canonical name can use the
 * country's own ("United States Air Force" for "U.S. air force"). Immutable and thread-safe.
 */
final class Institutions {

    /** Institution heads after a country word, and how the canonical name writes them. */
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("foreign ministry", "Foreign Ministry"), Map.entry("foreign office", "Foreign Office"),
            Map.entry("defense ministry", "Defense Ministry"), Map.entry("defence ministry", "Defence Ministry"),
            Map.entry("interior ministry", "Interior Ministry"), Map.entry("finance ministry", "Finance Ministry"),
            Map.entry("justice ministry", "Justice Ministry"), Map.entry("health ministry", "Health Ministry"),
            Map.entry("economy ministry", "Economy Ministry"), Map.entry("emergencies ministry", "Emergencies Ministry"),
            Map.entry("air force", "Air Force"), Map.entry("navy", "Navy"), Map.entry("army", "Army"),
            Map.entry("armed forces", "Armed Forces"), Map.entry("military", "Armed Forces"),
            Map.entry("special forces", "Special Forces"), Map.entry("border guard", "Border Guard"),
            Map.entry("government", "Government"), Map.entry("parliament", "Parliament"),
            Map.entry("central bank", "Central Bank"), Map.entry("embassy", "Embassy"),
            Map.entry("security council", "Security Council"), Map.entry("security service", "Security Service"),
            Map.entry("prosecutor general's office", "Prosecutor General's Office"),
            // Transliterations that machine translation of Russian news leaves in place.
            Map.entry("dipvedomstvo", "Foreign Ministry"), Map.entry("dipvedomstva", "Foreign Ministry"),
            Map.entry("mid", "Foreign Ministry"), Map.entry("minoborony", "Defense Ministry"),
            Map.entry("mvd", "Interior Ministry"));

    private static final Pattern HEAD_AFTER = Pattern.compile(
            "\\s+(foreign\\s+ministry|foreign\\s+office|defen[cs]e\\s+ministry|interior\\s+ministry|finance\\s+ministry|"
            + "justice\\s+ministry|health\\s+ministry|economy\\s+ministry|emergencies\\s+ministry|air\\s+force|navy|army|"
            + "armed\\s+forces|military|special\\s+forces|border\\s+guard|government|parliament|central\\s+bank|embassy|"
            + "security\\s+council|security\\s+service|prosecutor\\s+general's\\s+office|dipvedomstv[oa]|MID|minoborony|MVD)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Ministry of Foreign Affairs of Russia", "the government of Syria": the country comes last. */
    private static final Pattern HEAD_BEFORE = Pattern.compile(
            "\\b(?:the\\s+)?(ministry\\s+of\\s+(?:foreign\\s+affairs|defen[cs]e|internal\\s+affairs|finance|justice|health|emergency\\s+situations)"
            + "|government|armed\\s+forces|parliament|embassy|central\\s+bank)\\s+of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> MINISTRY_OF = Map.of(
            "foreign affairs", "Foreign Ministry", "defense", "Defense Ministry", "defence", "Defence Ministry",
            "internal affairs", "Interior Ministry", "finance", "Finance Ministry", "justice", "Justice Ministry",
            "health", "Health Ministry", "emergency situations", "Emergencies Ministry");

    /** "U.S.-led coalition", "Saudi-led coalition". */
    private static final Pattern LED = Pattern.compile("\\s?-\\s?led\\s+(coalition|alliance|forces|operation|campaign)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Institution names built on the gazetteer's country and demonym spans of one text.
     *
     * @param places country and demonym spans (canonical = the country)
     */
    List<NameSpan> find(String text, Field field, List<NameSpan> places) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan p : places) {
            if (p.canonical() == null || p.type() != EntityType.LOCATION && p.kind() != MentionKind.DEMONYM) {
                continue;
            }
            int end = p.span().end();
            Matcher led = LED.matcher(text).region(end, text.length());
            if (led.lookingAt()) {
                out.add(span(text, field, p.span().start(), led.end(), p.text() + "-led " + led.group(1).toLowerCase(Locale.ROOT)));
                continue;
            }
            Matcher after = HEAD_AFTER.matcher(text).region(end, text.length());
            if (after.lookingAt()) {
                String head = HEADS.get(after.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                out.add(span(text, field, p.span().start(), after.end(), canonicalAfter(p, head)));
                continue;
            }
            Matcher before = HEAD_BEFORE.matcher(text.substring(Math.max(0, p.span().start() - 60), p.span().start()));
            if (before.find() && p.kind() != MentionKind.DEMONYM) {
                int start = p.span().start() - (before.end() - before.start());
                String head = before.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                String canonical = head.startsWith("ministry of ")
                        ? MINISTRY_OF.get(head.substring("ministry of ".length())) + " of " + p.canonical()
                        : capitalize(head) + " of " + p.canonical();
                out.add(span(text, field, start, end, canonical));
            }
        }
        return out;
    }

    /** "Syrian foreign Ministry" → "Syrian Foreign Ministry"; "U.S. air force" → "United States Air Force". */
    private static String canonicalAfter(NameSpan place, String head) {
        if (head.equals("Government")) {
            return "Government of " + place.canonical();
        }
        String country = place.kind() == MentionKind.DEMONYM ? place.text() : place.canonical();
        return country + " " + head;
    }

    private static NameSpan span(String text, Field field, int start, int end, String canonical) {
        int s = start;
        if (text.regionMatches(true, s, "the ", 0, 4)) {
            s += 4;
        }
        return new NameSpan(new Span(field, s, end), text.substring(s, end), EntityType.ORGANIZATION, MentionKind.NAME,
                canonical, 0.9, "institutions");
    }

    private static String capitalize(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w.equals("of") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
