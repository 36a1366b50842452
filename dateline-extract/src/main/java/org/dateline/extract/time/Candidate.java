package org.dateline.extract.time;

import org.dateline.model.TimexType;

/**
 * A time expression found in a text, not yet anchored.
 *
 * @param start   offset of its first character
 * @param end     offset after its last character
 * @param type    TIMEX3 type
 * @param reading what it means before anchoring
 * @param mod     TIMEX3 mod ("START", "APPROX", ...) or null
 */
record Candidate(int start, int end, TimexType type, Reading reading, String mod) {

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
