package org.dateline.model;

/** A block of text separated from its neighbours by a blank line or a line break. */
public record Paragraph(Span span) implements Annotation {
}
