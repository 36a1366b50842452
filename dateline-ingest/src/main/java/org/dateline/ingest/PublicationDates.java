package org.dateline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them. A date-time keeps the date it is written with: "2015-12-11T23:30-05:00"
 * is 11 December where it was published, whatever the date in UTC.
 */
final class PublicationDates {

    /** The date part of the ISO-like stamps web pages use: "2015-12-11 10:00:00", "2015-12-11T10:00:00.000+0300". */
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-]).*");
    /** "20151211" and "20151211T103000Z", as some pubdate metas write them. */
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");

    private PublicationDates() {
    }

    /** "YYYY-MM-DD" or an ISO date-time, the two forms JSON Lines records may use; empty for anything else. */
    static Optional<LocalDate> parseIso(String value) {
        String trimmed = value.strip();
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notADate) {
            try {
                return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(trimmed)));
            } catch (DateTimeException notADateTime) {
                return Optional.empty();
            }
        }
    }

    /** Also the looser forms of web-page metadata, and RFC 1123 ("Fri, 11 Dec 2015 10:00:00 GMT"). */
    static Optional<LocalDate> parseLenient(String value) {
        String trimmed = value.strip();
        Optional<LocalDate> iso = parseIso(trimmed);
        if (iso.isPresent()) {
            return iso;
        }
        for (Pattern pattern : new Pattern[] {ISO_DATE_PREFIX, COMPACT_DATE}) {
            Matcher matcher = pattern.matcher(trimmed);
            if (matcher.matches()) {
                return dateOf(matcher);
            }
        }
        try {
            return Optional.of(LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(trimmed)));
        } catch (DateTimeException notRfc1123) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dateOf(Matcher matcher) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }
}
