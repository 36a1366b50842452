package org.dateline.extract.time;

import java.time.LocalDate;

/**
 * A reference point for resolution whose year may be unknown: the document creation time taken from
 * a year-less dateline still fixes month and day ("yesterday" = XXXX-12-10).
 *
 * @param date      the date; when {@code yearKnown} is false its year is a placeholder and must not be printed
 * @param yearKnown whether the year is real
 */
record ReferenceDate(LocalDate date, boolean yearKnown) {

    /** A non-leap placeholder year, so that month-day arithmetic never lands on a phantom 29 February. */
    static final int PLACEHOLDER_YEAR = 2001;

    static ReferenceDate known(LocalDate date) {
        return new ReferenceDate(date, true);
    }

    static ReferenceDate monthDay(int month, int day) {
        int safeDay = month == 2 && day == 29 ? 28 : day;
        return new ReferenceDate(LocalDate.of(PLACEHOLDER_YEAR, month, safeDay), false);
    }

    String format(Granularity g) {
        return yearKnown ? g.format(date) : g.formatWithoutYear(date);
    }
}
