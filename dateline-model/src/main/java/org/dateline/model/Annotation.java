package org.dateline.model;

/** Anything extracted from an article: it always points back to the characters it came from. */
public sealed interface Annotation permits Paragraph, Sentence, Token, Dateline, TimeExpression, Mention, Quote, Event {
    Span span();
}
