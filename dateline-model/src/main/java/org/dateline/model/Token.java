package org.dateline.model;

/** A word, number or punctuation mark. {@code text} is the covered text, kept for convenience. */
public record Token(Span span, String text) implements Annotation {
}
