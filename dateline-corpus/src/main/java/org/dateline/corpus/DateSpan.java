package org.dateline.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TIMEX3 date value covers, and how precisely it names them, so that a day, a month, a
 * year and a range can be ordered together and drawn honestly.
 *
 * <table>
 *   <caption>values and their spans</caption>
 *   <tr><th>value</th><th>start</th><th>end</th><th>precision</th></tr>
 *   <tr><td>2014-09-19 (or 2014-09-19T10:00)</td><td>2014-09-19</td><td>2014-09-19</td><td>DAY</td></tr>
 *   <tr><td>2014-09</td><td>2014-09-01</td><td>2014-09-30</td><td>MONTH</td></tr>
 *   <tr><td>2014</td><td>2014-01-01</td><td>2014-12-31</td><td>YEAR</td></tr>
 *   <tr><td>2015-12-10/2015-12-11, 2015-W50, 2015-Q1</td><td>first day</td><td>last day</td><td>RANGE</td></tr>
 * </table>
 *
 * <p>Values with an unknown part ("XXXX-12-09"), durations ("P2M"), sets and references ("PRESENT_REF") name no
 * days: {@link #parse} returns empty for them.
 *
 * @param start     the first day covered, ISO ("2014-09-01")
 * @param end       the last day covered, inclusive, ISO
 * @param precision how the value names its days
 */
public record DateSpan(String start, String end, Precision precision) {

    /** How precisely a date names its days. */
    public enum Precision {
        /** One day: "2014-09-19". */
        DAY,
        /** A whole month: "2014-09". */
        MONTH,
        /** A whole year: "2014". */
        YEAR,
        /** Several days between two bounds: "2015-12-10/2015-12-11", a week, a quarter. */
        RANGE
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public DateSpan {
        if (start == null || end == null || precision == null || start.compareTo(end) > 0) {
            throw new IllegalArgumentException("bad date span " + start + " .. " + end + " (" + precision + ")");
        }
    }

    /** The span a TIMEX3 date value covers, or empty when the value names no calendar days. */
    public static Optional<DateSpan> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            int slash = v.indexOf('/');
            if (slash > 0) {
                Optional<DateSpan> from = parse(v.substring(0, slash));
                Optional<DateSpan> to = parse(v.substring(slash + 1));
                if (from.isEmpty() || to.isEmpty() || from.get().start.compareTo(to.get().end) > 0) {
                    return Optional.empty();
                }
                return Optional.of(new DateSpan(from.get().start, to.get().end, Precision.RANGE));
            }
            Matcher m = DAY.matcher(v);
            if (m.matches()) {
                String day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toString();
                return Optional.of(new DateSpan(day, day, Precision.DAY));
            }
            m = MONTH.matcher(v);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
                return Optional.of(new DateSpan(ym.atDay(1).toString(), ym.atEndOfMonth().toString(), Precision.MONTH));
            }
            m = YEAR.matcher(v);
            if (m.matches()) {
                int y = num(m, 1);
                return Optional.of(new DateSpan(LocalDate.of(y, 1, 1).toString(), LocalDate.of(y, 12, 31).toString(), Precision.YEAR));
            }
            m = WEEK.matcher(v);
            if (m.matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(java.time.DayOfWeek.MONDAY);
                return Optional.of(new DateSpan(monday.toString(), monday.plusDays(6).toString(), Precision.RANGE));
            }
            m = QUARTER.matcher(v);
            if (m.matches()) {
                YearMonth first = YearMonth.of(num(m, 1), (num(m, 2) - 1) * 3 + 1);
                return Optional.of(new DateSpan(first.atDay(1).toString(), first.plusMonths(2).atEndOfMonth().toString(), Precision.RANGE));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // "2015-02-30": not a day of the calendar
        }
        return Optional.empty();
    }

    /** The first day as a date. */
    public LocalDate startDate() {
        return LocalDate.parse(start);
    }

    /** The last day as a date. */
    public LocalDate endDate() {
        return LocalDate.parse(end);
    }

    /** True when the two spans share at least one day. */
    public boolean overlaps(String from, String to) {
        return (from == null || end.compareTo(from) >= 0) && (to == null || start.compareTo(to) <= 0);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
