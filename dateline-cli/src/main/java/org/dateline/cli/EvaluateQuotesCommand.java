package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.eval.QuoteCorpusReader;
import org.dateline.eval.QuoteDocument;
import org.dateline.eval.QuoteScorer;
import org.dateline.eval.Tally;
import org.dateline.extract.Extractor;
import org.dateline.model.Article;
import org.dateline.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dateline evaluate-quotes}: the extractor's quotes against a gold attribution corpus in the uniform JSON Lines
 * schema of {@code shared/data} (PolNeAR), in-process: content spans matched by overlap, direct and reported speech
 * apart, and speakers (see {@link QuoteScorer}).
 */
@Command(name = "evaluate-quotes", mixinStandardHelpOptions = true,
        description = {"Scores quotes against a gold attribution corpus (uniform JSON Lines with \"quotes\").",
                "The extractor reads each document's text (no title); a quote is found when its content overlaps the gold",
                "content by half of the shorter one. Prints P/R/F1 for all quotes, direct, reported, speakers and a summary line."})
final class EvaluateQuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD.jsonl", description = "A uniform JSON Lines corpus with \"quotes\" (a \"split\" field per line).")
    Path gold;

    @Option(names = "--split", paramLabel = "SPLIT", description = "Only the documents of this split (dev, test, ...). Default: all.")
    String split;

    @Option(names = "--verbose", description = "Print every miss, false alarm, wrong speaker and direct/reported mix-up.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<QuoteDocument> docs = new QuoteCorpusReader().read(gold, split == null ? Set.of() : Set.of(split));
        Extractor extractor = new Extractor();
        Map<String, List<QuoteScorer.Prediction>> predictions = new HashMap<>();
        long t0 = System.nanoTime();
        for (QuoteDocument d : docs) {
            Extraction x = extractor.extract(new Article(d.id(), "", d.text(), EvaluateCommand.date(d.dct()), null, null, Map.of()));
            predictions.put(d.id(), QuoteScorer.predictions(x));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        QuoteScorer.Report r = new QuoteScorer().score(docs, predictions);
        if (verbose) {
            r.notes().forEach(out::println);
        }
        long direct = docs.stream().flatMap(d -> d.quotes().stream()).filter(QuoteDocument.GoldQuote::direct).count();
        out.printf("gold        %s%s, %d documents, %d quotes (%d direct, %d reported)%n", gold,
                split == null ? "" : " (split " + split + ")", r.documents(), r.goldQuotes(), direct, r.goldQuotes() - direct);
        out.printf("extractor   %d quotes: %.1f s, %.1f articles/s%n", r.predicted(), seconds,
                docs.size() / Math.max(seconds, 1e-9));
        out.println(r.all().row("quotes all"));
        out.println(r.direct().row("direct"));
        out.println(r.reported().row("reported"));
        out.println(r.speakers().row("speakers"));
        out.printf("summary: quotes_all=%.3f direct=%.3f reported=%.3f speakers=%.3f%n", r.all().f1(), r.direct().f1(),
                r.reported().f1(), r.speakers().f1());
        out.flush();
        return 0;
    }
}
