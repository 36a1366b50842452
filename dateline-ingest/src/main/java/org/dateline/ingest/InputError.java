package org.dateline.ingest;

import java.util.Objects;

/**
 * Why one input gave no article, as one line a user can read: {@code "<input>: <problem>"}, for example
 * {@code "news/a.txt: empty file"} or
 * {@code "feed.jsonl:12: malformed JSON line (Unexpected character ('x' (code 120)) ...)"}.
 *
 * @param input   the path as given (or found under a given directory), {@code "<stdin>"} for standard input,
 *                followed by {@code ":LINE"} when the problem is one line of a JSON Lines input
 * @param problem what is wrong, lower case, without a trailing period
 */
public record InputError(String input, String problem) {

    public InputError {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code "<input>: <problem>"}. */
    @Override
    public String toString() {
        return input + ": " + problem;
    }
}
