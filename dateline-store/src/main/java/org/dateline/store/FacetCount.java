package org.dateline.store;

/**
 * How many of the articles found have one value of a facet.
 *
 * @param value the value ("Sergey Lavrov", "PERSON", "2015-12")
 * @param count how many articles
 */
public record FacetCount(String value, long count) {
}
