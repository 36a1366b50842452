/**
 * Reading news articles from files, directories and standard input into {@link org.dateline.model.Article}s.
 *
 * <p>The API is four types: {@link org.dateline.ingest.ArticleReader} reads, an
 * {@link org.dateline.ingest.ArticleSink} receives, {@link org.dateline.ingest.InputError} says in one line
 * why an input gave no article, and {@link org.dateline.ingest.ReadOptions} sets the size limit and what
 * {@code "-"} reads. Everything else in the package is internal.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(ReadOptions.defaults());
 * reader.read(List.of("news/", "feed.jsonl", "-"), new ArticleSink() {
 *     public void article(Article article) { extract(article); }
 *     public void error(InputError error) { System.err.println(error); } // "news/a.txt: empty file"
 * });
 * }</pre>
 */
package org.dateline.ingest;
