package org.dateline.cli.corpus;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every corpus command shares: where the store is and how to print. */
public final class CorpusOptions {

    /** How answers are printed. */
    public enum Format { text, json, csv }

    @Option(names = "--data", paramLabel = "DIR", description = "The store's data directory. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("dateline-data");

    @Option(names = "--format", description = "text, json (JSON Lines) or csv. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;
}
