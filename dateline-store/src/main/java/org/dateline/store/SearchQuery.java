package org.dateline.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;

/**
 * A search over stored articles: words (Lucene query syntax over title and text; blank for every article) and
 * filters, each optional. Immutable: each {@code with...} returns a new query.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.of("coalition").withEntity("Lavrov").withDates(LocalDate.of(2015, 1, 1), null);
 * }</pre>
 *
 * @param text              words to find; "coalition", "\"air strikes\"", "Lavrov AND Kerry", "" for all
 * @param entities          names that must all be mentioned: an entity's canonical name or alias in the article,
 *                          or a name or alias of the dossier it was resolved to (compared without case, accents,
 *                          dots or a leading "the")
 * @param entityTypes       with {@code entities}: the type those names must have; alone: an entity of one of these
 *                          types must be mentioned
 * @param from              first document date, inclusive, or null
 * @param to                last document date, inclusive, or null
 * @param sources           one of these sources (exact), or any when empty
 * @param eventTypes        an event of one of these types, or any when empty
 * @param stories           in one of these stories, or any when empty
 * @param includeDuplicates whether near-duplicates (republished stories) are found and counted too
 * @param offset            hits to skip, for paging
 * @param limit             hits to return (0 for facets and the count only)
 * @param facetLimit        values per facet (the month histogram is always whole)
 */
public record SearchQuery(String text, List<String> entities, List<EntityType> entityTypes, LocalDate from,
                          LocalDate to, List<String> sources, List<EventType> eventTypes, List<String> stories,
                          boolean includeDuplicates, int offset, int limit, int facetLimit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int DEFAULT_FACET_LIMIT = 10;

    public SearchQuery {
        text = text == null ? "" : text;
        entities = List.copyOf(entities);
        entityTypes = List.copyOf(entityTypes);
        sources = List.copyOf(sources);
        eventTypes = List.copyOf(eventTypes);
        stories = List.copyOf(stories);
        if (offset < 0 || limit < 0 || facetLimit < 0) {
            throw new IllegalArgumentException("offset, limit and facetLimit must not be negative: " + offset + ", "
                    + limit + ", " + facetLimit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
    }

    /** Every article. */
    public static SearchQuery all() {
        return of("");
    }

    /** Articles matching these words. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), List.of(), null, null, List.of(), List.of(), List.of(), false, 0,
                DEFAULT_LIMIT, DEFAULT_FACET_LIMIT);
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, entities, entityTypes, from, to, sources, eventTypes, stories,
                includeDuplicates, offset, limit, facetLimit);
    }

    public SearchQuery withEntity(String name) {
        return new SearchQuery(text, plus(entities, Objects.requireNonNull(name, "name")), entityTypes, from, to, sources,
                eventTypes, stories, includeDuplicates, offset, limit, facetLimit);
    }

    public SearchQuery withEntityType(EntityType type) {
        return new SearchQuery(text, entities, plus(entityTypes, Objects.requireNonNull(type, "type")), from, to,
                sources, eventTypes, stories, includeDuplicates, offset, limit, facetLimit);
    }

    public SearchQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, entities, entityTypes, newFrom, newTo, sources, eventTypes, stories,
                includeDuplicates, offset, limit, facetLimit);
    }

    public SearchQuery withSource(String source) {
        return new SearchQuery(text, entities, entityTypes, from, to, plus(sources, Objects.requireNonNull(source, "source")),
                eventTypes, stories, includeDuplicates, offset, limit, facetLimit);
    }

    public SearchQuery withEventType(EventType type) {
        return new SearchQuery(text, entities, entityTypes, from, to, sources,
                plus(eventTypes, Objects.requireNonNull(type, "type")), stories, includeDuplicates, offset, limit,
                facetLimit);
    }

    public SearchQuery withStory(String storyId) {
        return new SearchQuery(text, entities, entityTypes, from, to, sources, eventTypes,
                plus(stories, Objects.requireNonNull(storyId, "storyId")), includeDuplicates, offset, limit, facetLimit);
    }

    public SearchQuery withDuplicates(boolean include) {
        return new SearchQuery(text, entities, entityTypes, from, to, sources, eventTypes, stories, include, offset,
                limit, facetLimit);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, entities, entityTypes, from, to, sources, eventTypes, stories, includeDuplicates,
                newOffset, newLimit, facetLimit);
    }

    public SearchQuery withFacetLimit(int newFacetLimit) {
        return new SearchQuery(text, entities, entityTypes, from, to, sources, eventTypes, stories, includeDuplicates,
                offset, limit, newFacetLimit);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}
