package org.dateline.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where ingested articles live: each article with what was extracted from it, found by words and filters, with
 * facet counts. {@link LuceneArticleStore} keeps it in a local directory; the interface leaves room for a
 * distributed search engine behind the same calls.
 *
 * <p>Writes ({@link #put}, {@link #link}, {@link #delete}) are visible to this store's reads at once and
 * durable once {@link #commit} returns: a process killed at any point leaves the store as of the last commit,
 * and it opens. Implementations are thread-safe.
 */
public interface ArticleStore extends Closeable {

    /** Adds articles, replacing any stored under the same id. Not durable before {@link #commit}. */
    void put(List<StoredArticle> articles) throws IOException;

    /** Removes articles by id; ids not stored are ignored. Not durable before {@link #commit}. */
    void delete(Collection<String> ids) throws IOException;

    /**
     * Sets what the corpus analysis says of each article: {@code links} holds every article the analysis covered,
     * and an article it does not hold has no links ({@link CorpusLinks#NONE}). Only articles whose links change are
     * rewritten. Not durable before {@link #commit}.
     *
     * @return how many articles changed
     */
    int link(Map<String, CorpusLinks> links) throws IOException;

    /** Makes every write so far durable, atomically. */
    void commit() throws IOException;

    /** The article stored under this id. */
    Optional<StoredArticle> get(String id) throws IOException;

    /** The version and duplicate link of each of these ids that is stored; absent ids are left out. */
    Map<String, ArticleState> states(Collection<String> ids) throws IOException;

    /** Stored articles that share a locality-sensitive band with this fingerprint, most bands first. */
    List<SimilarArticle> similar(Fingerprint fingerprint, int limit) throws IOException;

    /** Articles matching the query, one page of them, and the facets of all that match. */
    SearchResult search(SearchQuery query) throws IOException;

    /** How many articles are stored, near-duplicates included. */
    long count() throws IOException;

    /** Every stored article's facts, in no particular order. */
    void forEachFacts(Consumer<StoredFacts> consumer) throws IOException;

    /** Every stored article, in no particular order (text and JSON included: heavier than {@link #forEachFacts}). */
    void forEachArticle(Consumer<StoredArticle> consumer) throws IOException;

    /**
     * Replaces the stored corpus analysis (JSON). Durable and atomic when this returns: a reader sees the old or the
     * new analysis, whole.
     *
     * @param generation the store generation ({@link #generation}) it was computed from
     */
    void putAnalysis(String json, long generation) throws IOException;

    /** The latest corpus analysis stored, with the generation it was computed from. */
    Optional<StoredAnalysis> analysis() throws IOException;

    /**
     * Stores a small named JSON document beside the articles (the analyst's corrections, settings), replacing any
     * of that name. Durable and atomic when this returns.
     *
     * @param name lower-case letters, digits and dashes ("splits")
     */
    void putDocument(String name, String json) throws IOException;

    /** The named document, if one was stored. */
    Optional<String> document(String name) throws IOException;

    /** A number that grows with every commit that changed articles: an analysis of an older generation is stale. */
    long generation() throws IOException;

    /**
     * A corpus analysis as stored.
     *
     * @param json       the analysis
     * @param generation the store generation it was computed from
     */
    record StoredAnalysis(String json, long generation) {
    }
}
