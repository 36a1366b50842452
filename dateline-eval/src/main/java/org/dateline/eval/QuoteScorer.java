package org.dateline.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dateline.model.Entity;
import org.dateline.model.Extraction;
import org.dateline.model.Field;
import org.dateline.model.Mention;
import org.dateline.model.Quote;

/**
 * Scores quotes against a gold attribution corpus ({@link QuoteCorpusReader}).
 *
 * <p>Predictions are matched to gold quotes greedily, in gold order: each gold quote takes the unused prediction whose
 * content overlaps it most (the earliest on a tie), provided the overlap is at least half of the shorter of the two
 * spans. Four tallies come out:
 * <ul>
 *   <li><b>all</b>: every quote, direct or reported;</li>
 *   <li><b>direct</b>: gold direct quotes against predicted direct quotes, matched among themselves;</li>
 *   <li><b>reported</b>: the same for reported speech;</li>
 *   <li><b>speakers</b>: as the speaker line of {@code shared/eval/score.py}: a matched quote with the right speaker is a
 *       true positive, with a wrong or missing one a false positive and a false negative; an unmatched gold quote is a
 *       false negative and an unmatched prediction a false positive. A predicted speaker is right when a mention of its
 *       entity, or the attribution's own speaker mention, overlaps the gold speaker span; a gold quote without a
 *       speaker is right when the prediction has none either.</li>
 * </ul>
 * Offsets are UTF-16 units on both sides. Immutable and thread-safe.
 */
public final class QuoteScorer {

    /** How many characters of a quote a note shows. */
    private static final int NOTE_CHARS = 60;

    /** A half-open range of UTF-16 offsets into a document text. */
    public record Range(int start, int end) {
    }

    /**
     * A predicted quote.
     *
     * @param start    where its content begins
     * @param end      where its content ends
     * @param text     its content
     * @param direct   true for a direct quote, false for reported speech
     * @param speaker  the speaker's name, or null when the prediction has no speaker
     * @param speakerSpans where the article writes the speaker: every mention of the speaker entity and the
     *                 attribution's speaker mention (empty when there is no speaker, or nothing locates it)
     */
    public record Prediction(int start, int end, String text, boolean direct, String speaker, List<Range> speakerSpans) {
        public Prediction {
            speakerSpans = List.copyOf(speakerSpans);
        }
    }

    /**
     * The scores of one run.
     *
     * @param all         every quote
     * @param direct      direct quotes only, on both sides
     * @param reported    reported speech only, on both sides
     * @param speakers    quotes found with their speaker
     * @param documents   gold documents scored
     * @param unpredicted gold documents without a prediction (scored as predicting nothing)
     * @param goldQuotes  gold quotes
     * @param predicted   predicted quotes
     * @param notes       every miss, false alarm, wrong speaker and direct/reported mix-up, one line each
     *                    ("id: missed reported 'the economy is ...' (speaker 'Trump', cue 'said')")
     */
    public record Report(Tally all, Tally direct, Tally reported, Tally speakers, int documents, int unpredicted,
                         int goldQuotes, int predicted, List<String> notes) {
        public Report {
            notes = List.copyOf(notes);
        }
    }

    /** The body quotes of an extraction, each with every place the article writes its speaker. */
    public static List<Prediction> predictions(Extraction x) {
        List<Prediction> out = new ArrayList<>();
        for (Quote q : x.quotes()) {
            if (q.span().field() != Field.BODY) {
                continue;
            }
            List<Range> at = new ArrayList<>();
            String speaker = null;
            if (q.speaker() != null) {
                speaker = q.speaker().name();
                if (q.speaker().mention() != null && q.speaker().mention().field() == Field.BODY) {
                    at.add(new Range(q.speaker().mention().start(), q.speaker().mention().end()));
                }
                for (Entity e : x.entities()) {
                    if (e.id().equals(q.speaker().entityId())) {
                        for (Mention m : e.mentions()) {
                            if (m.span().field() == Field.BODY) {
                                at.add(new Range(m.span().start(), m.span().end()));
                            }
                        }
                    }
                }
            }
            out.add(new Prediction(q.span().start(), q.span().end(), q.text(), q.direct(), speaker, at));
        }
        return out;
    }

    /**
     * @param gold        the gold documents
     * @param predictions predicted quotes by document id; a missing id counts as no quote found
     */
    public Report score(List<QuoteDocument> gold, Map<String, ? extends Collection<Prediction>> predictions) {
        Tally all = Tally.ZERO;
        Tally direct = Tally.ZERO;
        Tally reported = Tally.ZERO;
        Tally speakers = Tally.ZERO;
        List<String> notes = new ArrayList<>();
        int unpredicted = 0;
        int goldQuotes = 0;
        int predicted = 0;
        for (QuoteDocument doc : gold) {
            Collection<Prediction> got = predictions.get(doc.id());
            if (got == null) {
                unpredicted++;
                got = List.of();
            }
            List<Prediction> pred = List.copyOf(got);
            List<QuoteDocument.GoldQuote> g = doc.quotes();
            goldQuotes += g.size();
            predicted += pred.size();

            int[] hit = match(g, pred, q -> true, p -> true);
            boolean[] used = new boolean[pred.size()];
            int tp = 0;
            int speakerTp = 0;
            int speakerWrong = 0;
            for (int i = 0; i < g.size(); i++) {
                QuoteDocument.GoldQuote q = g.get(i);
                if (hit[i] < 0) {
                    notes.add(doc.id() + ": missed " + kind(q.direct()) + " '" + head(q.text()) + "' (speaker "
                            + quoted(q.speaker()) + ", cue " + quoted(q.cue() == null ? null : q.cue().text()) + ")");
                    continue;
                }
                tp++;
                used[hit[i]] = true;
                Prediction p = pred.get(hit[i]);
                if (q.direct() != p.direct()) {
                    notes.add(doc.id() + ": kind '" + head(q.text()) + "' gold " + kind(q.direct()) + ", predicted "
                            + kind(p.direct()));
                }
                if (rightSpeaker(q, p)) {
                    speakerTp++;
                } else {
                    speakerWrong++;
                    notes.add(doc.id() + ": speaker '" + head(q.text()) + "' gold " + quoted(q.speaker()) + " got "
                            + quoted(p.speaker()));
                }
            }
            for (int j = 0; j < pred.size(); j++) {
                if (!used[j]) {
                    Prediction p = pred.get(j);
                    notes.add(doc.id() + ": spurious " + kind(p.direct()) + " '" + head(p.text()) + "' (speaker "
                            + quoted(p.speaker()) + ")");
                }
            }
            int fn = g.size() - tp;
            int fp = pred.size() - tp;
            all = all.plus(new Tally(tp, fp, fn));
            speakers = speakers.plus(new Tally(speakerTp, fp + speakerWrong, fn + speakerWrong));
            direct = direct.plus(tally(g, pred, true));
            reported = reported.plus(tally(g, pred, false));
        }
        return new Report(all, direct, reported, speakers, gold.size(), unpredicted, goldQuotes, predicted, notes);
    }

    /** Gold quotes of one kind against predictions of the same kind, matched among themselves. */
    private static Tally tally(List<QuoteDocument.GoldQuote> gold, List<Prediction> pred, boolean direct) {
        int[] hit = match(gold, pred, q -> q.direct() == direct, p -> p.direct() == direct);
        int tp = 0;
        int goldN = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).direct() == direct) {
                goldN++;
                tp += hit[i] >= 0 ? 1 : 0;
            }
        }
        int predN = (int) pred.stream().filter(p -> p.direct() == direct).count();
        return new Tally(tp, predN - tp, goldN - tp);
    }

    /**
     * For each gold quote (that {@code goldIn} admits), the index of the prediction it matched, or -1: in gold order,
     * the unused admitted prediction with the largest qualifying overlap, the earliest on a tie.
     */
    private static int[] match(List<QuoteDocument.GoldQuote> gold, List<Prediction> pred,
                               Predicate<QuoteDocument.GoldQuote> goldIn, Predicate<Prediction> predIn) {
        int[] hit = new int[gold.size()];
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            hit[i] = -1;
            QuoteDocument.GoldQuote g = gold.get(i);
            if (!goldIn.test(g)) {
                continue;
            }
            int best = 0;
            for (int j = 0; j < pred.size(); j++) {
                Prediction p = pred.get(j);
                if (used[j] || !predIn.test(p) || !matches(g.start(), g.end(), p.start(), p.end())) {
                    continue;
                }
                int o = overlap(g.start(), g.end(), p.start(), p.end());
                if (o > best) {
                    best = o;
                    hit[i] = j;
                }
            }
            if (hit[i] >= 0) {
                used[hit[i]] = true;
            }
        }
        return hit;
    }

    /** Two content spans match when they overlap by at least half of the shorter one. */
    static boolean matches(int aStart, int aEnd, int bStart, int bEnd) {
        int o = overlap(aStart, aEnd, bStart, bEnd);
        return o > 0 && 2L * o >= Math.min(aEnd - aStart, bEnd - bStart);
    }

    private static int overlap(int aStart, int aEnd, int bStart, int bEnd) {
        return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    }

    private static boolean rightSpeaker(QuoteDocument.GoldQuote g, Prediction p) {
        if (g.speakerSpan() == null) {
            return p.speaker() == null;
        }
        if (p.speaker() == null) {
            return false;
        }
        QuoteDocument.Part s = g.speakerSpan();
        return p.speakerSpans().stream().anyMatch(r -> overlap(r.start(), r.end(), s.start(), s.end()) > 0);
    }

    private static String kind(boolean direct) {
        return direct ? "direct" : "reported";
    }

    private static String quoted(String s) {
        return s == null ? "none" : "'" + s.replaceAll("\\s+", " ").strip() + "'";
    }

    private static String head(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) <= NOTE_CHARS ? t : t.substring(0, t.offsetByCodePoints(0, NOTE_CHARS)) + "…";
    }
}
