/**
 * The embedded article store and ingest: articles go in once, what is extracted from them is stored and indexed,
 * and questions across articles are answered from the store.
 *
 * <ul>
 *   <li>{@link org.dateline.store.ArticleStore}: the store behind an interface (put, get, search with filters and
 *       facets, the corpus analysis); {@link org.dateline.store.LuceneArticleStore} keeps it in a directory
 *       ({@code ./dateline-data} by default) with Apache Lucene.</li>
 *   <li>{@link org.dateline.store.Ingestor}: reads every input format, extracts in parallel batches, stores each
 *       article once (by content), links near-duplicates, extracts again after an extractor upgrade, commits every
 *       batch before reporting it, and runs the corpus analysis at the end.</li>
 *   <li>{@link org.dateline.store.SearchQuery} and {@link org.dateline.store.SearchResult}: what search takes and
 *       gives; {@link org.dateline.store.StoredCorpus}: the corpus analysis, facts and splits of a store.</li>
 * </ul>
 *
 * <pre>{@code
 * try (LuceneArticleStore store = LuceneArticleStore.open(Path.of("dateline-data"))) {
 *     IngestReport report = new Ingestor(store, IngestOptions.defaults(), ConsoleProgress.onStandardError())
 *             .ingest(List.of("news/", "feed.rss", "crawl.warc.gz"));
 *     SearchResult found = store.search(SearchQuery.of("coalition").withEntity("Lavrov"));
 *     CorpusAnalysis analysis = StoredCorpus.analysis(store).orElseThrow();
 * }
 * }</pre>
 */
package org.dateline.store;
