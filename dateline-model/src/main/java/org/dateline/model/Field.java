package org.dateline.model;

/** The part of an article a {@link Span} points into: offsets are relative to that field's text. */
public enum Field {
    TITLE,
    BODY;

    /** The text of this field in the given article. */
    public String of(Article article) {
        return this == TITLE ? article.title() : article.text();
    }
}
