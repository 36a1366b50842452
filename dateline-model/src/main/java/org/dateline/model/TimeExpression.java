package org.dateline.model;

/**
 * A time expression normalized to a TIMEX3 value.
 *
 * @param span   where it is written
 * @param text   the covered text
 * @param type   DATE, TIME, DURATION or SET
 * @param value  the TIMEX3 value: "2015-12-11", "2015-W50", "P2M", "XXXX-12-09", "2015-12-10/2015-12-11"
 * @param mod    the TIMEX3 mod ("START", "MID", "END", "APPROX", ...), or null
 * @param anchor what the value was resolved against
 */
public record TimeExpression(Span span, String text, TimexType type, String value, String mod, Anchor anchor)
        implements Annotation {
}
