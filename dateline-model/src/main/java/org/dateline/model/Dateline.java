package org.dateline.model;

/**
 * The dateline that opens a wire story: "ROME, 11 December." or "LONDON, Jan 5 (Reuters) -".
 *
 * @param span      the whole dateline, including its closing punctuation
 * @param place     the place in its usual spelling ("Rome" for "ROME"), or null
 * @param placeSpan where the place is written
 * @param agency    the agency named in it ("Reuters", "TASS"), or null
 * @param date      the date as a TIMEX3 value ("2015-12-11", or "XXXX-12-11" while its year is unknown), or null
 * @param dateSpan  where the date is written, or null
 */
public record Dateline(Span span, String place, Span placeSpan, String agency, String date, Span dateSpan)
        implements Annotation {

    public Dateline withDate(String value) {
        return new Dateline(span, place, placeSpan, agency, value, dateSpan);
    }
}
