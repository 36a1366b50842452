package org.dateline.store;

/**
 * A stored article that shares a locality-sensitive band with a fingerprint: a near-duplicate candidate, to be
 * confirmed with {@link Fingerprint#estimatedJaccard(int[])} and then {@link Fingerprint#jaccard(String)}.
 *
 * @param id          its content id
 * @param duplicateOf what it is itself a near-duplicate of, or null
 * @param signature   its MinHash signature ({@link Fingerprint#signatureOf})
 * @param bands       how many bands it shares (1 to {@link Fingerprint#BANDS})
 */
public record SimilarArticle(String id, String duplicateOf, int[] signature, int bands) {
}
