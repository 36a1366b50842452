package org.dateline.extract.time;

import java.util.regex.Pattern;

/** Whether the clause around a time expression speaks of the past, the future, or neither (as far as cue words tell). */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_CUES = Pattern.compile(
            "\\b(?:will|shall|won't|(?:is|are|was|were)\\s+(?:also\\s+|still\\s+)?(?:to|due|scheduled|set\\s+to|expected\\s+to)|"
            + "plans?\\s+to|planned|intends?\\s+to|upcoming|going\\s+to|could|might|"
            + "(?:preparing|prepares|ready|aims?|hopes?)\\s+to|as\\s+(?:early|soon)\\s+as)\\b|'ll\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_CUES = Pattern.compile(
            "\\b(?:was|were|had|did|said|told|began|took|made|came|went|held|met|left|joined|launched|killed|"
            + "[a-z]{3,}ed)\\b", Pattern.CASE_INSENSITIVE);

    /** The tense suggested by a clause; future cues win because a future clause often also contains "said". */
    static Tense of(CharSequence clause) {
        if (FUTURE_CUES.matcher(clause).find()) {
            return FUTURE;
        }
        return PAST_CUES.matcher(clause).find() ? PAST : UNKNOWN;
    }

    /**
     * The tense around an expression: its own neighbourhood decides; failing that, the sentence may say it is
     * past, but a future cue elsewhere in the sentence belongs to another clause ("voters in Thursday's
     * referendum supported the exit, and he intends to resign").
     */
    static Tense around(CharSequence near, CharSequence sentence) {
        Tense local = of(near);
        if (local != UNKNOWN) {
            return local;
        }
        return PAST_CUES.matcher(sentence).find() ? PAST : UNKNOWN;
    }
}
