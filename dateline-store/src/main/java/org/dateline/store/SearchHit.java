package org.dateline.store;

/**
 * One article found.
 *
 * @param id           content id
 * @param title        headline
 * @param source       where it was read from, or null
 * @param url          its address, or null
 * @param documentDate the date it is filed under (TIMEX3 value), or null
 * @param duplicateOf  what it republishes, or null
 * @param score        relevance to the words searched (0 when none were given)
 * @param snippet      the start of its text, or the passage around the first word searched for
 */
public record SearchHit(String id, String title, String source, String url, String documentDate, String duplicateOf,
                        float score, String snippet) {
}
