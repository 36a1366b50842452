package org.dateline.extract.time;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * What an article itself says about its own year.
 *
 * @param datelineDay    month and day of a year-less dateline ("11 December"), or null
 * @param latestPastDate the latest date the article reports as past, written with its year
 *                       ("29 December 2014"), or null
 * @param latestPastText how that date is written, for explanations, or null
 */
public record YearEvidence(MonthDay datelineDay, LocalDate latestPastDate, String latestPastText) {

    public static final YearEvidence NONE = new YearEvidence(null, null, null);

    /**
     * The earliest year in which the dateline's day falls on or after every date reported as past:
     * an article datelined "11 December" citing "29 December 2014" is from 2015 at the earliest.
     */
    public int earliestYearOnOrAfter(LocalDate bound) {
        int year = bound.getYear();
        return datelineDay.atYear(year).isBefore(bound) ? year + 1 : year;
    }
}
