package org.dateline.store;

import java.util.List;
import org.dateline.ingest.InputError;

/**
 * Hears how an ingest goes, on the thread that called the {@link Ingestor}. Every method does nothing by default.
 */
public interface IngestListener {

    /** One input (or line, item, record) gave no article; the ingest goes on. */
    default void inputError(InputError error) {
    }

    /**
     * A batch was committed: the articles with these ids are durable (they survive a killed process).
     *
     * @param ids    the content ids stored by this batch, new or replaced
     * @param soFar  the counts of the whole ingest so far
     */
    default void committed(List<String> ids, IngestReport soFar) {
    }

    /**
     * The corpus analysis failed; every article reported as committed is stored all the same, and the stored
     * analysis is stale until an ingest (or {@link Ingestor#analyse}) succeeds.
     */
    default void analysisFailed(RuntimeException failure) {
    }

    /** The ingest is over (the corpus analysis included when it ran). */
    default void finished(IngestReport report) {
    }

    /** A listener that hears nothing. */
    IngestListener SILENT = new IngestListener() {
    };
}
