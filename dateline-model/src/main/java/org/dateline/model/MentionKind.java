package org.dateline.model;

/** How a mention refers to its entity. */
public enum MentionKind {
    /** A proper name: "Sergey Lavrov", "Lavrov", "United States". */
    NAME,
    /** An acronym or abbreviation: "ISIS", "U.S.", "UAE". */
    ACRONYM,
    /** An adjective of nationality or group standing for its entity: "Italian" (counterpart), "American" (coalition). */
    DEMONYM,
    /** A capital standing for its government: "Moscow considers", "appealed to Damascus". */
    METONYM,
    /** A title or description used as a reference: "the Minister", "the Russian side", "Italian counterpart". */
    NOMINAL,
    /** A pronoun: "he", "she", "they". */
    PRONOUN
}
