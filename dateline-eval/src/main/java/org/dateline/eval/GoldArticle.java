package org.dateline.eval;

import java.util.List;

/**
 * The gold annotation of one article, as far as this module scores it.
 *
 * @param id        the article id
 * @param published the publication date, or null
 * @param dateline  the gold dateline, or null when the article has none
 * @param timexes   the gold time expressions: surface text and TIMEX3 value
 */
public record GoldArticle(String id, String published, GoldDateline dateline, List<GoldTimex> timexes) {

    public GoldArticle {
        timexes = List.copyOf(timexes);
    }

    public record GoldDateline(String place, String date) {
    }

    public record GoldTimex(String text, String value) {
    }
}
