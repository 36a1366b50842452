package org.dateline.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * What an article itself says about its own year.
 *
 * @param datelineDay    month and day of a year-less dateline ("11 December"), or null
 * @param latestPastDate the latest date the article reports as past, written with its year
 *                       ("29 December 2014"), or null
 * @param latestPastText how that date is written, for explanations, or null
 * @param weekdays       year-less dates written with their day of the week ("Monday, February 6")
 */
public record YearEvidence(MonthDay datelineDay, LocalDate latestPastDate, String latestPastText,
                           List<MonthDayWeekday> weekdays) {

    /** Weekday-dated days further than this from the dateline day do not narrow its year. */
    private static final int CURRENT_DAYS = 62;

    /** How far past the first possible year the search for a year that fits the weekdays goes (a full calendar cycle). */
    private static final int WEEKDAY_SEARCH_YEARS = 28;

    public static final YearEvidence NONE = new YearEvidence(null, null, null, List.of());

    public YearEvidence {
        weekdays = List.copyOf(weekdays);
    }

    /** A day of the year written with its day of the week. */
    public record MonthDayWeekday(MonthDay day, DayOfWeek weekday) {
    }

    /**
     * The year a year-less dateline most likely belongs to. News style writes the year of a date only when
     * it is not the current one, so an article that reports "29 December 2014" or "4-5 September 2014" as
     * past is from a later year; the first such year is taken, or the first after it in which every date
     * written with its weekday ("Monday, February 6") falls on that weekday.
     */
    public int inferredYear() {
        int first = latestPastDate.getYear() + 1;
        if (weekdays.isEmpty()) {
            return first;
        }
        for (int year = first; year <= first + WEEKDAY_SEARCH_YEARS; year++) {
            if (fitsWeekdays(year)) {
                return year;
            }
        }
        return first; // the weekdays contradict each other: they cannot narrow anything
    }

    /** Whether every weekday-dated day falls on its weekday, taking a day later in the year than the dateline as last year's. */
    boolean fitsWeekdays(int datelineYear) {
        for (MonthDayWeekday w : weekdays) {
            if (MonthDays.apart(w.day(), datelineDay) > CURRENT_DAYS) {
                continue; // a weekday far from the dateline may belong to history ("Black Monday, October 19")
            }
            int year = w.day().isAfter(datelineDay) ? datelineYear - 1 : datelineYear;
            if (!w.day().isValidYear(year) || w.day().atYear(year).getDayOfWeek() != w.weekday()) {
                return false;
            }
        }
        return true;
    }
}
