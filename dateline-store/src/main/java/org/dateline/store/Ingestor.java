package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.corpus.ArticleFacts;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.InputError;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventType;
import org.dateline.model.Extraction;

/**
 * Reads articles, extracts them and stores them, idempotently, incrementally and safely.
 *
 * <ul>
 *   <li><b>Once</b>: an article's id is its content ({@link ContentId}); one already stored by the same extractor
 *       version is left as it is, without being extracted again.</li>
 *   <li><b>Near-duplicates</b>: a new article whose text has Jaccard similarity (word 3-shingles) of at least
 *       {@link IngestOptions#duplicateThreshold} with a stored one, or one read before it in the same ingest, is
 *       stored with {@code duplicate_of} the original (the first of its kind stored, never a duplicate itself):
 *       search hides it unless asked, and the corpus analysis counts it in its original's story, not as a story or
 *       an article of its own.</li>
 *   <li><b>Upgrades</b>: a stored article extracted by another {@link IngestOptions#extractorVersion} is extracted
 *       again when it is read again, or by {@link #reextractStale()} without its input, and replaced.</li>
 *   <li><b>Safe</b>: each batch is committed before {@link IngestListener#committed} reports it, so a killed
 *       process loses at most the batches it had not reported; the analysis is written after the commit.</li>
 * </ul>
 *
 * <p>Batches are extracted on {@link IngestOptions#threads} threads, each with {@link Extractor#extractAll} so that
 * related articles of a batch lend each other years; they are stored by the calling thread, in input order.
 * An Ingestor may run several ingests one after the other, not at once.
 */
public final class Ingestor {

    /** Batches extracted or waiting beyond one per thread, so that the threads work on while a batch is stored. */
    private static final int IN_FLIGHT_SPARE = 2;
    /** Candidates screened per new article, those sharing most bands first. */
    private static final int DUPLICATE_CANDIDATES = 8;
    /**
     * How far below the threshold a signature's estimate may be for the texts to be compared exactly: four
     * standard errors of a {@value Fingerprint#HASHES}-value estimate near 0.8.
     */
    private static final double SCREENING_MARGIN = 0.15;

    private final ArticleStore store;
    private final IngestOptions options;
    private final IngestListener listener;
    private final Extractor extractor;
    private final ExtractionJson extractionJson = new ExtractionJson(new ObjectMapper());

    /** An ingestor with the standard extractor. */
    public Ingestor(ArticleStore store, IngestOptions options, IngestListener listener) {
        this(store, options, listener, new Extractor());
    }

    /** An ingestor with the given extractor (for tests and benchmarks that share one). */
    public Ingestor(ArticleStore store, IngestOptions options, IngestListener listener, Extractor extractor) {
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Ingests files, directories and {@code "-"}: every format {@link ArticleReader} reads (text, JSON Lines, HTML,
     * RSS/Atom feeds, WARC archives). Bad inputs go to {@link IngestListener#inputError}, and the rest goes on.
     */
    public IngestReport ingest(List<String> paths) throws IOException {
        Run run = new Run();
        try {
            new ArticleReader(options.readOptions()).read(paths, new ArticleSink() {
                @Override
                public void article(Article article) {
                    run.accept(article);
                }

                @Override
                public void error(InputError error) {
                    run.badInputs++;
                    listener.inputError(error);
                }
            });
            return run.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            run.close();
        }
    }

    /** Ingests articles read elsewhere (their ids are kept as input ids; the store's are computed from content). */
    public IngestReport ingestArticles(Iterable<Article> articles) throws IOException {
        Run run = new Run();
        try {
            for (Article article : articles) {
                run.accept(article);
            }
            return run.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            run.close();
        }
    }

    /**
     * Extracts again every stored article whose extractor version is not {@link IngestOptions#extractorVersion},
     * from the text and metadata the store kept, and replaces it (its near-duplicate link is kept).
     */
    public IngestReport reextractStale() throws IOException {
        List<Article> stale = new ArrayList<>();
        store.forEachArticle(stored -> {
            if (options.reextract() || !stored.extractorVersion().equals(options.extractorVersion())) {
                stale.add(new Article(stored.inputId() != null ? stored.inputId() : stored.id(), stored.title(),
                        stored.text(), stored.published(), stored.source(), stored.url(), meta(stored)));
            }
        });
        return ingestArticles(stale);
    }

    /**
     * Runs the corpus analysis over every stored article ({@code CorpusAnalyzer}, with the analyst's
     * {@link StoredCorpus#splits}) and stores it with each article's links (stories, dossiers, a year lent by its
     * story). The ingests call it when they changed anything or the stored analysis is stale; call it after a split.
     */
    public void analyse() throws IOException {
        long generation = store.generation();
        List<StoredFacts> facts = new ArrayList<>();
        store.forEachFacts(facts::add);
        CorpusBridge.Analysis analysis = CorpusBridge.analyse(facts, StoredCorpus.splits(store));
        store.link(analysis.links());
        store.commit(); // links first: an analysis on disk is never newer than the links it implies
        store.putAnalysis(analysis.json(), generation);
    }

    /** Whether the stored analysis is missing or older than the stored articles. */
    public boolean analysisIsStale() throws IOException {
        return !StoredCorpus.isCurrent(store);
    }

    // ------------------------------------------------------------------------------------------------------------

    /** What one article needs before extraction. */
    private record Work(Article article, String duplicateOf, boolean replacing) {
    }

    /** One article ready to store, its near-duplicate link still to decide when it is new. */
    private record Prepared(StoredArticle article, Fingerprint fingerprint, boolean replacing) {
    }

    /** One ingest: batches read, extracted in a pool, written in order by the calling thread. */
    private final class Run implements AutoCloseable {

        private final long start = System.nanoTime();
        private final ExecutorService pool;
        private final Deque<Future<List<Prepared>>> inFlight = new ArrayDeque<>();
        private final Set<String> seen = new HashSet<>();
        private List<Article> pending = new ArrayList<>();
        private long read;
        private long added;
        private long duplicates;
        private long replaced;
        private long unchanged;
        private long badInputs;

        Run() {
            AtomicInteger count = new AtomicInteger();
            pool = Executors.newFixedThreadPool(options.threads(), task -> {
                Thread thread = new Thread(task, "dateline-extract-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }

        void accept(Article article) {
            read++;
            pending.add(options.published() != null && article.published() == null
                    ? article.withPublished(options.published()) : article);
            if (pending.size() >= options.batchSize()) {
                flush();
            }
        }

        IngestReport finish() throws IOException {
            flush();
            while (!inFlight.isEmpty()) {
                write(await(inFlight.removeFirst()));
            }
            IngestReport report = report(false);
            if (options.analyse() && (report.stored() > 0 || analysisIsStale())) {
                try {
                    analyse();
                    report = new IngestReport(read, added, duplicates, replaced, unchanged, badInputs, true,
                            report.elapsed());
                } catch (RuntimeException e) { // the articles are stored; a fault of the analysis does not undo that
                    listener.analysisFailed(e);
                }
            }
            listener.finished(report);
            return report;
        }

        private IngestReport report(boolean analysed) {
            return new IngestReport(read, added, duplicates, replaced, unchanged, badInputs, analysed,
                    Duration.ofNanos(System.nanoTime() - start));
        }

        /** Decides what of the pending batch needs extracting, and hands that to the pool. */
        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            List<Article> batch = pending;
            pending = new ArrayList<>();
            Map<String, Article> byId = new HashMap<>();
            List<String> order = new ArrayList<>();
            for (Article article : batch) {
                String id = ContentId.of(article.title(), article.text());
                if (!seen.add(id)) {
                    unchanged++; // the same article twice in one ingest
                    continue;
                }
                byId.put(id, article);
                order.add(id);
            }
            Map<String, ArticleState> states;
            try {
                states = store.states(order);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Work> work = new ArrayList<>();
            for (String id : order) {
                ArticleState state = states.get(id);
                if (state != null && !options.reextract() && options.extractorVersion().equals(state.extractorVersion())) {
                    unchanged++;
                    continue;
                }
                Article a = byId.get(id);
                String inputId = a.id();
                Map<String, Object> extra = new LinkedHashMap<>(a.extra());
                extra.put(INPUT_ID, inputId);
                work.add(new Work(new Article(id, a.title(), a.text(), a.published(), a.source(), a.url(), extra),
                        state == null ? null : state.duplicateOf(), state != null));
            }
            if (work.isEmpty()) {
                return;
            }
            while (inFlight.size() >= options.threads() + IN_FLIGHT_SPARE) {
                write(await(inFlight.removeFirst()));
            }
            inFlight.addLast(pool.submit(() -> prepare(work)));
        }

        private List<Prepared> await(Future<List<Prepared>> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Decides near-duplicates, stores the batch, commits, and only then reports it. */
        private void write(List<Prepared> batch) {
            try {
                List<StoredArticle> articles = new ArrayList<>(batch.size());
                List<Prepared> earlier = new ArrayList<>();
                long newDuplicates = 0;
                for (Prepared p : batch) {
                    StoredArticle article = p.article();
                    if (!p.replacing()) {
                        String original = originalOf(p, earlier);
                        if (original != null) {
                            article = withDuplicateOf(article, original);
                            newDuplicates++;
                        }
                        earlier.add(new Prepared(article, p.fingerprint(), false));
                    }
                    articles.add(article);
                }
                store.put(articles);
                store.commit();
                for (Prepared p : batch) {
                    if (p.replacing()) {
                        replaced++;
                    } else {
                        added++;
                    }
                }
                duplicates += newDuplicates;
                listener.committed(articles.stream().map(StoredArticle::id).toList(), report(false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The original a new article republishes: the most similar stored or earlier article at the threshold.
         * Signatures screen the candidates; the texts of those near the threshold are compared exactly.
         */
        private String originalOf(Prepared p, List<Prepared> earlier) throws IOException {
            Fingerprint fingerprint = p.fingerprint();
            double screen = options.duplicateThreshold() - SCREENING_MARGIN;
            String best = null;
            double bestSimilarity = 0;
            for (SimilarArticle candidate : store.similar(fingerprint, DUPLICATE_CANDIDATES)) {
                if (candidate.id().equals(p.article().id()) || fingerprint.estimatedJaccard(candidate.signature()) < screen) {
                    continue;
                }
                Optional<StoredArticle> stored = store.get(candidate.id());
                double similarity = stored.isEmpty() ? 0 : fingerprint.jaccard(stored.get().text());
                if (similarity >= options.duplicateThreshold() && similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = candidate.duplicateOf() != null ? candidate.duplicateOf() : candidate.id();
                }
            }
            for (Prepared other : earlier) {
                if (fingerprint.estimatedJaccard(other.fingerprint()) < screen) {
                    continue;
                }
                double similarity = fingerprint.jaccard(other.fingerprint());
                if (similarity >= options.duplicateThreshold() && similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    StoredArticle o = other.article();
                    best = o.duplicateOf() != null ? o.duplicateOf() : o.id();
                }
            }
            return best;
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private static final String INPUT_ID = "dateline.input_id";

    /** Extracts a batch and builds what the store keeps; runs on a pool thread. */
    private List<Prepared> prepare(List<Work> work) {
        List<Article> articles = work.stream().map(Work::article).toList();
        List<Extraction> extractions;
        try {
            extractions = extractor.extractAll(articles);
        } catch (RuntimeException batchFailed) { // a fault across the batch: each article on its own still works
            extractions = articles.stream().map(extractor::extract).toList();
        }
        long now = System.currentTimeMillis();
        List<Prepared> prepared = new ArrayList<>(work.size());
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            Extraction x = withoutInputId(extractions.get(i));
            Article a = x.article();
            String inputId = (String) w.article().extra().get(INPUT_ID);
            ArticleFacts facts = ArticleFacts.of(x);
            ObjectNode json = extractionJson.toJson(x);
            if (inputId != null && !inputId.equals(a.id())) {
                json.put("input_id", inputId);
            }
            List<EventType> eventTypes = x.events().stream().map(Event::type).distinct().toList();
            Fingerprint fingerprint = Fingerprint.of(a.text());
            StoredArticle stored = new StoredArticle(a.id(), inputId, a.title(), a.text(), a.published(), a.source(),
                    a.url(), x.documentDate() == null ? null : x.documentDate().value(), CorpusBridge.entityNames(facts),
                    eventTypes, options.extractorVersion(), w.duplicateOf(), fingerprint.signatureBytes(),
                    json.toString(), CorpusBridge.json(facts), CorpusLinks.NONE, now);
            prepared.add(new Prepared(stored, fingerprint, w.replacing()));
        }
        return prepared;
    }

    /** The input's own fields the extraction kept ({@code "meta"}), so that extracting again keeps them too. */
    private static Map<String, Object> meta(StoredArticle stored) {
        try {
            JsonNode meta = CorpusBridge.JSON.readTree(stored.extractionJson()).get("meta");
            if (meta == null || !meta.isObject()) {
                return Map.of();
            }
            return CorpusBridge.JSON.convertValue(meta, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return Map.of();
        }
    }

    /** The input id rode along in {@code extra} for the store's sake; the extraction's metadata does not keep it. */
    private static Extraction withoutInputId(Extraction x) {
        Article a = x.article();
        if (!a.extra().containsKey(INPUT_ID)) {
            return x;
        }
        Map<String, Object> extra = new LinkedHashMap<>(a.extra());
        extra.remove(INPUT_ID);
        Article clean = new Article(a.id(), a.title(), a.text(), a.published(), a.source(), a.url(), extra);
        return new Extraction(clean, x.paragraphs(), x.sentences(), x.dateline(), x.documentDate(), x.timexes(),
                x.entities(), x.quotes(), x.events(), x.diagnostics());
    }

    private static StoredArticle withDuplicateOf(StoredArticle a, String original) {
        return new StoredArticle(a.id(), a.inputId(), a.title(), a.text(), a.published(), a.source(), a.url(),
                a.documentDate(), a.entities(), a.eventTypes(), a.extractorVersion(), original, a.fingerprint(),
                a.extractionJson(), a.factsJson(), a.links(), a.ingestedAt());
    }
}
