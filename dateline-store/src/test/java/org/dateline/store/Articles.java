package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;

/** Stored articles made by hand, for store tests that need no extractor. */
final class Articles {

    private Articles() {
    }

    static StoredArticle article(String title, String text, String date, String source, List<StoredArticle.EntityName> entities,
                                 List<EventType> events) {
        return new StoredArticle(ContentId.of(title, text), null, title, text, date == null ? null : LocalDate.parse(date),
                source, "https://example.org/" + title.hashCode(), date, entities, events, "test-1", null,
                Fingerprint.of(text).signatureBytes(), "{\"id\":\"x\"}", "{}", CorpusLinks.NONE, 0);
    }

    static StoredArticle.EntityName person(String name, String... aliases) {
        return new StoredArticle.EntityName(name, EntityType.PERSON, List.of(aliases));
    }

    static StoredArticle.EntityName place(String name, String... aliases) {
        return new StoredArticle.EntityName(name, EntityType.LOCATION, List.of(aliases));
    }

    static StoredArticle.EntityName organization(String name, String... aliases) {
        return new StoredArticle.EntityName(name, EntityType.ORGANIZATION, List.of(aliases));
    }

    static StoredArticle duplicateOf(StoredArticle a, String original) {
        return new StoredArticle(a.id(), a.inputId(), a.title(), a.text(), a.published(), a.source(), a.url(),
                a.documentDate(), a.entities(), a.eventTypes(), a.extractorVersion(), original, a.fingerprint(),
                a.extractionJson(), a.factsJson(), a.links(), a.ingestedAt());
    }
}
