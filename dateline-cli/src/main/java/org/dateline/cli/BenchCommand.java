package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dateline bench}: extraction throughput on one core. Articles are read once into memory, then
 * extracted one at a time on a single thread, after a warm-up, for a fixed time. Reading and writing are
 * not measured: this is the extractor's own cost.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction throughput on one core (articles/s and MB/s of UTF-8 text),",
                "or with --store N the corpus layer on N articles."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", description = "Measured time. Default: ${DEFAULT-VALUE}.")
    double seconds = 10;

    @Option(names = "--warmup", description = "Warm-up time in seconds. Default: ${DEFAULT-VALUE}.")
    double warmup = 5;

    @Option(names = "--store", paramLabel = "N", description = "Instead: the corpus layer on N articles recombined from the sample "
            + "corpus, ingested on every core: ingest articles/s, query latency (median, p99) and the store's size on disk.")
    Integer store;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles to measure on (default: the sample corpus).")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws java.io.IOException {
        if (store != null) {
            org.dateline.store.StoreBench.main(new String[] {String.valueOf(store),
                    String.valueOf(Runtime.getRuntime().availableProcessors()), SampleCorpus.articles().toString()});
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> inputs = paths.isEmpty() ? List.of(SampleCorpus.articles().toString()) : paths;
        ReadResult read = new ArticleReader(ReadOptions.defaults()).readAll(inputs);
        read.errors().forEach(e -> spec.commandLine().getErr().println("dateline: " + e));
        List<Article> articles = read.articles();
        if (articles.isEmpty()) {
            throw new IllegalStateException("no articles to measure on");
        }
        long bytes = 0;
        for (Article a : articles) {
            bytes += (a.title() + "\n" + a.text()).getBytes(StandardCharsets.UTF_8).length;
        }
        Extractor extractor = new Extractor();
        run(extractor, articles, warmup);
        Result r = run(extractor, articles, seconds);
        double perSecond = r.articles / r.seconds;
        double mbPerSecond = perSecond * bytes / articles.size() / 1_000_000.0;
        out.printf("corpus      %d articles, %.1f KB of UTF-8 text (%s)%n", articles.size(), bytes / 1000.0, String.join(" ", inputs));
        out.printf("measured    %d articles in %.1f s on 1 thread (after %.0f s warm-up), Java %s%n",
                r.articles, r.seconds, warmup, Runtime.version());
        out.printf("throughput  %.0f articles/s per core, %.2f MB/s per core%n", perSecond, mbPerSecond);
        out.flush();
        return 0;
    }

    private record Result(long articles, double seconds) {
    }

    private static Result run(Extractor extractor, List<Article> articles, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long n = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            for (Article a : articles) {
                sink += extractor.extract(a).timexes().size();
                n++;
            }
        }
        if (sink < 0) {
            throw new AssertionError(); // keeps the work observable to the JIT
        }
        return new Result(n, (System.nanoTime() - start) / 1e9);
    }
}
