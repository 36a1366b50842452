package org.dateline.store;

import java.time.Duration;
import java.util.Locale;

/**
 * What an ingest did. Every count is of articles, except {@code badInputs}.
 *
 * @param read        articles read from the inputs
 * @param added       stored for the first time (near-duplicates included)
 * @param duplicates  of those, near-duplicates of an article stored before them
 * @param replaced    stored before by another extractor version (or {@code reextract}), extracted again
 * @param unchanged   stored before by this extractor version (or read twice in this ingest): left as they were
 * @param badInputs   inputs (or lines, items, records) that gave no article
 * @param analysed    whether the corpus analysis was run and stored
 * @param elapsed     wall time, reading to the last commit (the analysis excluded)
 */
public record IngestReport(long read, long added, long duplicates, long replaced, long unchanged, long badInputs,
                           boolean analysed, Duration elapsed) {

    /** Articles stored by this ingest, new or replaced: durable when reported. */
    public long stored() {
        return added + replaced;
    }

    /** Articles handled (stored or found unchanged) per second of wall time. */
    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : (stored() + unchanged) / seconds;
    }

    /** One line: "stored 120 articles (100 new, 3 near-duplicates, 20 re-extracted), 5 unchanged, 1 bad input; 85.3 articles/s". */
    public String summary() {
        return String.format(Locale.ROOT, "stored %d article%s (%d new, %d near-duplicate%s, %d re-extracted), %d unchanged, "
                        + "%d bad input%s; %.1f articles/s",
                stored(), stored() == 1 ? "" : "s", added, duplicates, duplicates == 1 ? "" : "s", replaced, unchanged,
                badInputs, badInputs == 1 ? "" : "s", articlesPerSecond());
    }
}
