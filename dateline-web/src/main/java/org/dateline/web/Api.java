package org.dateline.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.dateline.corpus.ResolvedDate;
import org.dateline.corpus.Story;

/**
 * The shapes the HTTP API answers with, written as JSON with snake_case names ({@link Json}). The OpenAPI document
 * ({@code /openapi.json}) describes the same shapes; keep the two in step.
 */
final class Api {

    private Api() {
    }

    /** An entity (dossier) or a name the analysis linked to none ({@code id} null). */
    record Party(String id, String name) {
    }

    /** An article named by another answer. */
    record ArticleRef(String id, String title, String date) {
    }

    /** A story named by another answer. */
    record StoryRef(String id, String title) {
    }

    /** What the server serves: counts, and whether ingest is possible. */
    record Status(long articles, int dossiers, int stories, int timeline, boolean analysisStored, boolean readOnly,
                  long maxBodyBytes, int maxLimit) {
    }

    // ---- search --------------------------------------------------------------------------------------------------

    record Hit(String id, String title, String source, String url, String date, String duplicateOf, float score,
               String snippet, List<StoryRef> stories) {
    }

    /**
     * One facet value: {@code id} is the dossier id of an entity, the story id of a story; {@code label} a story's
     * title.
     */
    record Facet(String value, long count, String id, String label) {
    }

    record SearchResponse(long total, int offset, int limit, List<Hit> hits, Map<String, List<Facet>> facets) {
    }

    // ---- articles ------------------------------------------------------------------------------------------------

    record ArticleResponse(String id, String title, String text, String published, String source, String url,
                           String documentDate, String duplicateOf, ResolvedDate resolvedDate, List<StoryRef> stories,
                           Map<String, Party> entityDossiers, ObjectNode extraction) {
    }

    // ---- entities ------------------------------------------------------------------------------------------------

    record DossierSummary(String id, String type, String name, List<String> aliases, List<String> roles, int articles,
                          int mentions) {
    }

    record EntityList(int total, int offset, int limit, List<DossierSummary> dossiers) {
    }

    /** Why two article entities were put in one dossier. */
    record Merge(String left, String right, String rule, String evidence) {
    }

    record QuoteView(String articleId, String articleTitle, String date, String text, boolean direct, int start, int end,
                     Party speaker, List<Party> about) {
    }

    /** The words of an article that show a relation: a sentence naming both entities. */
    record Passage(int start, int end, String text) {
    }

    record RelationArticle(String id, String title, String date, List<Passage> sentences) {
    }

    /** Another entity met in the same articles: in how many, and which (with the sentences naming both). */
    record Relation(String id, String name, String type, int count, List<RelationArticle> articles) {
    }

    record DossierResponse(DossierSummary dossier, List<Merge> merges, int mergeCount, List<ArticleRef> articles,
                           int articleCount, List<QuoteView> quotes, int quoteCount, List<EventView> events,
                           int eventCount, List<Relation> related) {
    }

    record QuotesResponse(Party speaker, Party about, int total, List<QuoteView> quotes) {
    }

    // ---- timeline ------------------------------------------------------------------------------------------------

    /** One article's report of a happening; {@code event_id} finds its evidence in the article's extraction. */
    record EventSource(String articleId, String articleTitle, String eventId, String evidence, String modality) {
    }

    /** A happening on the corpus timeline: start and end are days (ISO), precision says how the date was written. */
    record EventView(String id, String date, String precision, String start, String end, String type,
                     String description, List<Party> actors, List<Party> targets, String place, boolean negated,
                     String modality, List<EventSource> sources, List<String> storyIds) {
    }

    record TimelineResponse(int total, int offset, int limit, List<EventView> entries) {
    }

    // ---- stories -------------------------------------------------------------------------------------------------

    record StorySummary(String id, String title, int articles, String first, String last,
                        List<Story.KeyEntity> keyEntities) {
    }

    record StoryList(int total, int offset, int limit, List<StorySummary> stories) {
    }

    /** An article of a story and what it added: entities and events no earlier article of the story had. */
    record StoryArticle(String id, String title, String date, String source, String lead, String joinedBecause,
                        List<Party> newEntities, List<EventView> newEvents, int alsoReports, int quotes) {
    }

    record StoryResponse(StorySummary story, List<StoryArticle> articles) {
    }

    // ---- ingest --------------------------------------------------------------------------------------------------

    /**
     * One article of an ingest; {@code status}: stored (new or re-extracted), duplicate (stored as a near-duplicate of
     * {@code duplicate_of}), unchanged (stored before by this extractor).
     */
    record IngestedArticle(String id, String title, String status, String duplicateOf) {
    }

    record InputProblem(String input, String problem) {
    }

    record IngestResponse(String summary, long read, long stored, long added, long duplicates, long replaced,
                          long unchanged, long badInputs, boolean analysed, List<IngestedArticle> articles,
                          List<InputProblem> errors) {
    }
}
