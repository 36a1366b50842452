package org.dateline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.InputError;
import org.dateline.ingest.ReadOptions;
import org.dateline.model.Article;
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
        description = "Runs extraction on the bundled sample corpus and shows what was found.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "Show every article in full (default: the first ${DEFAULT-VALUE} in full, then one line each).")
    boolean full;

    @Option(names = "--show", paramLabel = "N", description = "How many articles to show in full. Default: ${DEFAULT-VALUE}.")
    int show = 3;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        String corpus = SampleCorpus.articles().toString();
        new ArticleReader(ReadOptions.defaults()).read(List.of(corpus), new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(article);
            }

            @Override
            public void error(InputError error) {
                errors.add(error);
            }
        });
        errors.forEach(e -> err.println("dateline: " + e));
        List<Extraction> results = new Extractor().extractAll(articles);

        out.println("Dateline demo: " + results.size() + " articles from " + corpus);
        out.println();
        TextView view = new TextView();
        for (int i = 0; i < results.size(); i++) {
            Extraction x = results.get(i);
            if (full || i < show) {
                view.print(x, out);
            } else {
                out.printf("%-36s %-18s %-12s %2d time expressions%n", x.article().id(),
                        x.dateline() == null ? "(no dateline)" : x.dateline().place(),
                        x.documentDate().value() == null ? "date unknown" : x.documentDate().value(),
                        x.timexes().size());
            }
        }
        summary(results, out);
        out.flush();
        return errors.isEmpty() ? 0 : 1;
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
            bySource.merge(d.source().name().toLowerCase().replace('_', ' '), 1, Integer::sum);
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
        out.println("Next: ./dateline extract --format text sample-corpus/articles   (or --format json for JSON Lines)");
    }
}
