package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;

/**
 * One article as the store keeps it: the article, what was extracted from it (as JSON, for display, and as the
 * compact facts the corpus analysis reads), and the terms it is found by.
 *
 * @param id               the stable content id ({@link ContentId})
 * @param inputId          the id the input gave it (file name, JSON Lines "id", "feed-3"), or null
 * @param title            headline, never null
 * @param text             body text
 * @param published        publication date from the input's metadata, or null
 * @param source           where it was read from (a path, "-", a feed), or null
 * @param url              its address, or null
 * @param documentDate     the extractor's document date, a TIMEX3 value ("2015-12-11", "XXXX-12-09"), or null
 * @param entities         the article's entities: canonical name, type and the names it also goes by
 * @param eventTypes       the types of its events, each once
 * @param extractorVersion the {@link org.dateline.extract.Extractor#VERSION} that produced {@code extractionJson} and {@code factsJson}
 * @param duplicateOf      the id of the article this one is a near-duplicate of (a republished wire story), or null
 * @param fingerprint      the MinHash signature ({@link Fingerprint#signatureBytes}), never null
 * @param extractionJson   the extraction as the {@code extract} command prints it, with {@code "id"} the content id
 * @param factsJson        the {@code ArticleFacts} as JSON
 * @param links            what the latest corpus analysis says of it (stories, dossiers, a date lent by its story)
 * @param ingestedAt       when it was stored, milliseconds since the epoch
 */
public record StoredArticle(String id, String inputId, String title, String text, LocalDate published, String source,
                            String url, String documentDate, List<EntityName> entities, List<EventType> eventTypes,
                            String extractorVersion, String duplicateOf, byte[] fingerprint, String extractionJson,
                            String factsJson, CorpusLinks links, long ingestedAt) {

    public StoredArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("stored article id must not be blank");
        }
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
        entities = List.copyOf(entities);
        eventTypes = List.copyOf(eventTypes);
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(extractionJson, "extractionJson");
        Objects.requireNonNull(factsJson, "factsJson");
        links = links == null ? CorpusLinks.NONE : links;
    }

    /** True when this article republishes another one stored before it. */
    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    /** The date it is filed under: the date its story lent it, else the extractor's, or null. */
    public String effectiveDate() {
        return links.documentDate() != null ? links.documentDate() : documentDate;
    }

    public StoredArticle withLinks(CorpusLinks newLinks) {
        return new StoredArticle(id, inputId, title, text, published, source, url, documentDate, entities, eventTypes,
                extractorVersion, duplicateOf, fingerprint, extractionJson, factsJson, newLinks, ingestedAt);
    }

    /**
     * An entity as search sees it.
     *
     * @param name    canonical name in the article ("Sergey Lavrov")
     * @param type    its type
     * @param aliases the other names it goes by in the article ("Lavrov"); descriptions ("the Minister") left out
     */
    public record EntityName(String name, EntityType type, List<String> aliases) {
        public EntityName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            aliases = List.copyOf(aliases);
        }
    }
}
