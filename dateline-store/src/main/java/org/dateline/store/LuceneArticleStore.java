package org.dateline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;

/**
 * The article store in a local directory, on Apache Lucene: one Lucene document per article (see {@link Fields}
 * for what is indexed and stored how), the latest corpus analysis beside it in {@code analysis.json}.
 *
 * <p>Crash safety comes from Lucene's commits: a commit is atomic and fsynced, a killed process leaves the index as
 * of the last commit, and Lucene's lock is released by the operating system when its holder dies. The analysis file
 * is replaced by an atomic rename. Writes are visible to reads through this store at once (near-real-time) and
 * durable after {@link #commit()}.
 *
 * <p>Open it with {@link #open} to write (one process at a time: another one gets a clear error) or
 * {@link #openReadOnly} to search while another process ingests (it sees that process's commits).
 */
public final class LuceneArticleStore implements ArticleStore {

    /** Where the store lives unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("dateline-data");

    /** The layout of documents and fields; a store of another format is refused rather than misread. */
    static final String FORMAT = "1";
    private static final String FORMAT_KEY = "dateline.store.format";
    private static final String GENERATION_KEY = "dateline.store.generation";
    private static final String INDEX = "index";
    private static final String ANALYSIS = "analysis.json";
    private static final int SNIPPET_CHARS = 200;
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2}).*");
    private static final Pattern DOCUMENT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<StoredArticle.EntityName>> ENTITY_LIST = new TypeReference<>() {
    };

    private final Path dataDirectory;
    private final Directory directory;
    private final IndexWriter writer; // null when read-only
    private final SearcherManager searchers;
    private final Analyzer analyzer = new NewsAnalyzer();
    private final FacetsConfig facets = Fields.facetsConfig();
    private final Object facetLock = new Object();
    private SortedSetDocValuesReaderState facetState; // for the reader it was built on; guarded by facetLock
    private final Object bandLock = new Object();
    private BandIndex bands; // built at the first similar(); guarded by bandLock
    private volatile boolean unrefreshed;
    private boolean articlesChanged; // since the last commit; guarded by this
    private long generation; // guarded by this

    private LuceneArticleStore(Path dataDirectory, Directory directory, IndexWriter writer, long generation)
            throws IOException {
        this.dataDirectory = dataDirectory;
        this.directory = directory;
        this.writer = writer;
        this.generation = generation;
        this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    }

    /**
     * Opens the store in this directory for reading and writing, creating it when the directory holds none.
     *
     * @throws IOException when another process has it open for writing, or it is of another format
     */
    public static LuceneArticleStore open(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        Directory directory = FSDirectory.open(dataDirectory.resolve(INDEX));
        IndexWriter writer;
        try {
            IndexWriterConfig config = new IndexWriterConfig(new NewsAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // LZ4 stored fields: a hit decompresses a block that also holds its neighbours' JSON, and
                    // DEFLATE (BEST_COMPRESSION), 25% smaller on disk, made queries three to four times slower
                    .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED))
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("the store in " + dataDirectory + " is open for writing in another process", e);
        }
        try {
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            }
            checkFormat(dataDirectory, data);
            long generation = Long.parseLong(data.getOrDefault(GENERATION_KEY, "0"));
            if (!DirectoryReader.indexExists(directory)) {
                writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, GENERATION_KEY, "0").entrySet());
                writer.commit(); // an empty store has a commit, so that a read-only open finds it
            }
            return new LuceneArticleStore(dataDirectory, directory, writer, generation);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /**
     * Opens an existing store for searching only; it sees what writers commit, as they commit it.
     *
     * @throws NoSuchFileException when the directory holds no store
     */
    public static LuceneArticleStore openReadOnly(Path dataDirectory) throws IOException {
        Directory directory = FSDirectory.open(dataDirectory.resolve(INDEX));
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoSuchFileException(dataDirectory.toString(), null, "no article store there");
            }
            Map<String, String> data;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                data = reader.getIndexCommit().getUserData();
            }
            checkFormat(dataDirectory, data);
            return new LuceneArticleStore(dataDirectory, directory, null, 0);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static void checkFormat(Path dataDirectory, Map<String, String> commitData) throws IOException {
        String format = commitData.get(FORMAT_KEY);
        if (format != null && !format.equals(FORMAT)) {
            throw new IOException("the store in " + dataDirectory + " is of format " + format + ", this version reads format "
                    + FORMAT + ": ingest into a new data directory");
        }
    }

    /** The directory the store lives in. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void put(List<StoredArticle> articles) throws IOException {
        IndexWriter w = writable();
        for (StoredArticle article : articles) {
            w.updateDocument(new Term(Fields.ID, article.id()), facets.build(toDocument(article)));
        }
        synchronized (bandLock) {
            if (bands != null) {
                for (StoredArticle article : articles) {
                    bands.add(article.id(), article.duplicateOf(), article.fingerprint());
                }
            }
        }
        changed(true);
    }

    @Override
    public void delete(Collection<String> ids) throws IOException {
        IndexWriter w = writable();
        for (String id : ids) {
            w.deleteDocuments(new Term(Fields.ID, id));
        }
        synchronized (bandLock) {
            if (bands != null) {
                ids.forEach(bands::remove);
            }
        }
        changed(true);
    }

    @Override
    public int link(Map<String, CorpusLinks> links) throws IOException {
        IndexWriter w = writable();
        int[] changed = {0};
        try {
            // the visit reads a snapshot, so rewriting documents as they are visited is safe
            visitAll(null, doc -> {
                CorpusLinks wanted = links.getOrDefault(doc.get(Fields.ID), CorpusLinks.NONE);
                if (!json(wanted).equals(doc.get(Fields.LINKS))) {
                    StoredArticle linked = fromDocument(doc).withLinks(wanted);
                    try {
                        w.updateDocument(new Term(Fields.ID, linked.id()), facets.build(toDocument(linked)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    changed[0]++;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (changed[0] > 0) {
            changed(false);
        }
        return changed[0];
    }

    @Override
    public synchronized void commit() throws IOException {
        IndexWriter w = writable();
        if (articlesChanged) {
            generation++;
            articlesChanged = false;
        }
        w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, GENERATION_KEY, Long.toString(generation)).entrySet());
        w.commit();
    }

    /** @param articles whether articles changed (a new generation), not only their links */
    private synchronized void changed(boolean articles) {
        articlesChanged |= articles;
        unrefreshed = true;
    }

    private IndexWriter writable() {
        if (writer == null) {
            throw new IllegalStateException("the store in " + dataDirectory + " was opened read-only");
        }
        return writer;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Optional<StoredArticle> get(String id) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(fromDocument(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public Map<String, ArticleState> states(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        IndexSearcher searcher = acquire();
        try {
            List<BytesRef> terms = ids.stream().distinct().map(BytesRef::new).toList();
            TopDocs top = searcher.search(new TermInSetQuery(Fields.ID, terms), terms.size());
            Map<String, ArticleState> states = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(Fields.ID, Fields.VERSION, Fields.DUPLICATE_OF));
                states.put(doc.get(Fields.ID), new ArticleState(doc.get(Fields.ID), doc.get(Fields.VERSION),
                        doc.get(Fields.DUPLICATE_OF)));
            }
            return states;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>A writable store answers from an in-memory {@link BandIndex}, built from the stored signatures at the first
     * call and kept up to date by {@link #put} and {@link #delete}; a read-only one asks the index's {@code lsh}
     * terms.
     */
    @Override
    public List<SimilarArticle> similar(Fingerprint fingerprint, int limit) throws IOException {
        if (writer != null) {
            synchronized (bandLock) {
                if (bands == null) {
                    BandIndex index = new BandIndex();
                    visitAll(Set.of(Fields.ID, Fields.DUPLICATE_OF, Fields.FINGERPRINT), doc -> index.add(doc.get(Fields.ID),
                            doc.get(Fields.DUPLICATE_OF), doc.getBinaryValue(Fields.FINGERPRINT).bytes));
                    bands = index;
                }
                return bands.similar(fingerprint, limit);
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String band : fingerprint.bands()) {
            query.add(new ConstantScoreQuery(new TermQuery(new Term(Fields.LSH, band))), Occur.SHOULD);
        }
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(query.build(), Math.max(1, limit));
            List<SimilarArticle> similar = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc, Set.of(Fields.ID, Fields.DUPLICATE_OF, Fields.FINGERPRINT));
                similar.add(new SimilarArticle(doc.get(Fields.ID), doc.get(Fields.DUPLICATE_OF),
                        Fingerprint.signatureOf(doc.getBinaryValue(Fields.FINGERPRINT).bytes), Math.round(hit.score)));
            }
            return similar;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public SearchResult search(SearchQuery q) throws IOException {
        Query query = toLuceneQuery(q);
        IndexSearcher searcher = acquire();
        try {
            int wanted = Math.max(1, q.offset() + q.limit());
            boolean byRelevance = !q.text().isBlank();
            FacetsCollectorManager.FacetsResult result = byRelevance
                    ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, newestFirst(), new FacetsCollectorManager());
            FacetsCollector matching = result.facetsCollector();
            long total = matching.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            Set<String> snippetTerms = byRelevance ? queryWords(query) : Set.of();
            StoredFields stored = searcher.storedFields();
            for (int i = q.offset(); i < Math.min(docs.length, q.offset() + q.limit()); i++) {
                Document doc = stored.document(docs[i].doc, Fields.HIT_FIELDS);
                hits.add(new SearchHit(doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.SOURCE), doc.get(Fields.URL),
                        doc.get(Fields.EFFECTIVE_DATE), doc.get(Fields.DUPLICATE_OF),
                        byRelevance && !Float.isNaN(docs[i].score) ? docs[i].score : 0f,
                        snippet(doc.get(Fields.TEXT), snippetTerms)));
            }
            if (q.facetLimit() == 0 || total == 0) {
                return new SearchResult(total, hits, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            }
            Optional<SortedSetDocValuesReaderState> maybeState = facetState(searcher.getIndexReader());
            if (maybeState.isEmpty()) {
                return new SearchResult(total, hits, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            }
            SortedSetDocValuesReaderState state = maybeState.get();
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matching);
            Set<String> dims = new LinkedHashSet<>();
            state.getDims().forEach(dims::add);
            return new SearchResult(total, hits,
                    top(counts, dims, Fields.FACET_ENTITY, q.facetLimit()),
                    top(counts, dims, Fields.FACET_TYPE, q.facetLimit()),
                    top(counts, dims, Fields.FACET_SOURCE, q.facetLimit()),
                    top(counts, dims, Fields.FACET_EVENT_TYPE, q.facetLimit()),
                    top(counts, dims, Fields.FACET_STORY, q.facetLimit()),
                    months(counts, dims));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public long count() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void forEachFacts(Consumer<StoredFacts> consumer) throws IOException {
        visitAll(Set.of(Fields.ID, Fields.DUPLICATE_OF, Fields.VERSION, Fields.FACTS), doc -> consumer.accept(
                new StoredFacts(doc.get(Fields.ID), doc.get(Fields.DUPLICATE_OF), doc.get(Fields.VERSION),
                        doc.get(Fields.FACTS))));
    }

    @Override
    public void forEachArticle(Consumer<StoredArticle> consumer) throws IOException {
        visitAll(null, doc -> consumer.accept(fromDocument(doc)));
    }

    @Override
    public synchronized long generation() throws IOException {
        if (writer != null) {
            return generation;
        }
        IndexSearcher searcher = acquire();
        try {
            Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            return Long.parseLong(data.getOrDefault(GENERATION_KEY, "0"));
        } finally {
            searchers.release(searcher);
        }
    }

    // ---------------------------------------------------------------- the corpus analysis

    @Override
    public void putAnalysis(String json, long analysedGeneration) throws IOException {
        writable();
        writeAtomically(dataDirectory.resolve(ANALYSIS), "{\"generation\":" + analysedGeneration + "}\n" + json);
    }

    @Override
    public void putDocument(String name, String json) throws IOException {
        writable();
        writeAtomically(documentPath(name), json);
    }

    @Override
    public Optional<String> document(String name) throws IOException {
        Path file = documentPath(name);
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    }

    private Path documentPath(String name) {
        if (name == null || !DOCUMENT_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a document name is lower-case letters, digits and dashes, not \"" + name + "\"");
        }
        return dataDirectory.resolve("documents").resolve(name + ".json");
    }

    /** Writes a temporary file, forces it to disk, renames it over the target and forces the rename. */
    private static void writeAtomically(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true); // the rename itself is durable
        } catch (IOException notSupportedOnThisFileSystem) {
            // some platforms cannot open a directory; the rename is still atomic there
        }
    }

    @Override
    public Optional<StoredAnalysis> analysis() throws IOException {
        Path file = dataDirectory.resolve(ANALYSIS);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int newline = content.indexOf('\n');
        if (newline < 0) {
            throw new IOException(file + " is damaged: no header line");
        }
        long analysed = JSON.readTree(content.substring(0, newline)).path("generation").asLong(-1);
        return Optional.of(new StoredAnalysis(content.substring(newline + 1), analysed));
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer != null && writer.isOpen()) {
                commit();
            }
        } finally {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        }
    }

    /** Closes without committing, as a killed process would: for tests of what survives. */
    void closeWithoutCommit() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
        } finally {
            directory.close();
        }
    }

    // ---------------------------------------------------------------- documents

    private Document toDocument(StoredArticle a) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, a.id(), Store.YES));
        if (a.inputId() != null) {
            doc.add(new StoredField(Fields.INPUT_ID, a.inputId()));
        }
        doc.add(new TextField(Fields.TITLE, a.title(), Store.YES));
        doc.add(new TextField(Fields.TEXT, a.text(), Store.YES));
        if (a.published() != null) {
            doc.add(new StoredField(Fields.PUBLISHED, a.published().toString()));
        }
        if (a.source() != null && !a.source().isEmpty()) {
            doc.add(new StringField(Fields.SOURCE, a.source(), Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, a.source()));
        }
        if (a.url() != null) {
            doc.add(new StoredField(Fields.URL, a.url()));
        }
        if (a.documentDate() != null) {
            doc.add(new StoredField(Fields.DOCUMENT_DATE, a.documentDate()));
        }
        String date = a.effectiveDate();
        if (date != null) {
            doc.add(new StoredField(Fields.EFFECTIVE_DATE, date));
            day(date).ifPresent(day -> {
                doc.add(new LongPoint(Fields.DATE_DAY, day.toEpochDay()));
                doc.add(new NumericDocValuesField(Fields.DATE_SORT, day.toEpochDay()));
            });
            Matcher month = MONTH.matcher(date);
            if (month.matches()) {
                doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, month.group(1) + "-" + month.group(2)));
            }
        }
        addEntities(doc, a);
        doc.add(new StoredField(Fields.ENTITIES, json(a.entities())));
        Set<EventType> eventTypes = new LinkedHashSet<>(a.eventTypes());
        for (EventType type : eventTypes) {
            doc.add(new StringField(Fields.EVENT_TYPE, type.name(), Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_EVENT_TYPE, type.name()));
        }
        for (String story : new LinkedHashSet<>(a.links().stories())) {
            doc.add(new StringField(Fields.STORY, story, Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_STORY, story));
        }
        doc.add(new StoredField(Fields.LINKS, json(a.links())));
        doc.add(new StringField(Fields.VERSION, a.extractorVersion(), Store.YES));
        if (a.duplicateOf() != null) {
            doc.add(new StringField(Fields.DUPLICATE_OF, a.duplicateOf(), Store.YES));
            doc.add(new StringField(Fields.IS_DUPLICATE, Fields.YES, Store.NO));
        }
        doc.add(new StoredField(Fields.FINGERPRINT, a.fingerprint()));
        for (String band : Fingerprint.bandsOf(a.fingerprint())) {
            doc.add(new StringField(Fields.LSH, band, Store.NO));
        }
        doc.add(new StoredField(Fields.EXTRACTION, a.extractionJson()));
        doc.add(new StoredField(Fields.FACTS, a.factsJson()));
        doc.add(new StoredField(Fields.INGESTED_AT, a.ingestedAt()));
        return doc;
    }

    /** Names and types, for the filters (normalized names) and the facets (display names, dossiers first). */
    private static void addEntities(Document doc, StoredArticle a) {
        Map<String, List<CorpusLinks.DossierLink>> dossiers = new HashMap<>();
        for (CorpusLinks.DossierLink link : a.links().dossiers()) {
            dossiers.computeIfAbsent(link.entityName(), name -> new ArrayList<>()).add(link);
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> typed = new LinkedHashSet<>();
        Set<String> shown = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        for (StoredArticle.EntityName entity : a.entities()) {
            List<String> all = new ArrayList<>();
            all.add(entity.name());
            all.addAll(entity.aliases());
            List<CorpusLinks.DossierLink> links = dossiers.getOrDefault(entity.name(), List.of());
            for (CorpusLinks.DossierLink link : links) {
                all.add(link.name());
                all.addAll(link.aliases());
                shown.add(link.name());
            }
            if (links.isEmpty()) {
                shown.add(entity.name());
            }
            for (String name : all) {
                String normalized = Names.normalize(name);
                if (!normalized.isEmpty()) {
                    names.add(normalized);
                    typed.add(entity.type().name() + "|" + normalized);
                }
            }
            types.add(entity.type().name());
        }
        names.forEach(name -> doc.add(new StringField(Fields.ENTITY, name, Store.NO)));
        typed.forEach(name -> doc.add(new StringField(Fields.ENTITY_TYPED, name, Store.NO)));
        shown.stream().filter(name -> !name.isBlank())
                .forEach(name -> doc.add(new SortedSetDocValuesFacetField(Fields.FACET_ENTITY, name)));
        for (String type : types) {
            doc.add(new StringField(Fields.ENTITY_TYPE, type, Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TYPE, type));
        }
    }

    private static StoredArticle fromDocument(Document doc) {
        List<EventType> eventTypes = new ArrayList<>();
        for (IndexableField field : doc.getFields(Fields.EVENT_TYPE)) {
            eventTypes.add(EventType.valueOf(field.stringValue()));
        }
        String published = doc.get(Fields.PUBLISHED);
        IndexableField ingested = doc.getField(Fields.INGESTED_AT);
        return new StoredArticle(doc.get(Fields.ID), doc.get(Fields.INPUT_ID), doc.get(Fields.TITLE), doc.get(Fields.TEXT),
                published == null ? null : LocalDate.parse(published), doc.get(Fields.SOURCE), doc.get(Fields.URL),
                doc.get(Fields.DOCUMENT_DATE), parse(doc.get(Fields.ENTITIES), ENTITY_LIST), eventTypes,
                doc.get(Fields.VERSION), doc.get(Fields.DUPLICATE_OF), doc.getBinaryValue(Fields.FINGERPRINT).bytes,
                doc.get(Fields.EXTRACTION), doc.get(Fields.FACTS),
                parse(doc.get(Fields.LINKS), new TypeReference<CorpusLinks>() {
                }), ingested == null ? 0 : ingested.numericValue().longValue());
    }

    // ---------------------------------------------------------------- queries

    private Query toLuceneQuery(SearchQuery q) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (q.text().isBlank()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            query.add(parse(q.text()), Occur.MUST);
        }
        for (String entity : q.entities()) {
            String normalized = Names.normalize(entity);
            if (q.entityTypes().isEmpty()) {
                query.add(new TermQuery(new Term(Fields.ENTITY, normalized)), Occur.FILTER);
            } else {
                query.add(anyOf(Fields.ENTITY_TYPED, q.entityTypes().stream().map(t -> t.name() + "|" + normalized).toList()),
                        Occur.FILTER);
            }
        }
        if (q.entities().isEmpty() && !q.entityTypes().isEmpty()) {
            query.add(anyOf(Fields.ENTITY_TYPE, q.entityTypes().stream().map(EntityType::name).toList()), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(Fields.DATE_DAY, from, to), Occur.FILTER);
        }
        if (!q.sources().isEmpty()) {
            query.add(anyOf(Fields.SOURCE, q.sources()), Occur.FILTER);
        }
        if (!q.eventTypes().isEmpty()) {
            query.add(anyOf(Fields.EVENT_TYPE, q.eventTypes().stream().map(EventType::name).toList()), Occur.FILTER);
        }
        if (!q.stories().isEmpty()) {
            query.add(anyOf(Fields.STORY, q.stories()), Occur.FILTER);
        }
        if (!q.includeDuplicates()) {
            query.add(new TermQuery(new Term(Fields.IS_DUPLICATE, Fields.YES)), Occur.MUST_NOT);
        }
        return query.build();
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TITLE, Fields.TEXT}, analyzer,
                Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the query \"" + text + "\": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query \"" + text + "\" expands to too many terms", e);
        }
    }

    private static Query anyOf(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Sort newestFirst() {
        SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_DOC);
    }

    /** The words of a query over the text field, as indexed (stemmed), for the snippet. */
    private static Set<String> queryWords(Query query) {
        Set<String> words = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    if (term.field().equals(Fields.TEXT)) {
                        words.add(term.text());
                    }
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return words;
    }

    /** The passage around the first place a searched word starts (stems match word starts), else the text's start. */
    static String snippet(String text, Set<String> words) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String word : words) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(word)).matcher(lower);
            if (m.find() && (at < 0 || m.start() < at)) {
                at = m.start();
            }
        }
        int start = at < 0 ? 0 : Math.max(0, at - SNIPPET_CHARS / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space > at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + SNIPPET_CHARS / 2 ? space : end;
        }
        String passage = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + passage + (end < text.length() ? "…" : "");
    }

    private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, Set<String> dims, String dim, int limit)
            throws IOException {
        if (!dims.contains(dim)) {
            return List.of();
        }
        FacetResult result = counts.getTopChildren(limit, dim);
        if (result == null) {
            return List.of();
        }
        List<FacetCount> values = new ArrayList<>();
        for (LabelAndValue value : result.labelValues) {
            values.add(new FacetCount(value.label, value.value.longValue()));
        }
        values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return values;
    }

    private static List<FacetCount> months(SortedSetDocValuesFacetCounts counts, Set<String> dims) throws IOException {
        if (!dims.contains(Fields.FACET_MONTH)) {
            return List.of();
        }
        FacetResult result = counts.getAllChildren(Fields.FACET_MONTH);
        if (result == null) {
            return List.of();
        }
        List<FacetCount> months = new ArrayList<>();
        for (LabelAndValue value : result.labelValues) {
            months.add(new FacetCount(value.label, value.value.longValue()));
        }
        months.sort(Comparator.comparing(FacetCount::value));
        return months;
    }

    // ---------------------------------------------------------------- plumbing

    private IndexSearcher acquire() throws IOException {
        if (writer == null) {
            searchers.maybeRefresh();
        } else if (unrefreshed) {
            unrefreshed = false;
            searchers.maybeRefreshBlocking();
        }
        return searchers.acquire();
    }

    /**
     * The facet ordinals of this reader, built once per reader (they follow the index as it changes); empty when no
     * article has a facet value yet.
     */
    private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        synchronized (facetLock) {
            if (facetState == null || facetState.getReader() != reader) {
                try {
                    facetState = new DefaultSortedSetDocValuesReaderState(reader, facets);
                } catch (IllegalArgumentException noFacetsIndexed) {
                    return Optional.empty();
                }
            }
            return Optional.of(facetState);
        }
    }

    /** Every live document, with these stored fields (all when null). */
    private void visitAll(Set<String> fields, Consumer<Document> visitor) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        visitor.accept(fields == null ? stored.document(doc) : stored.document(doc, fields));
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private static Optional<LocalDate> day(String value) {
        Matcher m = DAY.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException notADay) {
            return Optional.empty();
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(Objects.requireNonNull(json, "stored JSON"), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored JSON cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
