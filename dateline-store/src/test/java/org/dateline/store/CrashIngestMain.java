package org.dateline.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: ingests a file into a store and prints {@code stored <id>} for every
 * article of every batch once its commit returned, then {@code done} at the end.
 *
 * <p>Arguments: data directory, input path, batch size.
 */
public final class CrashIngestMain {

    private CrashIngestMain() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        IngestOptions options = IngestOptions.defaults().withThreads(2).withBatchSize(Integer.parseInt(args[2]))
                .withExtractorVersion("crash-test");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            IngestReport report = new Ingestor(store, options, new IngestListener() {
                @Override
                public void committed(List<String> ids, IngestReport soFar) {
                    StringBuilder lines = new StringBuilder();
                    for (String id : ids) {
                        lines.append("stored ").append(id).append('\n');
                    }
                    System.out.print(lines);
                    System.out.flush();
                }
            }).ingest(List.of(args[1]));
            System.out.println("done " + report.stored() + " " + report.unchanged());
            System.out.flush();
        }
    }
}
