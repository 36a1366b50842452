package org.dateline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How precise a calendar value is, and how TIMEX3 writes a date at that precision. */
enum Granularity {
    DAY, WEEK, MONTH, QUARTER, YEAR, DECADE;

    String format(LocalDate d) {
        return switch (this) {
            case DAY -> d.toString();
            case WEEK -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> String.format("%04d", d.getYear());
            case DECADE -> String.format("%03d", d.getYear() / 10);
        };
    }

    /** The same value with the year unknown, as TIMEX3 writes it ("XXXX-12-09"). */
    String formatWithoutYear(LocalDate d) {
        return switch (this) {
            case DAY -> String.format("XXXX-%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
            case MONTH -> String.format("XXXX-%02d", d.getMonthValue());
            case QUARTER -> "XXXX-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case WEEK -> "XXXX-WXX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
        };
    }

    /** The last day of the period a date of this granularity names, for "later than" reasoning. */
    LocalDate lastDay(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.SUNDAY);
            case MONTH -> d.withDayOfMonth(d.lengthOfMonth());
            case QUARTER -> d.withMonth(((d.getMonthValue() - 1) / 3) * 3 + 3).withDayOfMonth(1)
                    .plusMonths(1).minusDays(1);
            case YEAR -> d.withDayOfYear(d.lengthOfYear());
            case DECADE -> LocalDate.of(d.getYear() / 10 * 10 + 9, 12, 31);
        };
    }
}
