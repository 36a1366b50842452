package org.dateline.corpus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dateline.model.Event;
import org.dateline.model.EventType;

/**
 * An event as a line of a timeline a person reads: "France joined US-led coalition", "Sergey Lavrov will visit Italy".
 * One wording for the command line's timelines and the web UI's.
 */
public final class EventPhrases {

    /** Past, planned and negated forms of each type's verb; the subject comes before, the targets after. */
    private record Verb(String past, String base, String passive) {
    }

    private static final Map<EventType, Verb> VERBS = Map.ofEntries(
            Map.entry(EventType.MEET, new Verb("met", "meet", "met")),
            Map.entry(EventType.VISIT, new Verb("visited", "visit", "was visited")),
            Map.entry(EventType.STATEMENT, new Verb("made a statement on", "make a statement on", "made a statement")),
            Map.entry(EventType.ATTACK, new Verb("attacked", "attack", "was attacked")),
            Map.entry(EventType.JOIN, new Verb("joined", "join", "was joined")),
            Map.entry(EventType.LEAVE, new Verb("left", "leave", "was left")),
            Map.entry(EventType.AGREE, new Verb("agreed with", "agree with", "agreed")),
            Map.entry(EventType.SANCTION, new Verb("imposed sanctions on", "impose sanctions on", "was sanctioned")),
            Map.entry(EventType.DESIGNATE, new Verb("designated", "designate", "was designated")),
            Map.entry(EventType.FORM, new Verb("formed", "form", "was formed")),
            Map.entry(EventType.ELECT, new Verb("elected", "elect", "was elected")),
            Map.entry(EventType.APPOINT, new Verb("appointed", "appoint", "was appointed")),
            Map.entry(EventType.DIE, new Verb("killed", "kill", "died")),
            Map.entry(EventType.ARREST, new Verb("arrested", "arrest", "was arrested")),
            Map.entry(EventType.OTHER, new Verb("acted on", "act on", "was acted on")));

    private EventPhrases() {
    }

    public static String describe(Event e) {
        return describe(e.type(), e.actors().stream().map(Event.Argument::name).toList(),
                e.targets().stream().map(Event.Argument::name).toList(), e.place() == null ? null : e.place().name(),
                e.negated(), e.modality());
    }

    /** The line for an event given by its parts (events merged across articles have no single {@link Event}). */
    public static String describe(EventType type, List<String> actorNames, List<String> targetNames, String place,
                                  boolean negated, Event.Modality modality) {
        Verb v = VERBS.get(type);
        String actors = join(actorNames);
        String targets = join(targetNames);
        String verb;
        if (negated) {
            verb = (modality == Event.Modality.PLANNED ? "will not " : "did not ") + v.base();
        } else if (modality == Event.Modality.PLANNED) {
            verb = "will " + v.base();
        } else {
            verb = v.past();
        }
        String line;
        if (actors.isEmpty()) {
            line = targets + " " + (negated ? "was not " + v.past() : v.passive());
        } else if (targets.isEmpty()) {
            line = actors + " " + (type == EventType.STATEMENT ? "made a statement"
                    : type == EventType.DIE || type == EventType.FORM || type == EventType.ELECT
                    || type == EventType.APPOINT ? (negated ? "was not " + v.past() : v.passive()) : verb);
        } else {
            line = actors + " " + verb + " " + targets;
        }
        return place == null ? line : line + " in " + place;
    }

    private static String join(List<String> all) {
        List<String> names = all.stream().distinct().collect(Collectors.toList());
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
