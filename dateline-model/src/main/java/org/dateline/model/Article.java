package org.dateline.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One news article as read from its source: the unit every extractor works on.
 *
 * @param id        stable identifier (file name without extension, or the record's own id)
 * @param title     headline, possibly empty, never null
 * @param text      body text; spans with {@link Field#BODY} are offsets into it
 * @param published publication date from the source's metadata, or null when unknown
 * @param source    where the article came from (a path, "-" for standard input, or a feed name)
 * @param url       the article's address, or null
 * @param extra     fields of the source record this model does not know, kept as read
 */
public record Article(String id, String title, String text, LocalDate published,
                      String source, String url, Map<String, Object> extra) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
        title = title == null ? "" : title;
        if (text == null) {
            throw new IllegalArgumentException("article text must not be null (id " + id + ")");
        }
        // Kept in the source's order, so output is stable from run to run (Map.copyOf would shuffle it).
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static Article of(String id, String title, String text) {
        return new Article(id, title, text, null, null, null, Map.of());
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, title, text, date, source, url, extra);
    }
}
