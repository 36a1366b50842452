package org.dateline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.dateline.extract.Extractor;
import org.dateline.model.Article;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;

/**
 * The store's benchmark: ingest throughput on a generated corpus, the corpus analysis, and query latency. Not a
 * unit test; run its {@code main} from the repository root:
 *
 * <pre>
 * mvn -q -B -o -pl dateline-store -am compile dependency:build-classpath -Dmdep.outputFile=/tmp/store.cp
 * java -cp dateline-store/target/classes:$(cat /tmp/store.cp) org.dateline.store.StoreBench [ARTICLES] [THREADS]
 * </pre>
 *
 * <p>It makes {@code ARTICLES} (default 10,000) articles by recombining the paragraphs of the bundled sample
 * corpus ({@link Recombiner}), ingests them into a new store in a temporary directory with {@code THREADS}
 * (default 2) extraction threads, times the corpus analysis apart, ingests them again (all unchanged), then runs
 * 50 warm-up and 200 timed queries of mixed kinds (words, each filter, combinations, all with facets) and prints
 * articles/s, the latency median and p99, and the store's size on disk.
 */
public final class StoreBench {

    private static final int WARM_UP = 50;
    private static final int QUERIES = 200;

    private StoreBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path corpus = Path.of(args.length > 2 ? args[2] : "sample-corpus/articles");
        Path data = Files.createTempDirectory("dateline-store-bench");
        try {
            run(count, threads, corpus, data);
        } finally {
            delete(data);
        }
    }

    private static void run(int count, int threads, Path corpus, Path data) throws IOException {
        List<Article> articles = Recombiner.of(corpus, 42).next(0, count);
        long characters = articles.stream().mapToLong(a -> a.title().length() + a.text().length()).sum();
        System.out.printf(Locale.ROOT, "corpus: %,d articles recombined from %s, %.1f MB of text, %d cores, %d threads%n",
                articles.size(), corpus, characters / 1e6, Runtime.getRuntime().availableProcessors(), threads);
        Extractor extractor = new Extractor();
        IngestOptions options = IngestOptions.defaults().withThreads(threads).withAnalyse(false)
                .withExtractorVersion("bench");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            Ingestor ingestor = new Ingestor(store, options, IngestListener.SILENT, extractor);

            long cpu = processCpuNanos();
            IngestReport first = ingestor.ingestArticles(articles);
            double cores = (processCpuNanos() - cpu) / 1e9 / seconds(first);
            System.out.printf(Locale.ROOT, "ingest:     %,d stored (%,d near-duplicates) in %.1f s = %.1f articles/s "
                            + "(%.2f cores busy on average; less than %d means other processes took CPU)%n",
                    first.stored(), first.duplicates(), seconds(first), first.articlesPerSecond(), cores, threads);

            long start = System.nanoTime();
            ingestor.analyse();
            double analysis = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "analysis:   %.1f s (%,d stories)%n", analysis,
                    store.search(SearchQuery.all().withPage(0, 0).withFacetLimit(100_000)).stories().size());

            long json = store.analysis().map(a -> (long) a.json().length()).orElse(0L);
            start = System.nanoTime();
            StoredCorpus.analysis(store).orElseThrow();
            System.out.printf(Locale.ROOT, "            stored as %.1f MB of JSON, read back in %.0f ms%n", json / 1e6,
                    (System.nanoTime() - start) / 1e6);

            IngestReport again = ingestor.ingestArticles(articles);
            System.out.printf(Locale.ROOT, "re-ingest:  %,d unchanged in %.1f s = %.0f articles/s%n",
                    again.unchanged(), seconds(again), again.articlesPerSecond());

            List<SearchQuery> queries = queries(store, new Random(7), WARM_UP + QUERIES);
            long[] nanos = new long[QUERIES];
            long hits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long t = System.nanoTime();
                hits += store.search(queries.get(i)).total();
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = System.nanoTime() - t;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "queries:    %d mixed, with facets: median %.2f ms, p99 %.2f ms, max %.2f ms "
                            + "(%,d hits in all)%n", QUERIES, nanos[QUERIES / 2] / 1e6, nanos[(int) Math.ceil(QUERIES * 0.99) - 1] / 1e6,
                    nanos[QUERIES - 1] / 1e6, hits);
        }
        long index = size(data.resolve("index"));
        System.out.printf(Locale.ROOT, "disk:       %.1f MB in all: index %.1f MB (%.1f KB per article), analysis %.1f MB%n",
                size(data) / 1e6, index / 1e6, index / 1e3 / count, (size(data) - index) / 1e6);
    }

    /** Words, each filter alone, and words with filters, drawn from what the store holds. */
    private static List<SearchQuery> queries(ArticleStore store, Random random, int n) throws IOException {
        SearchResult all = store.search(SearchQuery.all().withFacetLimit(200));
        List<String> entities = all.entities().stream().map(FacetCount::value).toList();
        List<String> sources = all.sources().stream().map(FacetCount::value).toList();
        List<String> stories = all.stories().stream().map(FacetCount::value).toList();
        List<String> months = all.months().stream().map(FacetCount::value).toList();
        List<String> words = List.of("coalition", "rescue", "canal", "earthquake", "minister", "agreement",
                "\"climate change\"", "cave AND divers", "ship OR tugboats", "president", "fire", "moon", "referendum",
                "election", "talks", "aid", "said", "Thailand", "Paris", "NASA");
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SearchQuery q = switch (i % 9) {
                case 0 -> SearchQuery.of(pick(words, random));
                case 1 -> SearchQuery.all().withEntity(pick(entities, random));
                case 2 -> SearchQuery.all().withEntityType(EntityType.values()[random.nextInt(EntityType.values().length)]);
                case 3 -> month(SearchQuery.all(), pick(months, random));
                case 4 -> SearchQuery.all().withSource(pick(sources, random));
                case 5 -> SearchQuery.all().withEventType(EventType.values()[random.nextInt(EventType.values().length)]);
                case 6 -> stories.isEmpty() ? SearchQuery.all() : SearchQuery.all().withStory(pick(stories, random));
                case 7 -> SearchQuery.of(pick(words, random)).withEntity(pick(entities, random));
                default -> month(SearchQuery.of(pick(words, random)).withEventType(EventType.STATEMENT), pick(months, random));
            };
            queries.add(q);
        }
        return queries;
    }

    private static SearchQuery month(SearchQuery q, String month) {
        if (month == null) {
            return q;
        }
        LocalDate first = LocalDate.parse(month + "-01");
        return q.withDates(first, first.plusMonths(1).minusDays(1));
    }

    private static String pick(List<String> values, Random random) {
        return values.isEmpty() ? null : values.get(random.nextInt(values.size()));
    }

    /** CPU time of this process, all threads, or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static double seconds(IngestReport report) {
        return report.elapsed().toNanos() / 1e9;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
