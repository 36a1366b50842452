package org.dateline.eval;

import java.util.List;

/**
 * The gold annotation of one article, as far as this module scores it.
 *
 * @param id        the article id
 * @param published the publication date, or null
 * @param dateline  the gold dateline, or null when the article has none
 * @param timexes   the gold time expressions: surface text and TIMEX3 value
 * @param entities  the gold entities, each once, in file order
 */
public record GoldArticle(String id, String published, GoldDateline dateline, List<GoldTimex> timexes,
                          List<GoldEntity> entities) {

    public GoldArticle {
        timexes = List.copyOf(timexes);
        entities = List.copyOf(entities);
    }

    /** Gold without entities, for scoring only dates and times. */
    public GoldArticle(String id, String published, GoldDateline dateline, List<GoldTimex> timexes) {
        this(id, published, dateline, timexes, List.of());
    }

    public record GoldDateline(String place, String date) {
    }

    public record GoldTimex(String text, String value) {
    }

    /**
     * One real-world entity of the article.
     *
     * @param type    the type as the gold file writes it ("PERSON", "ORG", "GPE", ...); the scorer maps it
     * @param name    the canonical name: the fullest proper name the article uses
     * @param aliases every other way the article refers to it
     */
    public record GoldEntity(String type, String name, List<String> aliases) {
        public GoldEntity {
            aliases = List.copyOf(aliases);
        }
    }
}
