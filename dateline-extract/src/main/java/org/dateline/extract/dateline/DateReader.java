package org.dateline.extract.dateline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.dateline.extract.time.Months;

/**
 * Reads the date of a dateline: "11 December", "December 9", "Sept. 4", "March 3, 2024", "5 March 2024",
 * "Monday, March 3", "Jan 5". A weekday alone ("Sunday") is read but has no value: a TIMEX3 date needs more.
 */
final class DateReader {

    /** A date as written: {@code value} is "2024-03-03", "XXXX-12-11", or null for a weekday alone. */
    record DateMatch(int start, int end, String value) {
    }

    private static final Set<String> WEEKDAYS = weekdays();

    private DateReader() {
    }

    /** Reads a date at the cursor, leaving it after the date; on failure returns null and leaves it unchanged. */
    static DateMatch read(Cursor c) {
        int start = c.pos;
        if (readWeekday(c)) {
            int weekdayEnd = c.pos;
            c.skipSpaces();
            c.eat(',');
            c.skipSpaces();
            DateMatch date = readDate(c, start);
            if (date != null) {
                return date;
            }
            c.pos = weekdayEnd;
            return new DateMatch(start, weekdayEnd, null);
        }
        return readDate(c, start);
    }

    private static DateMatch readDate(Cursor c, int start) {
        int from = c.pos;
        int day;
        int month;
        if (Character.isDigit(c.peek())) {
            day = readDay(c);
            if (day < 0 || c.skipSpaces() == 0 || (month = readMonth(c)) < 0) {
                c.pos = from;
                return null;
            }
        } else {
            month = readMonth(c);
            if (month < 0 || c.skipSpaces() == 0 || (day = readDay(c)) < 0) {
                c.pos = from;
                return null;
            }
        }
        int end = c.pos;
        int year = readYear(c);
        if (year < 0) {
            c.pos = end;
        }
        String value = value(year, month, day);
        if (value == null) {
            c.pos = from;
            return null;
        }
        return new DateMatch(start, c.pos, value);
    }

    /** A day of the month, 1 to 31, with an optional ordinal suffix ("9th"). */
    private static int readDay(Cursor c) {
        int from = c.pos;
        int day = c.readNumber(2);
        if (day >= 1 && day <= 31) {
            String suffix = c.readLetters().toLowerCase(Locale.ROOT);
            if (suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                    || suffix.equals("th")) {
                return day;
            }
        }
        c.pos = from;
        return -1;
    }

    /** A month name or abbreviation (via {@link Months}); an abbreviation takes its period ("Sept."). */
    private static int readMonth(Cursor c) {
        int from = c.pos;
        String word = c.readLetters();
        OptionalInt month = word.isEmpty() ? OptionalInt.empty() : Months.number(word);
        if (month.isEmpty()) {
            c.pos = from;
            return -1;
        }
        String fullName = Month.of(month.getAsInt()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (c.peek() == '.' && !word.equalsIgnoreCase(fullName)) {
            c.pos++;
        }
        return month.getAsInt();
    }

    /** A year after the day or month: " 2024" or ", 2024". */
    private static int readYear(Cursor c) {
        c.skipSpaces();
        if (c.eat(',')) {
            c.skipSpaces();
        }
        int year = c.readNumber(4);
        return year >= 1800 && year <= 2199 && !Character.isLetter(c.peek()) ? year : -1;
    }

    /** "Monday", "Mon", "TUES", in any case. */
    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean readWeekday(Cursor c) {
        int from = c.pos;
        String word = c.readLetters();
        if (!word.isEmpty() && isWeekday(word)) {
            c.eat('.');
            return true;
        }
        c.pos = from;
        return false;
    }

    /** The TIMEX3 value, or null when the day does not exist in that month (and year). */
    private static String value(int year, int month, int day) {
        if (year < 0) {
            return day <= Month.of(month).maxLength() ? String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day) : null;
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day).toString();
    }

    private static Set<String> weekdays() {
        Set<String> names = new HashSet<>(Set.of("tues", "thur", "thurs", "weds"));
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            names.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }
}
