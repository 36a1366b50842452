package org.dateline.eval;

/** True positives, false positives and false negatives of one kind of item, and the scores they give. */
public record Tally(int truePositives, int falsePositives, int falseNegatives) {

    public static final Tally ZERO = new Tally(0, 0, 0);

    public Tally plus(Tally o) {
        return new Tally(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }

    public double precision() {
        int n = truePositives + falsePositives;
        return n == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / n;
    }

    public double recall() {
        int n = truePositives + falseNegatives;
        return n == 0 ? 1.0 : (double) truePositives / n;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** A report line: the name padded to a column, then P, R, F1 and the counts. */
    public String row(String name) {
        return String.format(java.util.Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f   (tp=%d fp=%d fn=%d)", name, precision(), recall(),
                f1(), truePositives, falsePositives, falseNegatives);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
