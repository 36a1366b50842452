package org.dateline.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Extraction;
import org.dateline.model.Mention;
import org.dateline.model.MentionKind;

/**
 * Scores entities the way {@code shared/eval/score.py} does ({@code match_entities}), so that a test in process
 * agrees with the official kit to the count. Only PERSON, ORGANIZATION and LOCATION are scored; predicted NORP
 * and MISC entities are dropped before matching (neither hits nor false alarms). Per article, each gold entity in
 * file order takes one unused prediction of its type that shares a form with it: gold forms are the name and
 * aliases, predicted forms the name, aliases and name mentions, all compacted as score.py's {@code compact} does
 * (letters and digits only, lower case, a leading "the" dropped: "U.S." and "us" agree). Among such predictions
 * the first is taken, unless a later one carries the gold name (then the last of those). Gold entities left
 * without a prediction are misses, predictions left unused are false alarms. A matched entity whose compacted
 * name differs from the gold name counts against the canonical-name accuracy only.
 */
public final class EntityScorer {

    /** How score.py reads gold types ({@code TYPE_MAP}): exact spelling, any other type is an error there. */
    private static final Map<String, EntityType> GOLD_TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON), Map.entry("PER", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION), Map.entry("ORGANISATION", EntityType.ORGANIZATION),
            Map.entry("ORG", EntityType.ORGANIZATION),
            Map.entry("LOCATION", EntityType.LOCATION), Map.entry("LOC", EntityType.LOCATION),
            Map.entry("GPE", EntityType.LOCATION), Map.entry("PLACE", EntityType.LOCATION));

    /** The predicted types score.py keeps. */
    private static final Set<EntityType> SCORED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    /**
     * Mention kinds the JSON output lists under {@code "mentions"}, the only ones score.py reads; titles,
     * pronouns and demonyms go under {@code "references"}, which it ignores.
     */
    private static final Set<MentionKind> NAME_KINDS = Set.of(MentionKind.NAME, MentionKind.ACRONYM, MentionKind.METONYM);

    /**
     * The scores of one run.
     *
     * @param entities     gold entities found (tp), missed (fn), and unused scored predictions (fp)
     * @param exactNames   matched entities whose name is the gold name, compacted
     * @param matchedNames matched entities (the true positives)
     * @param notes        every miss, false alarm and name mismatch, one line each ("id: entity missed: PERSON X")
     */
    public record Report(Tally entities, int exactNames, int matchedNames, List<String> notes) {
        public Report {
            notes = List.copyOf(notes);
        }

        /** The share of matched entities carrying the gold canonical name; 0 when none matched, as in score.py. */
        public double nameAccuracy() {
            return matchedNames == 0 ? 0.0 : (double) exactNames / matchedNames;
        }

        /** score.py's "canonical names" line, without its label. */
        public String canonicalNames() {
            return String.format(Locale.ROOT, "%d/%d matched entities carry the gold full name (%.3f)",
                    exactNames, matchedNames, nameAccuracy());
        }
    }

    /**
     * @param gold        the gold articles; their entities must have a type score.py reads
     * @param predictions extractions by article id; a missing id counts as nothing found
     * @throws IllegalArgumentException for a gold entity type score.py does not read (it fails on it too)
     */
    public Report score(List<GoldArticle> gold, Map<String, Extraction> predictions) {
        Tally tally = Tally.ZERO;
        int exact = 0;
        List<String> notes = new ArrayList<>();
        for (GoldArticle g : gold) {
            Extraction x = predictions.get(g.id());
            if (x == null) {
                notes.add(g.id() + ": no prediction for this article");
            }
            List<Entity> preds = x == null ? List.of()
                    : x.entities().stream().filter(e -> SCORED.contains(e.type())).toList();
            Set<Integer> used = new HashSet<>();
            for (GoldArticle.GoldEntity ge : g.entities()) {
                EntityType type = goldType(g.id(), ge);
                Set<String> forms = goldForms(ge);
                String name = TimeScorer.compact(ge.name());
                int best = -1;
                for (int i = 0; i < preds.size(); i++) {
                    Entity p = preds.get(i);
                    if (used.contains(i) || p.type() != type || Collections.disjoint(predictedForms(p), forms)) {
                        continue;
                    }
                    if (best < 0 || TimeScorer.compact(p.name()).equals(name)) {
                        best = i;
                    }
                }
                if (best < 0) {
                    tally = tally.plus(new Tally(0, 0, 1));
                    notes.add(g.id() + ": entity missed: " + type + " " + ge.name());
                    continue;
                }
                used.add(best);
                tally = tally.plus(new Tally(1, 0, 0));
                if (TimeScorer.compact(preds.get(best).name()).equals(name)) {
                    exact++;
                } else {
                    notes.add(g.id() + ": entity name: gold '" + ge.name() + "' got '" + preds.get(best).name() + "'");
                }
            }
            for (int i = 0; i < preds.size(); i++) {
                if (!used.contains(i)) {
                    tally = tally.plus(new Tally(0, 1, 0));
                    notes.add(g.id() + ": entity spurious: " + preds.get(i).type() + " " + preds.get(i).name());
                }
            }
        }
        return new Report(tally, exact, tally.truePositives(), notes);
    }

    private static EntityType goldType(String id, GoldArticle.GoldEntity e) {
        EntityType t = GOLD_TYPES.get(e.type());
        if (t == null) {
            throw new IllegalArgumentException(id + ": gold entity '" + e.name() + "' has type '" + e.type()
                    + "', not one of " + new TreeSet<>(GOLD_TYPES.keySet()));
        }
        return t;
    }

    private static Set<String> goldForms(GoldArticle.GoldEntity e) {
        List<String> all = new ArrayList<>();
        all.add(e.name());
        all.addAll(e.aliases());
        return compactForms(all);
    }

    private static Set<String> predictedForms(Entity e) {
        List<String> all = new ArrayList<>();
        all.add(e.name());
        all.addAll(e.aliases());
        for (Mention m : e.mentions()) {
            if (NAME_KINDS.contains(m.kind())) {
                all.add(m.text());
            }
        }
        return compactForms(all);
    }

    /** The non-empty compacted forms. */
    private static Set<String> compactForms(List<String> forms) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : forms) {
            String c = TimeScorer.compact(f);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }
}
