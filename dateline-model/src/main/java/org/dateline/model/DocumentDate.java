package org.dateline.model;

import java.time.LocalDate;

/**
 * The article's creation time (DCT), which relative expressions are resolved against, and how it was found.
 *
 * @param value       TIMEX3 value: a full date, "XXXX-12-09" when only the year is missing, or null when unknown
 * @param source      where it came from
 * @param explanation one sentence a user can read ("dateline 11 December; the article cites 29 December 2014 as past")
 */
public record DocumentDate(String value, Source source, String explanation) {

    public enum Source {
        /** The input's metadata or {@code --published}. */
        METADATA,
        /** A dateline that writes its year. */
        DATELINE,
        /** A year-less dateline whose year was inferred from the dates the article reports as past. */
        DATELINE_INFERRED_YEAR,
        /** A year-less dateline whose year came from a related article of the same batch. */
        RELATED_ARTICLE,
        /** A year-less dateline whose year nothing fixes. */
        DATELINE_WITHOUT_YEAR,
        /** No date at all. */
        UNKNOWN
    }

    public static final DocumentDate UNKNOWN = new DocumentDate(null, Source.UNKNOWN, "no publication date and no dateline date");

    public static DocumentDate of(LocalDate date, Source source, String explanation) {
        return new DocumentDate(date.toString(), source, explanation);
    }

    /** True when the value is a complete calendar date. */
    public boolean isComplete() {
        return value != null && !value.contains("X");
    }

    public LocalDate date() {
        if (!isComplete()) {
            throw new IllegalStateException("document date is not complete: " + value);
        }
        return LocalDate.parse(value);
    }
}
