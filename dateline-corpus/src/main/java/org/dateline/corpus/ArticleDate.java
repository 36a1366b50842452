package org.dateline.corpus;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.DocumentDate;

/**
 * An article's own date as far as it is known: a full day, or only day and month ("XXXX-12-09"), or nothing;
 * and how sure its year is.
 *
 * @param date     the day, or null when the year (or everything) is unknown
 * @param monthDay day and month, or null when undated
 * @param strength how sure the year is: {@link #CERTAIN} (metadata, a dateline with its year), {@link #INFERRED}
 *                 (inferred from the article's own past dates), {@link #BORROWED} (lent by a related article of
 *                 the same extraction batch), {@link #NONE} (unknown)
 */
record ArticleDate(LocalDate date, MonthDay monthDay, int strength) {

    static final int CERTAIN = 3;
    static final int INFERRED = 2;
    static final int BORROWED = 1;
    static final int NONE = 0;

    static final ArticleDate UNDATED = new ArticleDate(null, null, NONE);

    private static final Pattern OPEN_YEAR = Pattern.compile("XXXX-(\\d{2})-(\\d{2}).*");

    static ArticleDate of(ArticleFacts a) {
        ArticleFacts.DocDate dd = a.documentDate();
        ArticleDate own = parse(dd.value(), strength(dd.source()));
        if (own.monthDay() == null && a.dateline() != null) {
            own = parse(a.dateline().date(), NONE);
        }
        if (own.monthDay() == null && a.published() != null) {
            own = parse(a.published(), CERTAIN);
        }
        return own;
    }

    static ArticleDate parse(String value, int strength) {
        if (value == null) {
            return UNDATED;
        }
        Matcher m = OPEN_YEAR.matcher(value);
        if (m.matches()) {
            try {
                return new ArticleDate(null, MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), NONE);
            } catch (java.time.DateTimeException e) {
                return UNDATED;
            }
        }
        return DateSpan.parse(value)
                .filter(s -> s.precision() == DateSpan.Precision.DAY)
                .map(s -> new ArticleDate(s.startDate(), MonthDay.from(s.startDate()), Math.max(strength, BORROWED)))
                .orElse(UNDATED);
    }

    static int strength(DocumentDate.Source source) {
        if (source == null) {
            return NONE;
        }
        return switch (source) {
            case METADATA, DATELINE -> CERTAIN;
            case DATELINE_INFERRED_YEAR -> INFERRED;
            case RELATED_ARTICLE -> BORROWED;
            case DATELINE_WITHOUT_YEAR, UNKNOWN -> NONE;
        };
    }

    boolean hasYear() {
        return date != null;
    }

    boolean undated() {
        return monthDay == null;
    }

    /** Days before each month in a leap year. */
    private static final int[] BEFORE_MONTH = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335};

    /** 1..366, as in a leap year, for comparing days and months across years. */
    int dayOfYear() {
        return BEFORE_MONTH[monthDay.getMonthValue() - 1] + monthDay.getDayOfMonth();
    }

    /**
     * Days between two articles' dates, or -1 when either is undated. When a year is missing, or only inferred
     * and the two inferred years are at most one apart, days and months are compared around the year's end
     * ("December 30" and "January 2" are 3 days apart).
     */
    int daysApart(ArticleDate o) {
        if (undated() || o.undated()) {
            return -1;
        }
        int circular = circular(dayOfYear(), o.dayOfYear());
        if (hasYear() && o.hasYear()) {
            long d = Math.abs(ChronoUnit.DAYS.between(date, o.date));
            if ((strength < CERTAIN || o.strength < CERTAIN) && Math.abs(date.getYear() - o.date.getYear()) <= 1) {
                return (int) Math.min(d, circular);
            }
            return (int) Math.min(d, Integer.MAX_VALUE);
        }
        return circular;
    }

    static int circular(int a, int b) {
        int d = Math.abs(a - b);
        return Math.min(d, 366 - d);
    }
}
