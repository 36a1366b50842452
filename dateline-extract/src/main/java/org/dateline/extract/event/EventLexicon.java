package org.dateline.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.model.EventType;

/**
 * The words that name events, by type: the one place to extend when a new kind of event or a new way of writing one
 * is needed. A trigger is a word form (verbs in their finite and participle forms, a few nouns), with an optional
 * condition on the words right after it ("launched" is an attack only before "strikes", "recognized" a designation
 * only before "as").
 */
final class EventLexicon {

    /** One trigger word: its type, whether it is a noun, and what must follow it (or null). */
    record Trigger(EventType type, boolean noun, Pattern mustFollow) {
    }

    private static final Pattern STRIKES = Pattern.compile("^(?:\\s+\\S+){0,3}?\\s+(?:air\\s*)?(?:strikes?|attacks?|raids?|offensive|bombing|airstrikes?|shelling)\\b");
    private static final Pattern AS = Pattern.compile("^(?:\\s+\\S+){0,2}?\\s+as\\b");
    private static final Pattern SANCTIONS = Pattern.compile("^(?:\\s+\\S+){0,3}?\\s+(?:sanctions|an?\\s+embargo|embargoes)\\b");
    private static final Pattern WITH = Pattern.compile("^\\s+with\\b");
    private static final Pattern FROM = Pattern.compile("^\\s+from\\b");
    private static final Pattern UP = Pattern.compile("^\\s+up\\b");
    /** "named X as ...", "named to head ...": an appointment, not a name ("named after Apollo"). */
    private static final Pattern NAMED_AS = Pattern.compile("^(?:\\s+\\S+){0,4}?\\s+(?:as|to\\s+(?:head|lead|replace|succeed|run))\\b");

    private static final Map<String, Trigger> WORDS = new HashMap<>();

    static {
        verbs(EventType.MEET, null, "met", "meet", "meets");
        nouns(EventType.MEET, WITH, "meeting", "talks", "negotiations");
        verbs(EventType.VISIT, null, "visit", "visits", "visited", "toured");
        nouns(EventType.VISIT, null, "visit");
        verbs(EventType.ATTACK, null, "attacked", "attack", "attacks", "bombed", "bomb", "bombs", "bombing", "struck",
                "shelled", "shell", "raided", "invaded", "invade");
        verbs(EventType.ATTACK, STRIKES, "launched", "launch", "launches", "carried", "conducted", "began");
        verbs(EventType.JOIN, null, "joined", "join", "joins", "acceded");
        verbs(EventType.LEAVE, FROM, "withdrew", "withdraw", "withdraws", "exited", "pulled");
        verbs(EventType.LEAVE, null, "quit", "quits");
        verbs(EventType.AGREE, null, "agreed", "signed", "ratified");
        verbs(EventType.SANCTION, null, "sanctioned");
        verbs(EventType.SANCTION, SANCTIONS, "imposed", "impose", "imposes", "introduced", "extended");
        verbs(EventType.DESIGNATE, AS, "recognized", "recognised", "designated", "declared", "listed", "branded");
        verbs(EventType.DESIGNATE, null, "banned", "outlawed");
        verbs(EventType.FORM, null, "formed", "established", "founded", "created");
        verbs(EventType.FORM, UP, "set");
        verbs(EventType.ELECT, null, "elected", "re-elected", "reelected");
        verbs(EventType.APPOINT, null, "appointed", "nominated");
        verbs(EventType.APPOINT, NAMED_AS, "named");
        verbs(EventType.DIE, null, "died", "killed", "dies");
        verbs(EventType.ARREST, null, "arrested", "detained", "arrests", "detains");
    }

    private EventLexicon() {
    }

    private static void verbs(EventType type, Pattern mustFollow, String... forms) {
        for (String f : forms) {
            WORDS.putIfAbsent(f, new Trigger(type, false, mustFollow));
        }
    }

    private static void nouns(EventType type, Pattern mustFollow, String... forms) {
        for (String f : forms) {
            WORDS.putIfAbsent(f, new Trigger(type, true, mustFollow));
        }
    }

    /** The trigger a word at {@code [start, end)} of {@code text} is, if it is one in its context. */
    static Trigger at(String text, int start, int end) {
        Trigger t = WORDS.get(text.substring(start, end).toLowerCase(Locale.ROOT));
        if (t == null) {
            return null;
        }
        if (t.mustFollow() != null) {
            int to = Math.min(text.length(), end + 60);
            if (!t.mustFollow().matcher(text.substring(end, to)).find()) {
                return null;
            }
        }
        return t;
    }

    /** Every type with a trigger, for documentation and tests. */
    static List<EventType> types() {
        return WORDS.values().stream().map(Trigger::type).distinct().sorted().toList();
    }
}
