package org.dateline.cli.corpus;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.store.ConsoleProgress;
import org.dateline.store.IngestOptions;
import org.dateline.store.IngestReport;
import org.dateline.store.Ingestor;
import org.dateline.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline ingest PATH...}: articles into the store, once each, with their extraction and the corpus analysis. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts and stores articles (text, JSON Lines, HTML, RSS/Atom, WARC, directories, -) in the store.",
                "The same article is stored once; near-duplicates are linked; an article extracted by an older",
                "extractor is extracted again. Each bad input is one line on stderr and the rest goes on."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions options;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--reextract", description = "Extract every stored article again, whatever extractor stored it.")
    boolean reextract;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (yyyy-mm-dd) of inputs that give none.")
    java.time.LocalDate published;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads. Default: the machine's cores.")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (LuceneArticleStore store = LuceneArticleStore.open(options.data)) {
            IngestOptions o = IngestOptions.defaults().withReextract(reextract);
            if (published != null) {
                o = o.withPublished(published);
            }
            if (threads != null) {
                o = o.withThreads(threads);
            }
            Ingestor ingestor = new Ingestor(store, o, ConsoleProgress.onStandardError());
            IngestReport report = ingestor.ingest(paths);
            out.println(report.summary() + " (store: " + options.data + ", " + store.count() + " articles)");
            out.flush();
            return report.badInputs() == 0 ? 0 : 1;
        }
    }
}
