package org.dateline.cli.corpus;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.web.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline export FORMAT}: the store for other tools, in the formats of {@link Exports}: JSON Lines (one
 * article's facts per line), CSV of the entity dossiers for spreadsheets, and the entity graph as GraphML or GEXF.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the store: jsonl (articles' facts), csv (entities), graphml or gexf (entity graph, every edge with its source articles).")
public final class ExportCommand implements Callable<Integer> {

    enum Kind { jsonl, csv, graphml, gexf }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FORMAT", description = "jsonl, csv, graphml or gexf.")
    Kind kind;

    @Option(names = "--data", paramLabel = "DIR", description = "The store's data directory. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("dateline-data");

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Corpus corpus = Corpus.open(data)) {
            if (out == null) {
                PrintWriter w = spec.commandLine().getOut();
                write(corpus, w);
                w.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); PrintWriter pw = new PrintWriter(w)) {
                    write(corpus, pw);
                }
                spec.commandLine().getOut().println("wrote " + out);
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }

    private void write(Corpus corpus, PrintWriter w) throws IOException {
        Exports.write(kind.name(), corpus.facts(), corpus.analysis, w);
    }
}
