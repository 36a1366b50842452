package org.dateline.store;

/**
 * The part of a stored article the corpus analysis reads.
 *
 * @param id               content id
 * @param duplicateOf      what it republishes, or null
 * @param extractorVersion the version that extracted it
 * @param factsJson        its {@code ArticleFacts} as JSON
 */
public record StoredFacts(String id, String duplicateOf, String extractorVersion, String factsJson) {
}
