package org.dateline.extract.entity.gazetteer;

/**
 * The manifest of one lexicon resource, read from its header and checked when it is loaded.
 *
 * @param name     the resource's name in its first line ("countries", "places", "organizations")
 * @param version  the format version the loader expects
 * @param source   where the data comes from
 * @param license  its license and the attribution it requires
 * @param rows     how many rows were loaded
 */
public record LexiconInfo(String name, int version, String source, String license, int rows) {
}
