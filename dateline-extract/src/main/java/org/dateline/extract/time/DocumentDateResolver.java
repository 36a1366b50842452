package org.dateline.extract.time;

import java.time.LocalDate;
import java.time.MonthDay;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.DocumentDate;

/**
 * Chooses the document creation time: the input's metadata first, then a dateline that writes its year,
 * then a year-less dateline whose year follows from the past dates the article writes with a year (see
 * {@link YearEvidence#inferredYear()}); otherwise the value keeps its unknown year ("XXXX-12-09").
 */
final class DocumentDateResolver {

    DocumentDate resolve(Article article, Dateline dateline, YearEvidence evidence) {
        if (article.published() != null) {
            return DocumentDate.of(article.published(), DocumentDate.Source.METADATA, "publication date from the input");
        }
        if (dateline == null || dateline.date() == null) {
            return DocumentDate.UNKNOWN;
        }
        String value = dateline.date();
        if (!value.startsWith("XXXX")) {
            return new DocumentDate(value, DocumentDate.Source.DATELINE, "dateline date with its year");
        }
        MonthDay day = evidence.datelineDay();
        if (day != null && evidence.latestPastDate() != null) {
            int year = evidence.inferredYear();
            LocalDate date = day.atYear(year);
            return DocumentDate.of(date, DocumentDate.Source.DATELINE_INFERRED_YEAR,
                    "dateline without a year; the article reports \"" + evidence.latestPastText()
                            + "\" as past and writes its year, as news does only for other years, so it is from "
                            + year + (evidence.weekdays().isEmpty() ? "" : ", the first such year that fits the weekdays it gives")
                            + " (an inference: publication metadata or --published overrides it)");
        }
        return new DocumentDate(value, DocumentDate.Source.DATELINE_WITHOUT_YEAR,
                "dateline without a year, and nothing in the article fixes it");
    }

    /** The month and day of a year-less dateline value "XXXX-12-09", or null. */
    static MonthDay datelineDay(Dateline dateline) {
        if (dateline == null || dateline.date() == null || !dateline.date().matches("XXXX-\\d\\d-\\d\\d")) {
            return null;
        }
        return MonthDay.parse("--" + dateline.date().substring(5));
    }

    /** Where resolution starts from: a full date, a month and day without a year, or nothing. */
    static ReferenceDate reference(DocumentDate dct) {
        if (dct.value() == null) {
            return null;
        }
        if (dct.isComplete()) {
            return ReferenceDate.known(dct.date());
        }
        if (dct.value().matches("XXXX-\\d\\d-\\d\\d")) {
            MonthDay md = MonthDay.parse("--" + dct.value().substring(5));
            return ReferenceDate.monthDay(md.getMonthValue(), md.getDayOfMonth());
        }
        return null;
    }
}
