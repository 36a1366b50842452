package org.dateline.ingest;

import java.util.List;
import org.dateline.model.Article;

/** Everything {@link ArticleReader#readAll} read: the articles in input order, and one error per bad input. */
public record ReadResult(List<Article> articles, List<InputError> errors) {
    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }
}
