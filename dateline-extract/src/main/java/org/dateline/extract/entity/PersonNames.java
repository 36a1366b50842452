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

    static List<NameSpan> refine(List<NameSpan> all, String text, List<Sentence> sentences) {
        List<NameSpan> out = new ArrayList<>(all.size());
        for (NameSpan n : all) {
            if (n.type() != EntityType.PERSON) {
                out.add(n);
                continue;
            }
            NameSpan name = withoutLeadingRole(n);
            if (!name.text().contains(" ") && isTitle(name.text())) {
                continue;
            }
            out.add(withFirstName(name, text, sentences, all));
        }
        return out;
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
