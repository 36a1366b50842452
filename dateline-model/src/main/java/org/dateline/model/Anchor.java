package org.dateline.model;

/**
 * What a relative or incomplete time expression was resolved against.
 *
 * @param kind  where the reference came from
 * @param value the reference's TIMEX3 value ("2015-12-11"), or null for {@link Kind#NONE}
 */
public record Anchor(Kind kind, String value) {

    public enum Kind {
        /** The expression is complete by itself ("15 October 2006"). */
        NONE,
        /** The document creation time ("yesterday", "on Tuesday", a year-less date in news style). */
        DOCUMENT_DATE,
        /** The nearest explicit date of the narrative ("4-5 September 2014 ... On September 19"). */
        NARRATIVE,
        /** Nothing could fix the missing part; the value keeps an X placeholder. */
        UNRESOLVED
    }

    public static final Anchor NONE = new Anchor(Kind.NONE, null);
    public static final Anchor UNRESOLVED = new Anchor(Kind.UNRESOLVED, null);
}
