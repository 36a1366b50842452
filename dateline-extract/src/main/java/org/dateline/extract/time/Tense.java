package org.dateline.extract.time;

import java.util.regex.Pattern;

/** Whether the clause around a time expression speaks of the past, the future, or neither (as far as cue words tell). */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern FUTURE_CUES = Pattern.compile(
            "\\b(?:will|shall|won't|is to|are to|is due|are due|(?:is|are|was|were) scheduled|plans? to|planned|"
            + "(?:is|are) expected to|intends? to|upcoming|is set to|are set to|going to)\\b|'ll\\b",
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
}
