package org.dateline.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.EntityType;
import org.dateline.model.Field;
import org.dateline.model.MentionKind;
import org.dateline.model.Span;

/**
 * Descriptions and titles that refer to entities: the role written before a name ("Minister of foreign Affairs of
 * the Russian Federation Sergey Lavrov", "Italian counterpart Paolo Gentiloni") is that person's role and a way of
 * referring to them; a bare title ("the Minister") refers to the last person who holds it; "the Russian side" to
 * the last Russian organization named (else Russia); "the coalition" and its descriptions to one coalition.
 */
final class References {

    /** Nouns that head a role. */
    private static final Set<String> ROLE_HEADS = Set.of("minister", "president", "premier", "chancellor", "secretary",
            "secretary-general", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "counterpart", "leader",
            "chief", "head", "chairman", "chairwoman", "director", "commander", "representative", "governor", "mayor",
            "senator", "king", "queen", "prince", "pope", "administrator", "ceo", "founder", "general", "official",
            "prosecutor", "judge", "emir", "sheikh", "patriarch", "coordinator", "adviser", "advisor", "aide");

    /** Whether a word heads a role ("Minister", "spokesman"), so that a name after it is the person's. */
    static boolean isRoleHead(String word) {
        return ROLE_HEADS.contains(word.toLowerCase(Locale.ROOT));
    }
    /** Lower-case words that may stand inside a role ("Minister of foreign Affairs", "deputy prime minister"). */
    private static final Set<String> ROLE_WORDS = Set.of("of", "the", "for", "and", "foreign", "affairs", "deputy", "vice",
            "first", "prime", "state", "former", "acting", "press", "defense", "defence", "interior", "finance", "economy",
            "justice", "health", "general", "chief", "executive", "national", "security", "special", "permanent", "senior",
            "top", "military", "russian", "american", "his", "her", "its", "their");
    private static final Set<String> LEADING_SMALL = Set.of("of", "the", "for", "and", "his", "her", "its", "their");

    private static final Pattern TITLE = Pattern.compile(
            "\\b(?:the|The)\\s+((?:Foreign\\s+|Prime\\s+|Defen[cs]e\\s+|foreign\\s+|prime\\s+)?(?:Minister|minister|President|"
            + "president|Premier|Chancellor|Secretary-General|Secretary|spokesman|spokeswoman|ambassador|Ambassador|envoy|"
            + "Pope|King|Queen))\\b(?!\\s+of\\b)");
    private static final Pattern SIDE = Pattern.compile("\\b(?:the|The)\\s+(\\p{Lu}\\p{L}+)\\s+(side|party|delegation)\\b");
    private static final Pattern COALITION = Pattern.compile(
            "\\b(?:(the|this|that|a|an|our|their|The|This|That|A|An) )?"
            + "((?:(?:\\p{Lu}[\\p{L}-]*|\\p{Lu}\\.(?:\\p{Lu}\\.)+|international|broad|anti-terrorist|anti-terror|global|military|"
            + "western|us|new) ){0,3}"
            + "coalition(?: (?:against|of the|led by|created by the) (?:[“\"«][^”\"»\\n]{1,40}[”\"»]|\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*){0,3}))?)");

    private static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself|He|His|She|Her)\\b");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    /** How many paragraphs back a pronoun still reaches for its person. */
    private static final int PRONOUN_REACH = 2;

    private final FirstNames firstNames;
    private final Function<String, Set<String>> acronymsOf;

    References(Function<String, Set<String>> acronymsOf, FirstNames firstNames) {
        this.acronymsOf = acronymsOf;
        this.firstNames = firstNames;
    }

    void resolve(Article article, MentionGroups groups) {
        for (Field field : Field.values()) {
            String text = field.of(article);
            roles(text, field, groups);
            titles(text, field, groups);
            sides(text, field, groups);
            coalitions(text, field, groups);
        }
        loweredAcronyms(article.text(), groups);
        pronouns(article.text(), groups);
    }

    /** Nouns after which a lower-cased acronym is still the organization: "is positions" for "IS positions". */
    private static final Pattern ORG_NOUN_AFTER = Pattern.compile(
            "^\\s+(?:positions|militants|fighters|targets|strongholds|forces|troops|leaders|members|bases|camps|units|"
            + "officials|headquarters|representatives|spokesman)\\b");

    /**
     * Machine translation lower-cases acronyms that look like words ("air strikes on is positions"): a lower-cased
     * acronym of an organization the article names, before a noun that goes with organizations, is that organization.
     */
    private void loweredAcronyms(String text, MentionGroups groups) {
        for (MentionGroups.Group g : List.copyOf(groups.groups())) {
            if (g.type != EntityType.ORGANIZATION) {
                continue;
            }
            Set<String> acronyms = new HashSet<>();
            if (g.canonical != null) {
                acronymsOf.apply(g.canonical).forEach(a -> acronyms.add(a.toLowerCase(Locale.ROOT)));
            }
            for (MentionGroups.Item i : g.items) {
                if (i.text().matches("\\p{Lu}{2,5}")) {
                    acronyms.add(i.text().toLowerCase(Locale.ROOT));
                }
            }
            for (String acronym : acronyms) {
                // The lower-cased acronym as a word of its own: a plain scan, no pattern compiled per article.
                for (int at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + 1)) {
                    int end = at + acronym.length();
                    boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                    if (word && ORG_NOUN_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt()) {
                        groups.addMention(g, Span.body(at, end), MentionKind.ACRONYM);
                    }
                }
            }
        }
    }

    /** "he said": the last person whose first name agrees, named in this or the two paragraphs before. */
    private void pronouns(String text, MentionGroups groups) {
        Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            Span span = Span.body(m.start(), m.end());
            boolean female = FEMININE.contains(m.group(1).toLowerCase(Locale.ROOT));
            FirstNames.Gender unwanted = female ? FirstNames.Gender.MALE : FirstNames.Gender.FEMALE;
            int paragraphStart = paragraphStart(text, m.start(), PRONOUN_REACH);
            groups.latestBefore(span, g -> g.type == EntityType.PERSON && genderOf(g) != unwanted
                            && g.items.stream().anyMatch(i -> i.span().field() == Field.BODY && i.span().start() >= paragraphStart))
                    .ifPresent(g -> groups.addMention(g, span, MentionKind.PRONOUN));
        }
    }

    private FirstNames.Gender genderOf(MentionGroups.Group person) {
        String full = person.items.stream().filter(i -> i.kind() == MentionKind.NAME).map(MentionGroups.Item::text)
                .filter(t -> t.contains(" ")).findFirst().orElse("");
        if (full.isEmpty()) {
            return FirstNames.Gender.EITHER;
        }
        FirstNames.Gender byFirstName = firstNames.of(full.substring(0, full.indexOf(' ')));
        return byFirstName != FirstNames.Gender.EITHER ? byFirstName : genderOfSurname(full.substring(full.lastIndexOf(' ') + 1));
    }

    /**
     * Slavic surnames inflect for gender: "Lavrov", "Medvedev", "Putin", "Zelensky" are men's, "Zakharova",
     * "Matviyenko" is either, "Kuleshova", "Skabeyeva", "Nabiullina", "Tymoshenko" ... only the -a forms are women's.
     */
    static FirstNames.Gender genderOfSurname(String surname) {
        String s = surname.toLowerCase(Locale.ROOT);
        if (s.length() < 5) {
            return FirstNames.Gender.EITHER;
        }
        if (s.endsWith("ova") || s.endsWith("eva") || s.endsWith("yova") || s.endsWith("ina") || s.endsWith("skaya")
                || s.endsWith("tskaya")) {
            return FirstNames.Gender.FEMALE;
        }
        if (s.endsWith("ov") || s.endsWith("ev") || s.endsWith("yov") || s.endsWith("in") || s.endsWith("sky")
                || s.endsWith("skiy") || s.endsWith("skii")) {
            return FirstNames.Gender.MALE;
        }
        return FirstNames.Gender.EITHER;
    }

    /** Where the paragraph {@code back} paragraphs before the one holding {@code offset} starts. */
    private static int paragraphStart(String text, int offset, int back) {
        int pos = offset;
        for (int i = 0; i <= back && pos > 0; i++) {
            int nl = text.lastIndexOf('\n', pos - 1);
            if (nl < 0) {
                return 0;
            }
            pos = nl;
            while (pos > 0 && text.charAt(pos - 1) == '\n') {
                pos--;
            }
        }
        return Math.max(0, pos);
    }

    /** The role written before each person's name: a role of theirs and a way of referring to them. */
    private void roles(String text, Field field, MentionGroups groups) {
        for (MentionGroups.Group g : List.copyOf(groups.groups())) {
            if (g.type != EntityType.PERSON) {
                continue;
            }
            for (MentionGroups.Item item : List.copyOf(g.items)) {
                if (item.span().field() != field || item.kind() != MentionKind.NAME) {
                    continue;
                }
                roleBefore(text, item.span().start()).ifPresent(role -> {
                    Span span = new Span(field, role[0], role[1]);
                    g.roles.add(text.substring(role[0], role[1]));
                    groups.addMention(g, span, MentionKind.NOMINAL);
                });
            }
        }
    }

    /** [start, end) of the role phrase right before a name, scanning back over role words to a role head. */
    static Optional<int[]> roleBefore(String text, int nameStart) {
        int end = nameStart;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int pos = end;
        int start = -1;
        int words = 0;
        while (pos > 0 && words < 12) {
            int wordEnd = pos;
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, wordEnd);
            if (word.isEmpty() || !word.matches("[\\p{L}-]+")) {
                break; // punctuation ends a role: "..., Lavrov"
            }
            String lower = word.toLowerCase(Locale.ROOT);
            boolean capitalized = Character.isUpperCase(word.charAt(0));
            if (!(ROLE_HEADS.contains(lower) || ROLE_WORDS.contains(lower) || capitalized)) {
                break;
            }
            if (ROLE_HEADS.contains(lower)) {
                start = wordStart;
            } else if (start >= 0 && !capitalized && !ROLE_WORDS.contains(lower)) {
                break;
            }
            words++;
            pos = wordStart;
            while (pos > 0 && text.charAt(pos - 1) == ' ') {
                pos--;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        // Extend over modifiers before the head ("Russian Foreign Minister", "Kremlin spokesman", "Italian counterpart").
        int s = start;
        int scan = start;
        while (scan > 0) {
            int p = scan;
            while (p > 0 && text.charAt(p - 1) == ' ') {
                p--;
            }
            int ws = p;
            while (ws > 0 && !Character.isWhitespace(text.charAt(ws - 1))) {
                ws--;
            }
            String w = text.substring(ws, p);
            if (w.isEmpty() || !w.matches("\\p{Lu}[\\p{L}-]*") || w.equals("The") || ws == 0 && isSentenceWord(w)) {
                break;
            }
            s = ws;
            scan = ws;
        }
        while (true) {
            int sp = text.indexOf(' ', s);
            if (sp < 0 || sp >= end) {
                break;
            }
            String first = text.substring(s, sp).toLowerCase(Locale.ROOT);
            if (!LEADING_SMALL.contains(first)) {
                break;
            }
            s = sp + 1;
        }
        return s < end ? Optional.of(new int[] {s, end}) : Optional.empty();
    }

    private static boolean isSentenceWord(String w) {
        return Set.of("This", "That", "It", "He", "She", "They", "In", "On", "At").contains(w);
    }

    /** "the Minister", "said the President": the last person with that title. */
    private void titles(String text, Field field, MentionGroups groups) {
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            Span span = new Span(field, m.start(1), m.end(1));
            if (groups.covered(span)) {
                continue;
            }
            String title = m.group(1).toLowerCase(Locale.ROOT);
            String head = title.substring(title.lastIndexOf(' ') + 1);
            Optional<MentionGroups.Group> person = groups.latestBefore(span, g -> g.type == EntityType.PERSON
                    && g.roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(head)));
            person.ifPresent(g -> groups.addMention(g, new Span(field, m.start(), m.end(1)), MentionKind.NOMINAL));
        }
    }

    /** "the Russian side": the last organization of that country, else the country. */
    private void sides(String text, Field field, MentionGroups groups) {
        Matcher m = SIDE.matcher(text);
        while (m.find()) {
            String demonym = m.group(1);
            Span span = new Span(field, m.start(1), m.end(2));
            Optional<MentionGroups.Group> org = groups.latestBefore(span, g -> g.type == EntityType.ORGANIZATION
                    && g.items.stream().anyMatch(i -> i.text().contains(demonym) || (g.canonical != null && g.canonical.contains(demonym))));
            if (org.isPresent()) {
                groups.addMention(org.get(), span, MentionKind.NOMINAL);
                continue;
            }
            groups.groups().stream()
                    .filter(g -> g.type == EntityType.LOCATION && g.items.stream().anyMatch(
                            i -> i.kind() == MentionKind.DEMONYM && i.text().equals(demonym)))
                    .findFirst()
                    .ifPresent(g -> groups.addMention(g, span, MentionKind.NOMINAL));
        }
    }

    /** Every description of a coalition joins one coalition: the one named "X-led coalition", else the first described. */
    private void coalitions(String text, Field field, MentionGroups groups) {
        Matcher m = COALITION.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && (m.group(1).equalsIgnoreCase("a") || m.group(1).equalsIgnoreCase("an"))) {
                continue; // "the creation of a broad coalition": a coalition proposed or generic, not one that exists
            }
            Span span = new Span(field, m.start(2), m.end(2));
            Optional<MentionGroups.Group> named = groups.groups().stream()
                    .filter(g -> g.type == EntityType.ORGANIZATION && g.items.stream().anyMatch(i -> i.span().overlaps(span)
                            && i.text().toLowerCase(Locale.ROOT).contains("coalition")))
                    .findFirst();
            if (named.isPresent()) {
                continue; // already a name ("U.S.-led coalition")
            }
            Optional<MentionGroups.Group> coalition = groups.groups().stream()
                    .filter(g -> g.type == EntityType.ORGANIZATION && g.items.stream().anyMatch(
                            i -> i.text().toLowerCase(Locale.ROOT).contains("coalition")))
                    .findFirst();
            if (coalition.isPresent()) {
                groups.addMention(coalition.get(), span, MentionKind.NOMINAL);
            } else if (m.group(2).contains(" ")) {
                // A described coalition is an organization of its own, named by its fullest description.
                groups.newGroup(EntityType.ORGANIZATION, "coalition", span, MentionKind.NOMINAL, m.group(2));
            }
        }
    }
}
