package org.dateline.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.EntityType;
import org.dateline.model.Sentence;
import org.dateline.model.Span;
import org.dateline.model.Token;

/**
 * Corrects the edges of person names as taggers give them, on rules news style guarantees: a role before a name
 * is not part of it ("Russian Foreign Minister Sergey Lavrov" → "Sergey Lavrov"), a role alone is not a name
 * ("the Minister"), and a capitalized word no tagger claimed, right before a name, is its first name ("of Russia
 * Sergey Lavrov", where the tagger did not know "Sergey").
 */
final class PersonNames {

    /** Honorifics and ranks: written before names, never part of them in news style ("Mr Smith" names Smith). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mister", "madam", "madame", "mme",
            "dr", "prof", "sir", "dame", "lady", "lord", "rev", "gen", "col", "capt", "lt", "sgt", "maj", "cpl", "pvt",
            "sen", "rep", "gov", "st", "herr", "frau", "monsieur", "mademoiselle", "signor", "senor", "don");

    private PersonNames() {
    }

    private static boolean isTitle(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return References.isRoleHead(w) || HONORIFICS.contains(w.toLowerCase(Locale.ROOT));
    }

    static List<NameSpan> refine(List<NameSpan> all, String text, List<Sentence> sentences, FirstNames firstNames) {
        List<NameSpan> out = new ArrayList<>(all.size());
        for (NameSpan n0 : all) {
            NameSpan n = n0.type() == EntityType.PERSON ? withoutLeadingRole(n0) : personAfterTitle(n0, firstNames);
            n = withoutKnownPrefix(n, all, text, firstNames);
            n = asMiscWhenADocumentOrEvent(n);
            if (n.type() != EntityType.PERSON) {
                out.add(n);
                continue;
            }
            if (!n.text().contains(" ") && isTitle(n.text())) {
                continue;
            }
            out.add(withFirstName(n, text, sentences, all));
        }
        return out;
    }

    /**
     * "Russian Federation Sergey Lavrov", "Russian Federation Vladimir Putin": a statistical span that starts with a
     * name the gazetteer knows and goes on with more capitalized words is two names; the rest is a person when it
     * was tagged as one or opens with a first name.
     */
    static NameSpan withoutKnownPrefix(NameSpan n, List<NameSpan> all, String text, FirstNames firstNames) {
        if (n.canonical() != null) {
            return n;
        }
        for (NameSpan g : all) {
            if (g == n || g.canonical() == null || g.span().start() != n.span().start() || g.span().end() >= n.span().end()) {
                continue;
            }
            int rest = g.span().end();
            while (rest < n.span().end() && text.charAt(rest) == ' ') {
                rest++;
            }
            if (rest == g.span().end() || rest >= n.span().end() || !Character.isUpperCase(text.charAt(rest))) {
                continue;
            }
            String remainder = text.substring(rest, n.span().end());
            String first = remainder.split(" ")[0];
            if (!firstNames.contains(first) && (n.type() != EntityType.PERSON || !remainder.contains(" "))) {
                continue; // "UN Charter": one name that starts with another, not two names side by side
            }
            EntityType type = n.type() == EntityType.PERSON || firstNames.contains(first) ? EntityType.PERSON : n.type();
            return new NameSpan(new Span(n.span().field(), rest, n.span().end()), remainder, type, n.kind(), null,
                    n.confidence(), n.source());
        }
        return n;
    }

    /** "UN Charter", "Kyoto Protocol", "NATO summit", "Paris Agreement": a treaty or an event, named after its body. */
    static NameSpan asMiscWhenADocumentOrEvent(NameSpan n) {
        if (n.canonical() != null || n.type() == EntityType.MISC || !n.text().contains(" ")) {
            return n;
        }
        String last = n.text().substring(n.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (!MISC_HEADS.contains(last)) {
            return n;
        }
        return new NameSpan(n.span(), n.text(), EntityType.MISC, n.kind(), null, n.confidence(), n.source());
    }

    private static final Set<String> MISC_HEADS = Set.of("charter", "treaty", "convention", "protocol", "accord", "accords",
            "agreement", "declaration", "summit", "resolution", "act", "doctrine", "plan", "initiative", "games", "olympics",
            "cup", "championship", "award", "prize", "war", "crisis", "conference", "forum", "election", "elections", "referendum");

    /**
     * "European Council President Donald Tusk", "First Minister Nicola Sturgeon" tagged as an organization or a misc
     * name: a title followed by a first name is a person with the title of an institution.
     */
    static NameSpan personAfterTitle(NameSpan n, FirstNames firstNames) {
        if (n.canonical() != null) {
            return n;
        }
        String[] words = n.text().split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (isTitle(words[i]) && firstNames.contains(words[i + 1]) && Character.isUpperCase(words[i + 1].charAt(0))) {
                NameSpan person = new NameSpan(n.span(), n.text(), EntityType.PERSON, n.kind(), null, n.confidence(), n.source());
                return withoutLeadingRole(person);
            }
        }
        return n;
    }

    /** The name after the last role word or lower-case word a tagger took in with it. */
    static NameSpan withoutLeadingRole(NameSpan n) {
        String[] words = n.text().split(" ");
        int cut = -1;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (isTitle(w) || !w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                cut = i;
            }
        }
        if (cut < 0) {
            return n;
        }
        int offset = 0;
        for (int i = 0; i <= cut; i++) {
            offset += words[i].length() + 1;
        }
        return at(n, n.span().start() + offset, n.span().end(), n.text().substring(offset));
    }

    /** One capitalized word right before the name, not the sentence's first, not a role, and claimed by no tagger. */
    private static NameSpan withFirstName(NameSpan n, String text, List<Sentence> sentences, List<NameSpan> all) {
        for (Sentence s : sentences) {
            if (!s.span().contains(n.span())) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.span().start() != n.span().start()) {
                    continue;
                }
                Token before = tokens.get(i - 1);
                String w = before.text();
                boolean adjacent = before.span().end() + 1 == t.span().start() && text.charAt(before.span().end()) == ' ';
                if (i - 1 == 0 || !adjacent || !looksLikeFirstName(w) || isTitle(w)
                        || all.stream().anyMatch(o -> o.span().overlaps(before.span()))) {
                    return n;
                }
                return at(n, before.span().start(), n.span().end(), text.substring(before.span().start(), n.span().end()));
            }
        }
        return n;
    }

    private static boolean looksLikeFirstName(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i)) && w.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }

    private static NameSpan at(NameSpan n, int start, int end, String covered) {
        return new NameSpan(new Span(n.span().field(), start, end), covered, n.type(), n.kind(), n.canonical(),
                n.confidence(), n.source());
    }
}
