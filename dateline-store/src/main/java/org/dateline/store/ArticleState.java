package org.dateline.store;

/**
 * What ingest needs to know of a stored article to decide whether to extract it again.
 *
 * @param id               its content id
 * @param extractorVersion the version that extracted it
 * @param duplicateOf      what it is a near-duplicate of, or null
 */
public record ArticleState(String id, String extractorVersion, String duplicateOf) {
}
