package org.dateline.model;

/**
 * One place where an article refers to an entity.
 *
 * @param span     where it is written
 * @param text     the covered text
 * @param kind     how it refers (a name, an acronym, a title, ...)
 * @param entityId the id of the entity it was resolved to
 */
public record Mention(Span span, String text, MentionKind kind, String entityId) implements Annotation {
}
