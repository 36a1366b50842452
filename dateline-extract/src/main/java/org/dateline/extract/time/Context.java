package org.dateline.extract.time;

import java.time.LocalDate;

/**
 * What a time expression is resolved against.
 *
 * @param documentDate  the document creation time, or null when nothing gives even a month and day
 * @param narrative     the latest date the narrative established nearby, or null
 * @param tense         the tense of the clause the expression stands in
 * @param sentenceDate  a day-precise date written in the same sentence (for a time of day), or null
 */
record Context(ReferenceDate documentDate, Narrative narrative, Tense tense, LocalDate sentenceDate) {

    /** A date the narrative established: a later year-less date takes its year. */
    record Narrative(LocalDate date, Granularity granularity, String value) {
    }

    boolean documentYearKnown() {
        return documentDate != null && documentDate.yearKnown();
    }
}
