package org.dateline.ingest;

import org.dateline.model.Article;

/**
 * Receives what an {@link ArticleReader} reads, in input order. Exceptions thrown by a sink are not caught:
 * they stop the read and reach the caller of {@link ArticleReader#read}.
 */
public interface ArticleSink {

    /** @param article one article read successfully */
    void article(Article article);

    /** @param error why one input, or one line of a JSON Lines input, gave no article */
    void error(InputError error);
}
