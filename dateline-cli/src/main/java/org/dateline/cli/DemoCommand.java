package org.dateline.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.cli.corpus.CorpusOverview;
import org.dateline.web.ServeCommand;
import org.dateline.store.IngestListener;
import org.dateline.store.IngestOptions;
import org.dateline.store.IngestReport;
import org.dateline.store.Ingestor;
import org.dateline.store.LuceneArticleStore;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.InputError;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReadResult;
import org.dateline.model.DocumentDate;
import org.dateline.model.Extraction;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dateline demo}: the extractor on the bundled sample corpus, with a summary of what it found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs extraction on the bundled sample corpus, stores it, shows what was found in each article and across",
                "them, and ends by serving the web UI on it (--no-serve to end after printing)."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Where to store the sample corpus for questions afterwards. Default: ${DEFAULT-VALUE}.")
    Path data = Path.of("dateline-data");

    @Option(names = "--no-serve", description = "End after printing instead of serving the web UI.")
    boolean noServe;

    @Option(names = "--port", description = "Port of the web UI the demo ends by serving. Default: ${DEFAULT-VALUE}.")
    int port = 7070;

    @Option(names = "--full", description = "Show every article in full (default: one article for each way its date "
            + "was found, then one line per article).")
    boolean full;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String corpus = SampleCorpus.articles().toString();
        ReadResult read = new ArticleReader(ReadOptions.defaults()).readAll(List.of(corpus));
        List<InputError> errors = read.errors();
        errors.forEach(e -> err.println("dateline: " + e));
        List<Extraction> results = new Extractor().extractAll(read.articles());

        out.println("Dateline demo: " + results.size() + " articles from " + corpus);
        out.println();
        TextView view = new TextView();
        Set<Extraction> shown = full ? new LinkedHashSet<>(results) : onePerDateSource(results);
        shown.forEach(x -> view.print(x, out));
        if (!full) {
            out.println("All articles (document date, and where it came from):");
            for (Extraction x : results) {
                DocumentDate d = x.documentDate();
                out.printf("  %-36s %-16s %-11s %s%n", x.article().id(),
                        x.dateline() == null ? "(no dateline)" : x.dateline().place(),
                        d.value() == null ? "unknown" : d.value(), d.source().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        summary(results, out);
        out.println();
        // The corpus layer: the same articles in the store, with stories, dossiers and a timeline across them.
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            IngestReport report = new Ingestor(store, IngestOptions.defaults(), IngestListener.SILENT).ingest(List.of(corpus));
            out.println("Corpus: " + report.summary() + " in " + data);
        }
        out.println();
        CorpusOverview.print(data, out);
        out.flush();
        if (!noServe) {
            out.println();
            ServeCommand.serve(data, "127.0.0.1", port, out); // until Ctrl-C
        }
        return errors.isEmpty() ? 0 : 1;
    }

    /** The first article of each way a document date can be found: what a reader should see first. */
    private static Set<Extraction> onePerDateSource(List<Extraction> results) {
        Map<DocumentDate.Source, Extraction> first = new EnumMap<>(DocumentDate.Source.class);
        results.forEach(x -> first.putIfAbsent(x.documentDate().source(), x));
        return new LinkedHashSet<>(first.values());
    }

    private static void summary(List<Extraction> results, PrintWriter out) {
        Map<TimexType, Integer> byType = new EnumMap<>(TimexType.class);
        Map<String, Integer> bySource = new TreeMap<>();
        int datelines = 0;
        int unresolved = 0;
        for (Extraction x : results) {
            if (x.dateline() != null) {
                datelines++;
            }
            DocumentDate d = x.documentDate();
            bySource.merge(d.source().name().toLowerCase(Locale.ROOT).replace('_', ' '), 1, Integer::sum);
            for (TimeExpression t : x.timexes()) {
                byType.merge(t.type(), 1, Integer::sum);
                if (t.value().contains("X")) {
                    unresolved++;
                }
            }
        }
        out.println();
        out.println("Summary");
        out.println("  articles              " + results.size());
        out.println("  with a dateline       " + datelines);
        out.println("  document dates from   " + bySource);
        out.println("  time expressions      " + byType.values().stream().mapToInt(Integer::intValue).sum() + " " + byType);
        out.println("  year left unknown     " + unresolved + " (written as XXXX rather than guessed)");
        out.println();
        out.println("Next: ./dateline extract --format text sample-corpus/articles   (--format json for JSON Lines)");
        out.println("      ./dateline demo --full                                     (every article in full)");
    }
}
