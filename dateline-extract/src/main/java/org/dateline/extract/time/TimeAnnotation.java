package org.dateline.extract.time;

import java.util.List;
import org.dateline.model.DocumentDate;
import org.dateline.model.TimeExpression;

/**
 * The time layer of one article.
 *
 * @param documentDate the creation time the expressions were resolved against, and where it came from
 * @param timexes      the time expressions of title and body, title first, each in text order
 * @param evidence     what the article says about its own year, for anchoring it from related articles
 */
public record TimeAnnotation(DocumentDate documentDate, List<TimeExpression> timexes, YearEvidence evidence) {
    public TimeAnnotation {
        timexes = List.copyOf(timexes);
    }
}
