package org.dateline.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.EntityType;

/**
 * Scores name mentions against a uniform JSON Lines corpus the way {@code shared/eval/score_spans.py} does: a
 * mention is right when its span and its type are exactly the gold ones (CoNLL style). Scores are per type and
 * micro-averaged over PERSON, ORGANIZATION and LOCATION. MISC is scored only in documents whose gold has a MISC
 * mention, since several corpora do not annotate it (and score_spans.py does the same, document by document);
 * NORP and other predicted types are not scored. Offsets are UTF-16 units on both sides. Immutable and thread-safe.
 */
public final class MentionScorer {

    /** The types in the micro average (the core types every corpus here annotates). */
    public static final Set<EntityType> CORE = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    /** A predicted mention: UTF-16 offsets into the document text, and its type. */
    public record Prediction(int start, int end, EntityType type) {
    }

    /**
     * The scores of one run.
     *
     * @param byType     per type, in {@link EntityType} order; MISC only when some gold document annotates it
     * @param micro      PERSON + ORGANIZATION + LOCATION together
     * @param documents  gold documents scored
     * @param unpredicted gold documents without a prediction (scored as predicting nothing)
     * @param notes      every miss and false alarm, one line each ("id: missed PERSON 'Sergey Lavrov'")
     */
    public record Report(Map<EntityType, Tally> byType, Tally micro, int documents, int unpredicted, List<String> notes) {
        public Report {
            byType = Map.copyOf(byType);
            notes = List.copyOf(notes);
        }
    }

    /**
     * @param gold        the gold documents
     * @param predictions predicted mentions by document id; a missing id counts as no mention found
     */
    public Report score(List<NerDocument> gold, Map<String, ? extends Collection<Prediction>> predictions) {
        Map<EntityType, Tally> byType = new EnumMap<>(EntityType.class);
        List<String> notes = new ArrayList<>();
        boolean anyMisc = false;
        int unpredicted = 0;
        for (NerDocument doc : gold) {
            Collection<Prediction> got = predictions.get(doc.id());
            if (got == null) {
                unpredicted++;
                got = List.of();
            }
            Set<Prediction> goldSet = new HashSet<>();
            for (NerDocument.GoldMention m : doc.mentions()) {
                goldSet.add(new Prediction(m.start(), m.end(), m.type()));
            }
            Set<Prediction> predSet = new HashSet<>(got);
            boolean docMisc = goldSet.stream().anyMatch(m -> m.type() == EntityType.MISC);
            anyMisc |= docMisc;
            for (EntityType type : EntityType.values()) {
                if (!CORE.contains(type) && !(type == EntityType.MISC && docMisc)) {
                    continue;
                }
                int tp = 0;
                int fn = 0;
                int fp = 0;
                for (Prediction g : sorted(goldSet, type)) {
                    if (predSet.contains(g)) {
                        tp++;
                    } else {
                        fn++;
                        notes.add(doc.id() + ": missed " + type + " '" + cover(doc, g) + "'");
                    }
                }
                for (Prediction p : sorted(predSet, type)) {
                    if (!goldSet.contains(p)) {
                        fp++;
                        notes.add(doc.id() + ": spurious " + type + " '" + cover(doc, p) + "'");
                    }
                }
                byType.merge(type, new Tally(tp, fp, fn), Tally::plus);
            }
        }
        if (!anyMisc) {
            byType.remove(EntityType.MISC);
        }
        for (EntityType t : CORE) {
            byType.putIfAbsent(t, Tally.ZERO);
        }
        Tally micro = Tally.ZERO;
        for (EntityType t : CORE) {
            micro = micro.plus(byType.get(t));
        }
        return new Report(byType, micro, gold.size(), unpredicted, notes);
    }

    private static List<Prediction> sorted(Set<Prediction> all, EntityType type) {
        return all.stream().filter(p -> p.type() == type)
                .sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()))
                .toList();
    }

    private static String cover(NerDocument doc, Prediction p) {
        String t = doc.text();
        return p.start() >= 0 && p.end() <= t.length() && p.start() <= p.end() ? t.substring(p.start(), p.end())
                : "[" + p.start() + "," + p.end() + ")";
    }
}
