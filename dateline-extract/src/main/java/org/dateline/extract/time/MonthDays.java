package org.dateline.extract.time;

import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/** Distances between days of the year, whatever the year. */
public final class MonthDays {

    private MonthDays() {
    }

    /** Days between two days of the year, the short way round the year end: 28 December and 3 January are 6 apart. */
    public static long apart(MonthDay a, MonthDay b) {
        long d = Math.abs(ChronoUnit.DAYS.between(a.atYear(ReferenceDate.PLACEHOLDER_YEAR), b.atYear(ReferenceDate.PLACEHOLDER_YEAR)));
        return Math.min(d, 365 - d);
    }
}
