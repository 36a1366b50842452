package org.dateline.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Dateline;
import org.dateline.model.Extraction;
import org.dateline.model.TimeExpression;

/**
 * Scores datelines and time expressions the way {@code shared/eval/score.py} does: a time expression is
 * found when its text and the gold text overlap after normalization (one contains the other); its value
 * must then be equal. A dateline is right when place and date both agree.
 */
public final class TimeScorer {

    /**
     * The scores of one run.
     *
     * @param found    time expressions found (overlapping text)
     * @param valued   found with the right value (a wrong value is both a false positive and a false negative)
     * @param datelines datelines with the right place and date
     * @param notes    every miss, wrong value and false alarm, one line each
     */
    public record Report(Tally found, Tally valued, Tally datelines, List<String> notes) {
    }

    public Report score(List<GoldArticle> gold, Map<String, Extraction> predictions) {
        Tally found = Tally.ZERO;
        Tally valued = Tally.ZERO;
        Tally datelines = Tally.ZERO;
        List<String> notes = new ArrayList<>();
        for (GoldArticle g : gold) {
            Extraction x = predictions.get(g.id());
            List<TimeExpression> pred = x == null ? List.of() : x.timexes();
            if (x == null) {
                notes.add(g.id() + ": no prediction");
            }
            Set<Integer> used = new HashSet<>();
            for (GoldArticle.GoldTimex gt : g.timexes()) {
                int hit = -1;
                for (int i = 0; i < pred.size() && hit < 0; i++) {
                    if (!used.contains(i) && overlaps(pred.get(i).text(), gt.text())) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    found = found.plus(new Tally(0, 0, 1));
                    valued = valued.plus(new Tally(0, 0, 1));
                    notes.add(g.id() + ": missed '" + gt.text() + "' = " + gt.value());
                    continue;
                }
                used.add(hit);
                found = found.plus(new Tally(1, 0, 0));
                if (pred.get(hit).value().equals(gt.value())) {
                    valued = valued.plus(new Tally(1, 0, 0));
                } else {
                    valued = valued.plus(new Tally(0, 1, 1));
                    notes.add(g.id() + ": '" + gt.text() + "' gold " + gt.value() + " got " + pred.get(hit).value());
                }
            }
            for (int i = 0; i < pred.size(); i++) {
                if (!used.contains(i)) {
                    found = found.plus(new Tally(0, 1, 0));
                    valued = valued.plus(new Tally(0, 1, 0));
                    notes.add(g.id() + ": spurious '" + pred.get(i).text() + "' = " + pred.get(i).value());
                }
            }
            if (g.dateline() != null) {
                Dateline d = x == null ? null : x.dateline();
                boolean ok = d != null && compact(d.place()).equals(compact(g.dateline().place()))
                        && String.valueOf(d.date()).equals(g.dateline().date());
                datelines = datelines.plus(ok ? new Tally(1, 0, 0) : new Tally(0, 1, 1));
                if (!ok) {
                    notes.add(g.id() + ": dateline gold " + g.dateline().place() + " " + g.dateline().date() + " got "
                            + (d == null ? "none" : d.place() + " " + d.date()));
                }
            }
        }
        return new Report(found, valued, datelines, notes);
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[“”„«»\"'‘’`]", "");
        n = n.replaceAll("[^\\p{L}\\p{N}_\\s]", " ");
        n = n.replaceAll("\\s+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    static String compact(String s) {
        return norm(s).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static boolean overlaps(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }
}
