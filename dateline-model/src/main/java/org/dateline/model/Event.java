package org.dateline.model;

import java.util.List;

/**
 * Something that happened (or is said not to have happened, or to be planned): who did what to whom, when and where,
 * with the words it was read from.
 *
 * @param id        identifier unique within the article ("v1", "v2", ...)
 * @param type      what kind of happening
 * @param trigger   the word or words that name it ("joined", "the meeting", "launched ... air strikes"); for an
 *                  item of a list whose verb is elided ("September 26 – Denmark"), the item itself
 * @param actors    who did it, as entities of the article
 * @param targets   to whom or what
 * @param time      the TIMEX3 value of its date ("2014-09-19", "2015-12-10/2015-12-11"), or null when the article
 *                  does not date it
 * @param timeSpan  where that date is written, or null (a date taken from the dateline points at the dateline)
 * @param place     where it happened, or null
 * @param negated   the article says it did not or will not happen ("is not about to join")
 * @param modality  whether it happened, is going on or is planned
 * @param evidence  the sentences or list items it was read from, in text order (one happening reported twice has two)
 */
public record Event(String id, EventType type, Span trigger, List<Argument> actors, List<Argument> targets, String time,
                    Span timeSpan, Argument place, boolean negated, Modality modality, List<Span> evidence)
        implements Annotation {

    public Event {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Span span() {
        return evidence.isEmpty() ? trigger : evidence.get(0);
    }

    /** An entity taking part in an event: its id and canonical name. */
    public record Argument(String entityId, String name) {
    }

    /** Tense and mood of the report. */
    public enum Modality {
        /** It happened ("joined", "was formed"). */
        PAST,
        /** It is going on ("is bombing"). */
        ONGOING,
        /** It is planned, announced or expected ("will visit", "is to meet"). */
        PLANNED
    }
}
