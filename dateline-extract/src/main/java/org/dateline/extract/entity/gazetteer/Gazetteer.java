package org.dateline.extract.entity.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.entity.gazetteer.Entry.Casing;
import org.dateline.extract.entity.gazetteer.Entry.Category;
import org.dateline.extract.segment.Segmenter;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * What the gazetteer knows, read from the lexicon resources of this package (derived from open data by
 * {@code src/main/scripts/derive_gazetteer.py}; sources and licenses in the README beside them): every written
 * form of every country, demonym, world region, capital, city, region and international organization, which
 * country each capital is the capital of, and the acronyms of each organization. Immutable once loaded.
 */
final class Gazetteer {

    private static final String COUNTRIES = "countries.tsv";
    private static final String PLACES = "places.tsv";
    private static final String ORGANIZATIONS = "organizations.tsv";
    private static final String WORLD_REGIONS = "world-regions.tsv";
    private static final String FIRST_NAMES = "first-names.txt";

    final List<Entry> entries;
    final List<LexiconInfo> lexicons;
    /** Lower-cased capital name → the country's canonical name. */
    final Map<String, String> countryOfCapital;
    /** Lower-cased organization canonical name → its acronyms. */
    final Map<String, Set<String>> acronymsOf;
    /** Lower-cased English first names that are not common words. */
    final Set<String> firstNames;

    private Gazetteer(List<Entry> entries, List<LexiconInfo> lexicons, Map<String, String> countryOfCapital,
                      Map<String, Set<String>> acronymsOf, Set<String> firstNames) {
        this.entries = List.copyOf(entries);
        this.lexicons = List.copyOf(lexicons);
        this.countryOfCapital = Map.copyOf(countryOfCapital);
        this.acronymsOf = Map.copyOf(acronymsOf);
        this.firstNames = Set.copyOf(firstNames);
    }

    static Gazetteer load() {
        Builder b = new Builder();
        Lexicon names = Lexicon.load(FIRST_NAMES, "first-names", 1, "name");
        for (String[] row : names.rows) {
            b.firstNames.add(row[0].toLowerCase(Locale.ROOT));
        }
        Lexicon countries = Lexicon.load(COUNTRIES, "countries", 1, "iso2", "canonical", "names", "acronyms", "demonyms");
        Map<String, String> countryByIso = new HashMap<>();
        for (String[] row : countries.rows) {
            String canonical = row[1];
            countryByIso.put(row[0], canonical);
            b.add(canonical, canonical, Category.COUNTRY, MentionKind.NAME, Casing.NAME, 0.99);
            Lexicon.values(row[2]).forEach(f -> b.add(f, canonical, Category.COUNTRY, MentionKind.NAME, Casing.NAME, 0.99));
            Lexicon.values(row[3]).forEach(f -> b.add(f, canonical, Category.COUNTRY, MentionKind.ACRONYM, Casing.EXACT, 0.97));
            Lexicon.values(row[4]).forEach(f -> b.add(f, canonical, Category.DEMONYM, MentionKind.DEMONYM, Casing.NAME, 0.95));
        }
        Lexicon regions = Lexicon.load(WORLD_REGIONS, "world-regions", 1, "canonical", "kind", "forms");
        for (String[] row : regions.rows) {
            boolean demonym = row[1].equals("DEMONYM");
            for (String f : Lexicon.values(row[2])) {
                b.add(f, row[0], demonym ? Category.DEMONYM : Category.WORLD_REGION,
                        demonym ? MentionKind.DEMONYM : MentionKind.NAME, Casing.NAME, 0.9);
            }
        }
        Lexicon places = Lexicon.load(PLACES, "places", 1, "canonical", "class", "country", "population", "forms");
        for (String[] row : places.rows) {
            Category category = switch (row[1]) {
                case "capital" -> Category.CAPITAL;
                case "region" -> Category.REGION;
                case "city" -> Category.CITY;
                default -> throw new IllegalStateException(PLACES + ": unknown place class '" + row[1] + "' of " + row[0]);
            };
            if (category == Category.CAPITAL && countryByIso.containsKey(row[2])) {
                b.countryOfCapital.putIfAbsent(row[0].toLowerCase(Locale.ROOT), countryByIso.get(row[2]));
            }
            // Names of towns and regions are often also surnames or company names; capitals rarely.
            double confidence = switch (category) { case CAPITAL -> 0.9; case REGION -> 0.75; default -> 0.7; };
            for (String f : Lexicon.values(row[4])) {
                b.add(f, row[0], category, MentionKind.NAME, Casing.NAME, confidence);
            }
        }
        Lexicon orgs = Lexicon.load(ORGANIZATIONS, "organizations", 1, "canonical", "type", "aliases", "acronyms");
        for (String[] row : orgs.rows) {
            String canonical = row[0];
            if (!row[1].equals("ORGANIZATION")) {
                throw new IllegalStateException(ORGANIZATIONS + ": unknown type '" + row[1] + "' of " + canonical);
            }
            Casing casing = MentionKind.ACRONYM == kindOf(canonical) ? Casing.EXACT : Casing.ORGANIZATION;
            b.add(canonical, canonical, Category.ORGANIZATION, kindOf(canonical), casing, 0.95);
            Lexicon.values(row[2]).forEach(f -> b.add(f, canonical, Category.ORGANIZATION, kindOf(f),
                    kindOf(f) == MentionKind.ACRONYM ? Casing.EXACT : Casing.ORGANIZATION, 0.95));
            Set<String> acronyms = new LinkedHashSet<>(Lexicon.values(row[3]));
            if (kindOf(canonical) == MentionKind.ACRONYM) {
                acronyms.add(canonical);
            }
            acronyms.forEach(a -> b.add(a, canonical, Category.ORGANIZATION, MentionKind.ACRONYM, Casing.EXACT, 0.9));
            b.acronymsOf.put(canonical.toLowerCase(Locale.ROOT), Set.copyOf(acronyms));
        }
        return new Gazetteer(b.entries, List.of(countries.info, places.info, orgs.info, regions.info, names.info),
                b.countryOfCapital, b.acronymsOf, b.firstNames);
    }

    Optional<String> countryOfCapital(String capital) {
        return Optional.ofNullable(countryOfCapital.get(capital.toLowerCase(Locale.ROOT)));
    }

    Set<String> acronymsOf(String organization) {
        return acronymsOf.getOrDefault(organization.toLowerCase(Locale.ROOT), Set.of());
    }

    /** An all-capital form of at most five letters, dots allowed ("NATO", "U.N.", "ISIS"), is an acronym. */
    static MentionKind kindOf(String form) {
        int letters = 0;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return MentionKind.NAME;
                }
                letters++;
            } else if (c != '.') {
                return MentionKind.NAME;
            }
        }
        return letters >= 2 && letters <= 5 ? MentionKind.ACRONYM : MentionKind.NAME;
    }

    private static final class Builder {
        private final Segmenter segmenter = new Segmenter();
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, String> countryOfCapital = new HashMap<>();
        private final Map<String, Set<String>> acronymsOf = new HashMap<>();
        private final Set<String> firstNames = new java.util.HashSet<>();

        void add(String form, String canonical, Category category, MentionKind kind, Casing casing, double confidence) {
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : segmenter.segment(form, Field.BODY).sentences()) {
                tokens.addAll(s.tokens());
            }
            List<String> units = Units.ofForm(tokens, form);
            if (units.isEmpty()) {
                return;
            }
            boolean firstName = units.size() == 1 && firstNames.contains(units.get(0).toLowerCase(Locale.ROOT));
            int letters = units.stream().mapToInt(Units::letters).sum();
            entries.add(new Entry(units, canonical, category, kind, casing, confidence, firstName, letters));
        }
    }
}
