package org.dateline.store;

import java.time.LocalDate;
import java.util.Objects;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ReadOptions;

/**
 * How an {@link Ingestor} works. Immutable; {@link #defaults()} and the {@code with...} methods make new ones.
 *
 * @param batchSize           articles extracted together (related articles of a batch lend each other years) and
 *                            committed together: after each batch, what it stored is durable
 * @param threads             batches extracted at once (the store is written by one thread, in input order)
 * @param extractorVersion    the version stored with each extraction; a stored article of another version is
 *                            extracted again when it is ingested again
 * @param duplicateThreshold  the Jaccard similarity of word 3-shingles from which a new article is a near-duplicate
 *                            of a stored one
 * @param reextract           extract every article again, whatever version it was stored with
 * @param analyse             run the corpus analysis when the ingest changed anything (or the stored one is stale)
 * @param readOptions         what the readers accept (size limit, standard input)
 * @param published           the publication date of articles whose input gives none ({@code --published}), or null
 */
public record IngestOptions(int batchSize, int threads, String extractorVersion, double duplicateThreshold,
                            boolean reextract, boolean analyse, ReadOptions readOptions, LocalDate published) {

    public static final int DEFAULT_BATCH_SIZE = 128;
    public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.8;

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (extractorVersion == null || extractorVersion.isBlank()) {
            throw new IllegalArgumentException("extractorVersion must not be blank");
        }
        if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
            throw new IllegalArgumentException("duplicateThreshold must be in (0, 1], was " + duplicateThreshold);
        }
        Objects.requireNonNull(readOptions, "readOptions");
    }

    /** Batches of {@value #DEFAULT_BATCH_SIZE}, one extraction thread per core, the current extractor's version. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors(), Extractor.VERSION,
                DEFAULT_DUPLICATE_THRESHOLD, false, true, ReadOptions.defaults(), null);
    }

    public IngestOptions withBatchSize(int size) {
        return new IngestOptions(size, threads, extractorVersion, duplicateThreshold, reextract, analyse, readOptions, published);
    }

    public IngestOptions withThreads(int count) {
        return new IngestOptions(batchSize, count, extractorVersion, duplicateThreshold, reextract, analyse, readOptions, published);
    }

    public IngestOptions withExtractorVersion(String version) {
        return new IngestOptions(batchSize, threads, version, duplicateThreshold, reextract, analyse, readOptions, published);
    }

    public IngestOptions withDuplicateThreshold(double threshold) {
        return new IngestOptions(batchSize, threads, extractorVersion, threshold, reextract, analyse, readOptions, published);
    }

    public IngestOptions withReextract(boolean all) {
        return new IngestOptions(batchSize, threads, extractorVersion, duplicateThreshold, all, analyse, readOptions, published);
    }

    public IngestOptions withAnalyse(boolean run) {
        return new IngestOptions(batchSize, threads, extractorVersion, duplicateThreshold, reextract, run, readOptions, published);
    }

    public IngestOptions withPublished(LocalDate date) {
        return new IngestOptions(batchSize, threads, extractorVersion, duplicateThreshold, reextract, analyse, readOptions, date);
    }

    public IngestOptions withReadOptions(ReadOptions options) {
        return new IngestOptions(batchSize, threads, extractorVersion, duplicateThreshold, reextract, analyse, options, published);
    }
}
