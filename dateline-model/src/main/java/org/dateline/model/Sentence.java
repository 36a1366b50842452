package org.dateline.model;

import java.util.List;

/** A sentence with its tokens in text order. */
public record Sentence(Span span, List<Token> tokens) implements Annotation {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
