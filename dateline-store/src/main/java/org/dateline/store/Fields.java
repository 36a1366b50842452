package org.dateline.store;

import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of an article's Lucene document: what is indexed (searched, filtered), stored (read back) and
 * counted (facets, in the {@code $facets} doc-values field).
 *
 * <table>
 *   <caption>fields</caption>
 *   <tr><th>field</th><th>indexed as</th><th>stored</th><th>what</th></tr>
 *   <tr><td>id</td><td>keyword</td><td>yes</td><td>content id; documents are replaced by it</td></tr>
 *   <tr><td>title, text</td><td>{@link NewsAnalyzer} words, positions</td><td>yes</td><td>the searched words</td></tr>
 *   <tr><td>source</td><td>keyword, facet</td><td>yes</td><td>path, "-", feed</td></tr>
 *   <tr><td>date_day, date_sort</td><td>long point, doc values</td><td>no</td><td>effective date, epoch day</td></tr>
 *   <tr><td>entity</td><td>keyword, normalized</td><td>no</td><td>names and aliases, the article's and its dossiers'</td></tr>
 *   <tr><td>entity_typed</td><td>keyword "TYPE|name"</td><td>no</td><td>the same, with the entity's type</td></tr>
 *   <tr><td>entity_type, event_type, story</td><td>keyword, facet</td><td>event types</td><td>filters</td></tr>
 *   <tr><td>is_duplicate, duplicate_of</td><td>keyword</td><td>duplicate_of</td><td>near-duplicate link</td></tr>
 *   <tr><td>lsh</td><td>keyword</td><td>no</td><td>MinHash band keys, for near-duplicate candidates</td></tr>
 *   <tr><td>version</td><td>keyword</td><td>yes</td><td>extractor version</td></tr>
 *   <tr><td>extraction, facts, entities, links, fingerprint</td><td>-</td><td>yes</td><td>JSON and bytes</td></tr>
 * </table>
 */
final class Fields {

    static final String ID = "id";
    static final String INPUT_ID = "input_id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PUBLISHED = "published";
    static final String SOURCE = "source";
    static final String URL = "url";
    static final String DOCUMENT_DATE = "document_date";
    static final String EFFECTIVE_DATE = "effective_date";
    static final String DATE_DAY = "date_day";
    static final String DATE_SORT = "date_sort";
    static final String ENTITY = "entity";
    static final String ENTITY_TYPED = "entity_typed";
    static final String ENTITY_TYPE = "entity_type";
    static final String ENTITIES = "entities";
    static final String EVENT_TYPE = "event_type";
    static final String STORY = "story";
    static final String LINKS = "links";
    static final String VERSION = "version";
    static final String DUPLICATE_OF = "duplicate_of";
    static final String IS_DUPLICATE = "is_duplicate";
    static final String FINGERPRINT = "fingerprint";
    static final String LSH = "lsh";
    static final String EXTRACTION = "extraction";
    static final String FACTS = "facts";
    static final String INGESTED_AT = "ingested_at";

    static final String YES = "yes";

    static final String FACET_ENTITY = "entity";
    static final String FACET_TYPE = "type";
    static final String FACET_SOURCE = "source";
    static final String FACET_EVENT_TYPE = "event_type";
    static final String FACET_STORY = "story";
    static final String FACET_MONTH = "month";

    /** What a search hit reads. */
    static final Set<String> HIT_FIELDS = Set.of(ID, TITLE, TEXT, SOURCE, URL, EFFECTIVE_DATE, DUPLICATE_OF);

    private Fields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {FACET_ENTITY, FACET_TYPE, FACET_EVENT_TYPE, FACET_STORY}) {
            config.setMultiValued(dim, true);
        }
        return config;
    }
}
