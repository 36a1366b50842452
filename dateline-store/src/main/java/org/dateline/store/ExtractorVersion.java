package org.dateline.store;

import org.dateline.extract.Extractor;

/**
 * The version of the extractor that stored results come from: {@link Extractor#VERSION}. A stored article whose
 * version differs from the running one is extracted again when it is ingested again (or by
 * {@link Ingestor#reextractStale}).
 */
public final class ExtractorVersion {

    /** The version of the extractor on the class path. */
    public static final String CURRENT = Extractor.VERSION;

    private ExtractorVersion() {
    }
}
