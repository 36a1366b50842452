package org.dateline.store;

import java.util.List;

/**
 * The answer to a {@link SearchQuery}: how many articles match, one page of them, and what they have in common.
 * Each facet counts the articles that match (not their mentions), most frequent first, then by value; the month
 * histogram counts articles by the month of their document date, in calendar order.
 *
 * @param total      how many articles match
 * @param hits       the requested page, best first (newest first when no words were searched)
 * @param entities   entities (dossier names where the analysis resolved them)
 * @param types      entity types
 * @param sources    sources
 * @param eventTypes event types
 * @param stories    story ids
 * @param months     document dates by month ("2015-12")
 */
public record SearchResult(long total, List<SearchHit> hits, List<FacetCount> entities, List<FacetCount> types,
                           List<FacetCount> sources, List<FacetCount> eventTypes, List<FacetCount> stories,
                           List<FacetCount> months) {

    public SearchResult {
        hits = List.copyOf(hits);
        entities = List.copyOf(entities);
        types = List.copyOf(types);
        sources = List.copyOf(sources);
        eventTypes = List.copyOf(eventTypes);
        stories = List.copyOf(stories);
        months = List.copyOf(months);
    }
}
