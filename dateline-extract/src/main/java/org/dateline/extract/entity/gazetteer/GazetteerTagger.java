package org.dateline.extract.entity.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.entity.NameSpan;
import org.dateline.extract.entity.NameTagger;
import org.dateline.extract.entity.gazetteer.Entry.Casing;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import org.dateline.model.Span;

/**
 * Names found by looking them up: countries (names, acronyms such as "U.S.", demonyms such as "Italian"), world
 * regions, capitals, cities of 100,000 people or more, first-level regions and international organizations, each
 * with its canonical name ("United States" for "USA", "Italy" for "Italian", "Islamic State" for "ISIL").
 *
 * <p>At each word the longest listed form that fits wins; on equal length an organization beats a country, a
 * country a city. Case must agree as {@link Entry.Casing} says, so that "US" is the country and "us" is not.
 * Two context rules keep people out of places: a place that is also a first name ("Jordan", "Florence") is not
 * a place next to another capitalized word ("Michael Jordan", "Florence Nightingale"), and in a sentence written
 * in capitals two-letter acronyms are not trusted ("IT IS"). Immutable and thread-safe.
 */
public final class GazetteerTagger implements NameTagger {

    public static final String SOURCE = "gazetteer";

    private final Gazetteer gazetteer;
    /** Entries by the lower-cased key of their first unit, longest first, then by category priority. */
    private final Map<String, List<Entry>> byFirstUnit;

    private GazetteerTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, List<Entry>> index = new HashMap<>();
        for (Entry e : gazetteer.entries) {
            index.computeIfAbsent(Units.key(e.units().get(0)), k -> new ArrayList<>()).add(e);
        }
        Comparator<Entry> order = Comparator.comparingInt(Entry::length).reversed()
                .thenComparing(Entry::category).thenComparing(Entry::kind);
        index.replaceAll((k, v) -> v.stream().sorted(order).distinct().toList());
        this.byFirstUnit = Map.copyOf(index);
    }

    /** Loads the shipped lexicons (a few hundred milliseconds; build one and share it). */
    public static GazetteerTagger load() {
        return new GazetteerTagger(Gazetteer.load());
    }

    /** The lexicons loaded, with their sources and licenses. */
    public List<LexiconInfo> lexicons() {
        return gazetteer.lexicons;
    }

    /** The country a capital is the capital of, by the capital's canonical name ("Moscow" → "Russia"). */
    public Optional<String> countryOfCapital(String capital) {
        return gazetteer.countryOfCapital(capital);
    }

    /** The acronyms of an organization by its canonical name ("Islamic State" → IS, ISIS, ISIL, ...). */
    public Set<String> acronymsOf(String organization) {
        return gazetteer.acronymsOf(organization);
    }

    @Override
    public List<NameSpan> tag(String text, Field field, List<Sentence> sentences) {
        List<NameSpan> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Units u = Units.of(sentence.tokens(), text);
            boolean shouting = shouting(u);
            int i = 0;
            while (i < u.size) {
                Entry match = match(u, i, shouting);
                if (match == null) {
                    i++;
                    continue;
                }
                int end = i + match.length() - 1;
                Span span = new Span(field, u.start[i], u.end[end]);
                EntityType type = match.kind() == MentionKind.DEMONYM ? EntityType.NORP : match.category().type();
                out.add(new NameSpan(span, span.coveredText(text), type, match.kind(), match.canonical(), match.confidence(), SOURCE));
                i = end + 1;
            }
        }
        return out;
    }

    private Entry match(Units u, int i, boolean shouting) {
        List<Entry> candidates = byFirstUnit.get(u.key[i]);
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (fits(e, u, i) && inContext(e, u, i, shouting)) {
                return e;
            }
        }
        return null;
    }

    private static boolean fits(Entry e, Units u, int i) {
        int n = e.length();
        if (i + n > u.size) {
            return false;
        }
        int formLetters = e.letters();
        for (int j = 0; j < n; j++) {
            String written = u.folded[i + j];
            String listed = e.units().get(j);
            if (!written.equalsIgnoreCase(listed)) {
                return false;
            }
            boolean ok = switch (e.casing()) {
                case EXACT -> written.equals(listed);
                case NAME -> nameCase(written, listed, formLetters);
                case ORGANIZATION -> j > 0 || nameCase(written, listed, formLetters);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** As listed; in capitals when the form is long enough not to be a word ("ROME"); a small word capitalized. */
    private static boolean nameCase(String written, String listed, int formLetters) {
        if (written.equals(listed) || !Units.hasLetter(listed)) {
            return true;
        }
        if (formLetters >= 4 && Units.isAllCaps(written)) {
            return true;
        }
        return Units.isLowerCase(listed) && Units.isCapitalized(written)
                && written.substring(1).equals(listed.substring(1));
    }

    private boolean inContext(Entry e, Units u, int i, boolean shouting) {
        if (shouting && e.kind() == MentionKind.ACRONYM && Units.letters(e.units().get(0)) <= 2 && e.length() == 1) {
            return false;
        }
        if (e.firstName()) {
            int next = i + 1;
            if (next < u.size && Units.isCapitalized(u.folded[next]) && Units.hasLetter(u.folded[next])
                    && !Units.isAllCaps(u.folded[next])) {
                return false;
            }
            int prev = i - 1;
            if (prev >= 0 && Units.isCapitalized(u.folded[prev]) && gazetteer.firstNames.contains(u.key[prev])) {
                return false;
            }
        }
        return true;
    }

    /** Most words of the sentence in capitals: a headline or a shouted line, where acronyms cannot be told from words. */
    private static boolean shouting(Units u) {
        int words = 0;
        int caps = 0;
        for (int k = 0; k < u.size; k++) {
            if (Units.letters(u.folded[k]) >= 2) {
                words++;
                if (Units.isAllCaps(u.folded[k])) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 2 > words;
    }

    @Override
    public String toString() {
        return "GazetteerTagger" + gazetteer.lexicons.stream().map(l -> l.name() + ":" + l.rows()).toList()
                .toString().toLowerCase(Locale.ROOT);
    }
}
