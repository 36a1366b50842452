package org.dateline.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;
import org.dateline.model.Span;

/**
 * The mentions of one article as they are grouped into entities. Created for one article and thrown away:
 * the mutable working state of {@link EntityAnnotator}, never shared between threads.
 */
final class MentionGroups {

    /** One mention while it is being grouped. */
    record Item(Span span, String text, MentionKind kind, String canonical) {
    }

    /** The mentions of one entity, and what is known of it. */
    static final class Group {
        final EntityType type;
        final List<Item> items = new ArrayList<>();
        final Set<String> roles = new LinkedHashSet<>();
        /** A canonical name a knowledge source or a pattern gave (a country's common name), or null. */
        String canonical;

        Group(EntityType type, String canonical) {
            this.type = type;
            this.canonical = canonical;
        }

        int firstOffset() {
            return items.stream().filter(i -> i.span().field() == Field.BODY).mapToInt(i -> i.span().start()).min()
                    .orElse(-1);
        }

        boolean hasName() {
            return items.stream().anyMatch(i -> i.kind() == MentionKind.NAME || i.kind() == MentionKind.ACRONYM);
        }
    }

    /** A capital followed by what a government does, or preceded by what is done to one, stands for its country. */
    private static final Pattern METONYM_AFTER = Pattern.compile(
            "^\\s+(?:considers|considered|believes|believed|says|said|insists|insisted|warns|warned|accuses|accused|demands|"
            + "demanded|rejects|rejected|denies|denied|hopes|expects|supports|supported|opposes|opposed|wants|refused|agreed|"
            + "announced|responded|urged|welcomed|condemned|has|had|is|was|will|would|does|did)\\b");
    private static final Pattern METONYM_BEFORE = Pattern.compile(
            "(?:appealed\\s+to|appeal\\s+to|urged|called\\s+on|accused|warned|told|sanctions\\s+against|relations\\s+with|"
            + "talks\\s+with|ties\\s+with|pressure\\s+on|agreement\\s+with|dialogue\\s+with)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "der");

    private final Article article;
    private final Function<String, Optional<String>> countryOfCapital;
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Group> byKey = new HashMap<>();
    private final List<Item> demonyms = new ArrayList<>();

    MentionGroups(Article article, Function<String, Optional<String>> countryOfCapital) {
        this.article = article;
        this.countryOfCapital = countryOfCapital;
    }

    Article article() {
        return article;
    }

    void addName(NameSpan n) {
        if (n.kind() == MentionKind.DEMONYM) {
            demonyms.add(new Item(n.span(), n.text(), MentionKind.DEMONYM, n.canonical()));
            return;
        }
        if (n.type() == EntityType.LOCATION && !"dateline".equals(n.source())) {
            Optional<String> country = countryOfCapital.apply(n.canonical() != null ? n.canonical() : n.text());
            if (country.isPresent() && isMetonymic(n.span())) {
                add(EntityType.LOCATION, country.get(), new Item(n.span(), n.text(), MentionKind.METONYM, country.get()));
                return;
            }
        }
        String key = n.canonical() != null ? n.canonical() : n.type() == EntityType.PERSON ? n.text() : normalized(n.text());
        add(n.type(), key, new Item(n.span(), n.text(), n.kind(), n.canonical()));
    }

    private void add(EntityType type, String key, Item item) {
        String k = keyOf(type, key);
        Group g = byKey.get(k);
        if (g == null) {
            g = new Group(type, item.canonical());
            byKey.put(k, g);
            groups.add(g);
        }
        g.items.add(item);
    }

    private boolean isMetonymic(Span s) {
        String text = s.field().of(article);
        String after = text.substring(s.end(), Math.min(text.length(), s.end() + 20));
        String before = text.substring(Math.max(0, s.start() - 30), s.start());
        return METONYM_AFTER.matcher(after).find() || METONYM_BEFORE.matcher(before).find();
    }

    /**
     * Joins a surname to the full name it ends ("Lavrov", "al-Assad" → "Bashar al-Assad"), an acronym to the name
     * its initials spell, and nationality adjectives to their named countries (else to a group of their own).
     */
    void linkSurnamesAndAcronyms() {
        List<Group> persons = groups.stream().filter(g -> g.type == EntityType.PERSON).toList();
        for (Group shortName : persons) {
            String text = longestText(shortName);
            if (text.contains(" ")) {
                continue;
            }
            String surname = surname(text);
            Group best = null;
            for (Group full : persons) {
                if (full != shortName && groups.contains(full) && longestText(full).contains(" ")
                        && surname(lastWord(longestText(full))).equalsIgnoreCase(surname)) {
                    best = best == null || full.firstOffset() < best.firstOffset() ? full : best;
                }
            }
            if (best != null) {
                merge(best, shortName);
            }
        }
        for (Group acronymGroup : List.copyOf(groups)) {
            String acronym = acronymGroup.items.get(0).text().replace(".", "");
            if (acronymGroup.canonical != null || !acronym.matches("\\p{Lu}{2,6}") || !groups.contains(acronymGroup)) {
                continue;
            }
            for (Group named : List.copyOf(groups)) {
                if (named != acronymGroup && named.type == acronymGroup.type && initials(longestText(named)).equals(acronym)) {
                    merge(named, acronymGroup);
                    break;
                }
            }
        }
        for (Item d : demonyms) {
            Group country = byKey.get(keyOf(EntityType.LOCATION, d.canonical()));
            if (country != null && country.hasName()) {
                country.items.add(d);
            } else {
                add(EntityType.NORP, d.canonical(), d);
            }
        }
    }

    private void merge(Group into, Group from) {
        into.items.addAll(from.items);
        into.roles.addAll(from.roles);
        if (into.canonical == null) {
            into.canonical = from.canonical;
        }
        groups.remove(from);
        byKey.replaceAll((k, g) -> g == from ? into : g);
    }

    // ---- used by References --------------------------------------------------------------------

    /** The group a mention at this span belongs to, if any. */
    Optional<Group> groupAt(Span span) {
        return groups.stream().filter(g -> g.items.stream().anyMatch(i -> i.span().equals(span))).findFirst();
    }

    /** Whether any mention already covers part of this span. */
    boolean covered(Span span) {
        return groups.stream().anyMatch(g -> g.items.stream().anyMatch(i -> i.span().overlaps(span)));
    }

    /** The group mentioned last before {@code offset} in the body (or anywhere in the title) that satisfies a test. */
    Optional<Group> latestBefore(Span at, Predicate<Group> test) {
        Group best = null;
        int bestOffset = -1;
        for (Group g : groups) {
            if (!test.test(g)) {
                continue;
            }
            for (Item i : g.items) {
                boolean before = i.span().field() == Field.TITLE || (at.field() == Field.BODY && i.span().start() < at.start());
                int offset = i.span().field() == Field.TITLE ? 0 : i.span().start() + 1;
                if (before && offset > bestOffset) {
                    best = g;
                    bestOffset = offset;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<Group> country(String canonical) {
        return Optional.ofNullable(byKey.get(keyOf(EntityType.LOCATION, canonical)));
    }

    List<Group> groups() {
        return groups;
    }

    void addMention(Group g, Span span, MentionKind kind) {
        g.items.add(new Item(span, span.coveredText(article), kind, null));
    }

    Group newGroup(EntityType type, String key, Span span, MentionKind kind, String canonical) {
        add(type, key, new Item(span, span.coveredText(article), kind, canonical));
        return byKey.get(keyOf(type, key));
    }

    // ---- the entities -------------------------------------------------------------------------------

    List<Entity> entities() {
        List<Group> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.comparingInt(MentionGroups::firstAppearance));
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (Group g : ordered) {
            if (g.items.isEmpty()) {
                continue;
            }
            String id = "e" + (++n);
            String name = canonicalName(g);
            List<Item> items = new ArrayList<>(g.items);
            items.sort(Comparator.comparing(Item::span));
            List<Mention> mentions = new ArrayList<>();
            Set<String> aliases = new LinkedHashSet<>();
            Span last = null;
            for (Item i : items) {
                if (i.span().equals(last)) {
                    continue;
                }
                last = i.span();
                mentions.add(new Mention(i.span(), i.text(), i.kind(), id));
                if (!i.text().equals(name) && i.kind() != MentionKind.PRONOUN) { // "he" names no one
                    aliases.add(i.text());
                }
            }
            out.add(new Entity(id, g.type, name, List.copyOf(aliases), mentions, List.copyOf(g.roles)));
        }
        return out;
    }

    private static int firstAppearance(Group g) {
        return g.items.stream().mapToInt(i -> i.span().field() == Field.TITLE ? -1_000_000 + i.span().start() : i.span().start())
                .min().orElse(Integer.MAX_VALUE);
    }

    /**
     * The fullest proper name the article uses: for a country its common name ("United States" for "U.S."), for
     * a composed institution its pattern's name, otherwise the longest name written, with the case of translated
     * text mended ("UN security Council" → "UN Security Council").
     */
    private static String canonicalName(Group g) {
        if (g.canonical != null && (g.type == EntityType.LOCATION || g.type == EntityType.NORP)) {
            return g.canonical;
        }
        Optional<Item> longestName = g.items.stream()
                .filter(i -> i.kind() == MentionKind.NAME)
                .max(Comparator.comparingInt((Item i) -> wordCount(i.text())).thenComparingInt(i -> i.text().length()));
        if (g.type == EntityType.ORGANIZATION && g.canonical != null
                && (longestName.isEmpty() || wordCount(g.canonical) >= wordCount(longestName.get().text()))) {
            return g.canonical;
        }
        if (longestName.isPresent()) {
            return g.type == EntityType.PERSON ? longestName.get().text() : mendCase(longestName.get().text());
        }
        return g.canonical != null ? g.canonical : g.items.get(0).text();
    }

    /** Capitalizes the lower-case words of a name whose other words are capitalized; small words stay. */
    static String mendCase(String name) {
        String[] words = name.split(" ");
        boolean anyCapital = false;
        for (String w : words) {
            anyCapital |= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }
        if (!anyCapital) {
            return name;
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            boolean small = Set.of("of", "the", "and", "for", "in", "on", "against", "de", "al").contains(w) && b.length() > 0;
            b.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    private static int wordCount(String s) {
        return s.trim().split("\\s+").length;
    }

    private static String longestText(Group g) {
        return g.items.stream().map(Item::text).max(Comparator.comparingInt(String::length)).orElse("");
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1];
    }

    /** "al-Assad" → "Assad", "Lavrov's" → "Lavrov". */
    private static String surname(String word) {
        String w = word.replaceAll("['’]s$", "");
        int dash = w.indexOf('-');
        if (dash > 0 && NAME_PARTICLES.contains(w.substring(0, dash).toLowerCase(Locale.ROOT))) {
            w = w.substring(dash + 1);
        }
        return w;
    }

    /** "North Atlantic Treaty Organization" → "NATO" (small words skipped). */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** Case and accents do not tell names apart: "COPIAPO", "Copiapo" and "Copiapó" are one place. */
    private static String keyOf(EntityType type, String name) {
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return type + ":" + folded.toLowerCase(Locale.ROOT);
    }

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private static String normalized(String text) {
        return text.replaceAll("[\"“”«»]", "").replaceAll("\\s+", " ").trim();
    }
}
