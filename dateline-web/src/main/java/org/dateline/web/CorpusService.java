package org.dateline.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.EntityRef;
import org.dateline.corpus.EventPhrases;
import org.dateline.corpus.ResolvedDate;
import org.dateline.corpus.Story;
import org.dateline.corpus.TimelineEntry;
import org.dateline.corpus.TimelineFilter;
import org.dateline.extract.Extractor;
import org.dateline.extract.segment.Segmenter;
import org.dateline.ingest.InputError;
import org.dateline.model.Article;
import org.dateline.model.Field;
import org.dateline.model.Sentence;
import org.dateline.store.ArticleStore;
import org.dateline.store.ContentId;
import org.dateline.store.CorpusLinks;
import org.dateline.store.ExtractionJson;
import org.dateline.store.FacetCount;
import org.dateline.store.IngestListener;
import org.dateline.store.IngestOptions;
import org.dateline.store.IngestReport;
import org.dateline.store.Ingestor;
import org.dateline.store.LuceneArticleStore;
import org.dateline.store.SearchHit;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResult;
import org.dateline.store.StoredArticle;

/**
 * The questions the web UI asks of a store, answered as {@link Api} records: the command line's corpus questions
 * (search, entity, quotes, timeline, stories) and the article, extraction and ingest the UI needs besides.
 *
 * <p>Thread-safe: reads go to the store (thread-safe) and to the current {@link CorpusView}, an immutable snapshot;
 * ingests run one at a time and swap in a fresh snapshot when they are done.
 */
final class CorpusService implements Closeable {

    /** Most related entities a dossier lists, articles per relation, and sentences per article. */
    private static final int RELATED = 12;
    private static final int RELATION_ARTICLES = 6;
    private static final int RELATION_SENTENCES = 2;
    /** Most articles, quotes, events and merges one dossier answer lists (the counts say how many there are). */
    private static final int DOSSIER_ITEMS = 200;
    private static final int DOSSIER_MERGES = 50;

    private final ArticleStore store;
    private final boolean readOnly;
    private final Extractor extractor;
    private final Ingestor ingestor;
    private final Object ingestLock = new Object();
    private final Segmenter segmenter = new Segmenter();
    private final ExtractionJson extractionJson = new ExtractionJson(new ObjectMapper());
    private volatile CorpusView view;

    private CorpusService(ArticleStore store, boolean readOnly, Extractor extractor) throws IOException {
        this.store = store;
        this.readOnly = readOnly;
        this.extractor = extractor;
        this.ingestor = readOnly ? null
                : new Ingestor(store, IngestOptions.defaults(), IngestListener.SILENT, extractor);
        if (ingestor != null && ingestor.analysisIsStale()) {
            ingestor.analyse(); // so that search's story and dossier facets agree with the analysis served
        }
        this.view = CorpusView.load(store);
    }

    /**
     * Opens the store in a data directory (created when missing) for reading and ingesting; when another process
     * has it open for writing, opens it read-only and refuses ingests.
     */
    static CorpusService open(Path data) throws IOException {
        Extractor extractor = new Extractor();
        LuceneArticleStore store;
        boolean readOnly = false;
        try {
            store = LuceneArticleStore.open(data);
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("open for writing in another process")) {
                throw e;
            }
            store = LuceneArticleStore.openReadOnly(data);
            readOnly = true;
        }
        try {
            return new CorpusService(store, readOnly, extractor);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    CorpusView view() {
        return view;
    }

    boolean readOnly() {
        return readOnly;
    }

    Api.Status status(long maxBody, int maxLimit) throws IOException {
        CorpusView v = view;
        return new Api.Status(store.count(), v.analysis.dossiers().size(), v.analysis.stories().size(),
                v.analysis.timeline().size(), v.stored, readOnly, maxBody, maxLimit);
    }

    // ---- search --------------------------------------------------------------------------------------------------

    Api.SearchResponse search(SearchQuery query) throws IOException {
        CorpusView v = view;
        // A name as the user writes it ("Gentiloni") stands for its dossier, whose canonical name the store indexes.
        List<String> names = new ArrayList<>();
        for (String n : query.entities()) {
            List<Dossier> found = v.find(n);
            names.add(found.isEmpty() ? n : found.get(0).name());
        }
        SearchQuery q = new SearchQuery(query.text(), names, query.entityTypes(), query.from(), query.to(),
                query.sources(), query.eventTypes(), query.stories(), query.includeDuplicates(), query.offset(),
                query.limit(), query.facetLimit());
        SearchResult r = store.search(q);
        List<Api.Hit> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            List<Api.StoryRef> stories = new ArrayList<>();
            Story s = v.storyOfArticle.get(h.duplicateOf() != null ? h.duplicateOf() : h.id());
            if (s != null && s.articleIds().size() > 1) {
                stories.add(new Api.StoryRef(s.id(), s.title()));
            }
            hits.add(new Api.Hit(h.id(), h.title(), h.source(), h.url(), h.documentDate(), h.duplicateOf(), h.score(),
                    h.snippet(), stories));
        }
        Map<String, List<Api.Facet>> facets = new LinkedHashMap<>();
        facets.put("entities", facets(r.entities(), value -> {
            Dossier d = v.byName.get(value);
            return d == null ? null : new String[] {d.id(), d.type().name()};
        }));
        facets.put("types", facets(r.types(), value -> null));
        facets.put("sources", facets(r.sources(), value -> null));
        facets.put("event_types", facets(r.eventTypes(), value -> null));
        facets.put("stories", facets(r.stories(), value -> {
            Story s = v.stories.get(value);
            return s == null ? null : new String[] {s.id(), s.title()};
        }));
        facets.put("months", facets(r.months(), value -> null));
        return new Api.SearchResponse(r.total(), q.offset(), q.limit(), hits, facets);
    }

    private static List<Api.Facet> facets(List<FacetCount> counts, java.util.function.Function<String, String[]> about) {
        List<Api.Facet> out = new ArrayList<>(counts.size());
        for (FacetCount c : counts) {
            String[] idLabel = about.apply(c.value());
            out.add(new Api.Facet(c.value(), c.count(), idLabel == null ? null : idLabel[0],
                    idLabel == null ? null : idLabel[1]));
        }
        return out;
    }

    // ---- articles ------------------------------------------------------------------------------------------------

    Api.ArticleResponse article(String id) throws IOException {
        StoredArticle a = store.get(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
        CorpusView v = view;
        ObjectNode extraction = parse(a.extractionJson());
        ResolvedDate resolved = v.dates.get(a.id());
        if (resolved != null) {
            annotateResolvedDates(extraction, resolved);
        }
        Map<String, Api.Party> dossiers = new LinkedHashMap<>();
        String analysed = a.duplicateOf() == null ? a.id() : a.duplicateOf();
        for (JsonNode e : extraction.path("entities")) {
            String entityId = e.path("id").asText();
            Dossier d = v.byMember.get(new EntityRef(a.id(), entityId));
            if (d != null) {
                dossiers.put(entityId, new Api.Party(d.id(), d.name()));
            }
        }
        if (dossiers.isEmpty() && a.duplicateOf() == null) {
            // The stored links, when the analysis in memory does not know the article (it is still being analysed).
            for (CorpusLinks.DossierLink link : a.links().dossiers()) {
                for (JsonNode e : extraction.path("entities")) {
                    if (link.entityName().equals(e.path("name").asText())) {
                        dossiers.putIfAbsent(e.path("id").asText(), new Api.Party(link.dossierId(), link.name()));
                    }
                }
            }
        }
        List<Api.StoryRef> stories = new ArrayList<>();
        Story s = v.storyOfArticle.get(analysed);
        if (s != null) {
            stories.add(new Api.StoryRef(s.id(), s.title()));
        }
        return new Api.ArticleResponse(a.id(), a.title(), a.text(), a.published() == null ? null : a.published().toString(),
                a.source(), a.url(), a.effectiveDate(), a.duplicateOf(), resolved, stories, dossiers, extraction);
    }

    /**
     * Marks the dates a story changed (a year lent to "December 9"): {@code resolved_value} on the time expression,
     * {@code resolved_date} on the event, the dateline and the document date.
     */
    private static void annotateResolvedDates(ObjectNode extraction, ResolvedDate resolved) {
        for (ResolvedDate.Rewrite r : resolved.rewrites()) {
            switch (r.kind()) {
                case ResolvedDate.Rewrite.TIMEX -> {
                    JsonNode t = extraction.path("timexes").path(Integer.parseInt(r.ref()));
                    if (t instanceof ObjectNode o && r.from() != null && r.from().equals(o.path("value").asText())) {
                        o.put("resolved_value", r.to());
                    }
                }
                case ResolvedDate.Rewrite.EVENT -> {
                    for (JsonNode e : extraction.path("events")) {
                        if (e instanceof ObjectNode o && r.ref().equals(o.path("id").asText())) {
                            o.put("resolved_date", r.to());
                        }
                    }
                }
                case ResolvedDate.Rewrite.DATELINE -> {
                    if (extraction.path("dateline") instanceof ObjectNode o) {
                        o.put("resolved_date", r.to());
                    }
                }
                case ResolvedDate.Rewrite.DOCUMENT_DATE -> {
                    if (extraction.path("document_date") instanceof ObjectNode o) {
                        o.put("resolved_value", r.to());
                        o.put("resolved_explanation", resolved.explanation());
                    }
                }
                default -> {
                    // a kind this version does not show
                }
            }
        }
    }

    // ---- entities ------------------------------------------------------------------------------------------------

    Api.EntityList entities(String name, int offset, int limit) {
        CorpusView v = view;
        List<Dossier> all = name == null || name.isBlank() ? v.analysis.dossiers() : v.find(name);
        List<Api.DossierSummary> page = new ArrayList<>();
        for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
            page.add(summary(all.get(i)));
        }
        return new Api.EntityList(all.size(), offset, limit, page);
    }

    private static Api.DossierSummary summary(Dossier d) {
        return new Api.DossierSummary(d.id(), d.type().name(), d.name(), d.aliases(), d.roles(), d.articleIds().size(),
                d.mentions());
    }

    Api.DossierResponse dossier(String id) {
        CorpusView v = view;
        Dossier d = v.dossier(id).orElseThrow(() -> ApiException.notFound("no entity with dossier id '" + id + "'"));
        List<Api.ArticleRef> articles = new ArrayList<>();
        for (String a : d.articleIds()) {
            if (articles.size() == DOSSIER_ITEMS) {
                break;
            }
            articles.add(new Api.ArticleRef(a, v.title(a), v.date(a)));
        }
        articles.sort(Comparator.comparing((Api.ArticleRef a) -> a.date() == null ? "~" : a.date()).thenComparing(Api.ArticleRef::id));
        List<CorpusAnalysis.SourcedQuote> quotes = v.analysis.quotes(d.id(), articlesOf(v, d.articleIds()));
        List<TimelineEntry> events = v.analysis.timeline(TimelineFilter.dossier(d.id()));
        List<Api.Merge> merges = new ArrayList<>();
        for (Dossier.Merge m : d.merges().subList(0, Math.min(DOSSIER_MERGES, d.merges().size()))) {
            merges.add(new Api.Merge(m.left().toString(), m.right().toString(), m.rule(), m.evidence()));
        }
        return new Api.DossierResponse(summary(d), merges, d.merges().size(), articles, d.articleIds().size(),
                quoteViews(v, quotes.subList(0, Math.min(DOSSIER_ITEMS, quotes.size()))), quotes.size(),
                eventViews(v, events.subList(0, Math.min(DOSSIER_ITEMS, events.size()))), events.size(), related(v, d));
    }

    private static List<ArticleFacts> articlesOf(CorpusView v, List<String> ids) {
        List<ArticleFacts> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            ArticleFacts f = v.facts.get(id);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** Other dossiers named in the same articles, most shared articles first, with the sentences naming both. */
    private List<Api.Relation> related(CorpusView v, Dossier d) {
        Map<String, List<String>> shared = new HashMap<>();
        for (String a : d.articleIds()) {
            for (Dossier o : v.dossiersOfArticle.getOrDefault(a, List.of())) {
                if (!o.id().equals(d.id())) {
                    shared.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Dossier> others = new ArrayList<>();
        shared.keySet().forEach(id -> others.add(v.dossiers.get(id)));
        others.sort(Comparator.comparingInt((Dossier o) -> shared.get(o.id()).size()).reversed()
                .thenComparing(Comparator.comparingInt(Dossier::mentions).reversed()).thenComparing(Dossier::id));
        Map<String, ArticleMentions> cache = new HashMap<>();
        List<Api.Relation> out = new ArrayList<>();
        for (Dossier o : others.subList(0, Math.min(RELATED, others.size()))) {
            List<Api.RelationArticle> articles = new ArrayList<>();
            for (String a : shared.get(o.id())) {
                if (articles.size() == RELATION_ARTICLES) {
                    break;
                }
                ArticleMentions m = cache.computeIfAbsent(a, this::mentions);
                articles.add(new Api.RelationArticle(a, v.title(a), v.date(a), m.sentencesNaming(members(d, a), members(o, a))));
            }
            out.add(new Api.Relation(o.id(), o.name(), o.type().name(), shared.get(o.id()).size(), articles));
        }
        return out;
    }

    private static Set<String> members(Dossier d, String articleId) {
        Set<String> ids = new HashSet<>();
        for (EntityRef m : d.members()) {
            if (m.articleId().equals(articleId)) {
                ids.add(m.entityId());
            }
        }
        return ids;
    }

    /** An article's sentences and where each of its entities is named or referred to in the body. */
    private record ArticleMentions(String text, List<int[]> sentences, Map<String, List<int[]>> byEntity) {

        static final ArticleMentions NONE = new ArticleMentions("", List.of(), Map.of());

        List<Api.Passage> sentencesNaming(Set<String> left, Set<String> right) {
            List<Api.Passage> out = new ArrayList<>();
            for (int[] s : sentences) {
                if (names(left, s) && names(right, s)) {
                    out.add(new Api.Passage(s[0], s[1], text.substring(s[0], s[1])));
                    if (out.size() == RELATION_SENTENCES) {
                        break;
                    }
                }
            }
            return out;
        }

        private boolean names(Set<String> entities, int[] sentence) {
            for (String e : entities) {
                for (int[] m : byEntity.getOrDefault(e, List.of())) {
                    if (m[0] >= sentence[0] && m[1] <= sentence[1]) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private ArticleMentions mentions(String articleId) {
        try {
            Optional<StoredArticle> stored = store.get(articleId);
            if (stored.isEmpty()) {
                return ArticleMentions.NONE;
            }
            String text = stored.get().text();
            List<int[]> sentences = new ArrayList<>();
            for (Sentence s : segmenter.segment(text, Field.BODY).sentences()) {
                sentences.add(new int[] {s.span().start(), s.span().end()});
            }
            Map<String, List<int[]>> byEntity = new HashMap<>();
            for (JsonNode e : parse(stored.get().extractionJson()).path("entities")) {
                List<int[]> spans = byEntity.computeIfAbsent(e.path("id").asText(), k -> new ArrayList<>());
                for (String kind : List.of("mentions", "references")) {
                    for (JsonNode m : e.path(kind)) {
                        if (!m.has("field")) {
                            spans.add(new int[] {m.path("start").asInt(), m.path("end").asInt()});
                        }
                    }
                }
            }
            return new ArticleMentions(text, sentences, byEntity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Api.QuotesResponse quotes(String speaker, String about) {
        CorpusView v = view;
        Dossier who = first(v, speaker, "speaker");
        List<CorpusAnalysis.SourcedQuote> quotes = new ArrayList<>(v.analysis.quotes(who.id(), articlesOf(v, who.articleIds())));
        Api.Party aboutParty = null;
        if (about != null && !about.isBlank()) {
            Dossier topic = first(v, about, "about");
            Set<EntityRef> members = Set.copyOf(topic.members());
            quotes.removeIf(q -> q.quote().about().stream().noneMatch(e -> members.contains(new EntityRef(q.articleId(), e))));
            aboutParty = new Api.Party(topic.id(), topic.name());
        }
        return new Api.QuotesResponse(new Api.Party(who.id(), who.name()), aboutParty, quotes.size(), quoteViews(v, quotes));
    }

    private static Dossier first(CorpusView v, String name, String what) {
        List<Dossier> found = v.find(name);
        if (found.isEmpty()) {
            throw ApiException.notFound("no entity called '" + name + "' in the store (" + what + ")");
        }
        return found.get(0);
    }

    private static List<Api.QuoteView> quoteViews(CorpusView v, List<CorpusAnalysis.SourcedQuote> quotes) {
        List<Api.QuoteView> out = new ArrayList<>(quotes.size());
        for (CorpusAnalysis.SourcedQuote sq : quotes) {
            ArticleFacts.QuoteFact q = sq.quote();
            Dossier speaker = q.speakerId() == null ? null : v.byMember.get(new EntityRef(sq.articleId(), q.speakerId()));
            List<Api.Party> about = new ArrayList<>();
            ArticleFacts facts = v.facts.get(sq.articleId());
            for (String e : q.about()) {
                Dossier d = v.byMember.get(new EntityRef(sq.articleId(), e));
                ArticleFacts.EntityFact fact = facts == null ? null : facts.entity(e);
                about.add(new Api.Party(d == null ? null : d.id(), d != null ? d.name() : fact != null ? fact.name() : e));
            }
            out.add(new Api.QuoteView(sq.articleId(), v.title(sq.articleId()), v.date(sq.articleId()), q.text(), q.direct(),
                    q.start(), q.end(), new Api.Party(speaker == null ? null : speaker.id(),
                    speaker != null ? speaker.name() : q.speakerName()), about));
        }
        return out;
    }

    // ---- timeline ------------------------------------------------------------------------------------------------

    Api.TimelineResponse timeline(String entity, String storyId, String from, String to, int offset, int limit) {
        CorpusView v = view;
        String dossier = null;
        if (entity != null && !entity.isBlank()) {
            Optional<Dossier> byId = v.dossier(entity);
            dossier = byId.isPresent() ? byId.get().id() : first(v, entity, "entity").id();
        }
        if (storyId != null && !storyId.isBlank() && v.story(storyId).isEmpty()) {
            throw ApiException.notFound("no story with id '" + storyId + "'");
        }
        TimelineFilter filter;
        try {
            filter = new TimelineFilter(dossier, storyId == null || storyId.isBlank() ? null : storyId, blankToNull(from),
                    blankToNull(to));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage() + " (use yyyy, yyyy-mm or yyyy-mm-dd)");
        }
        List<TimelineEntry> entries = v.analysis.timeline(filter);
        List<TimelineEntry> page = entries.subList(Math.min(offset, entries.size()), Math.min(entries.size(), offset + limit));
        return new Api.TimelineResponse(entries.size(), offset, limit, eventViews(v, page));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<Api.EventView> eventViews(CorpusView v, List<TimelineEntry> entries) {
        List<Api.EventView> out = new ArrayList<>(entries.size());
        for (TimelineEntry e : entries) {
            out.add(eventView(v, e));
        }
        return out;
    }

    private static Api.EventView eventView(CorpusView v, TimelineEntry e) {
        List<Api.EventSource> sources = new ArrayList<>();
        for (TimelineEntry.Source s : e.sources()) {
            sources.add(new Api.EventSource(s.articleId(), v.title(s.articleId()), s.eventId(), s.evidence(),
                    s.modality() == null ? null : s.modality().name().toLowerCase(java.util.Locale.ROOT)));
        }
        String description = EventPhrases.describe(e.type(), e.actors().stream().map(TimelineEntry.Party::name).toList(),
                e.targets().stream().map(TimelineEntry.Party::name).toList(), e.place(), e.negated(), e.modality());
        return new Api.EventView(e.id(), e.date(), e.precision().name(), e.start(), e.end(), e.type().name(), description,
                parties(e.actors()), parties(e.targets()), e.place(), e.negated(),
                e.modality() == null ? null : e.modality().name().toLowerCase(java.util.Locale.ROOT), sources, e.storyIds());
    }

    private static List<Api.Party> parties(List<TimelineEntry.Party> parties) {
        List<Api.Party> out = new ArrayList<>(parties.size());
        for (TimelineEntry.Party p : parties) {
            out.add(new Api.Party(p.dossierId(), p.name()));
        }
        return out;
    }

    // ---- stories -------------------------------------------------------------------------------------------------

    Api.StoryList stories(boolean all, int offset, int limit) {
        List<Story> stories = view.analysis.stories().stream().filter(s -> all || s.articleIds().size() > 1).toList();
        List<Api.StorySummary> page = new ArrayList<>();
        for (int i = offset; i < Math.min(stories.size(), offset + limit); i++) {
            page.add(storySummary(stories.get(i)));
        }
        return new Api.StoryList(stories.size(), offset, limit, page);
    }

    private static Api.StorySummary storySummary(Story s) {
        return new Api.StorySummary(s.id(), s.title(), s.articleIds().size(), s.first(), s.last(), s.keyEntities());
    }

    /** A story's articles in order, each with the entities and events it was the first of the story to report. */
    Api.StoryResponse story(String id) {
        CorpusView v = view;
        Story s = v.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
        Map<String, String> reasons = new HashMap<>();
        for (Story.Link link : s.links()) {
            reasons.putIfAbsent(link.to(), link.reason());
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < s.articleIds().size(); i++) {
            order.put(s.articleIds().get(i), i);
        }
        Map<String, List<TimelineEntry>> firstReported = new HashMap<>();
        Map<String, Integer> alsoReports = new HashMap<>();
        for (TimelineEntry e : v.analysis.timeline(TimelineFilter.story(id))) {
            String first = null;
            for (TimelineEntry.Source src : e.sources()) {
                Integer at = order.get(src.articleId());
                if (at != null && (first == null || at < order.get(first))) {
                    first = src.articleId();
                }
            }
            if (first != null) {
                firstReported.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
                for (String other : e.sources().stream().map(TimelineEntry.Source::articleId).distinct().toList()) {
                    if (!other.equals(first) && order.containsKey(other)) {
                        alsoReports.merge(other, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Api.StoryArticle> articles = new ArrayList<>();
        for (String a : s.articleIds()) {
            List<Api.Party> added = new ArrayList<>();
            for (Dossier d : v.dossiersOfArticle.getOrDefault(a, List.of())) {
                if (seen.add(d.id())) {
                    added.add(new Api.Party(d.id(), d.name()));
                }
            }
            ArticleFacts f = v.facts.get(a);
            articles.add(new Api.StoryArticle(a, v.title(a), v.date(a), f == null ? null : f.source(),
                    f == null ? null : f.lead(), reasons.get(a), added, eventViews(v, firstReported.getOrDefault(a, List.of())),
                    alsoReports.getOrDefault(a, 0), f == null ? 0 : f.quotes().size()));
        }
        return new Api.StoryResponse(storySummary(s), articles);
    }

    // ---- extract and ingest --------------------------------------------------------------------------------------

    /** The extraction of one article, as {@code ./dateline extract --format json} prints it. */
    ObjectNode extract(Article article) {
        return extractionJson.toJson(extractor.extract(article));
    }

    /**
     * Stores articles (once each; near-duplicates linked), runs the corpus analysis, and serves the new corpus.
     *
     * @param problems inputs that gave no article (bad files of an upload), reported with the result
     */
    Api.IngestResponse ingest(List<Article> articles, List<InputError> problems) throws IOException {
        if (readOnly) {
            throw ApiException.conflict("the store is open for writing in another process (an ingest?): this server can only read it");
        }
        synchronized (ingestLock) {
            Set<String> committed = new HashSet<>();
            IngestListener listener = new IngestListener() {
                @Override
                public void committed(List<String> ids, IngestReport soFar) {
                    committed.addAll(ids);
                }
            };
            IngestReport report = new Ingestor(store, IngestOptions.defaults(), listener, extractor).ingestArticles(articles);
            if (report.stored() > 0 || !view.stored) {
                view = CorpusView.load(store);
            }
            List<Api.IngestedArticle> out = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (Article a : articles) {
                String id = ContentId.of(a.title(), a.text());
                if (!ids.add(id)) {
                    continue;
                }
                Optional<StoredArticle> stored = store.get(id);
                String duplicateOf = stored.map(StoredArticle::duplicateOf).orElse(null);
                String status = stored.isEmpty() ? "missing" : !committed.contains(id) ? "unchanged"
                        : duplicateOf != null ? "duplicate" : "stored";
                out.add(new Api.IngestedArticle(id, a.title(), status, duplicateOf));
            }
            List<Api.InputProblem> errors = new ArrayList<>();
            for (InputError e : problems) {
                errors.add(new Api.InputProblem(e.input(), e.problem()));
            }
            long bad = report.badInputs() + problems.size();
            String summary = report.summary().replaceFirst("\\d+ bad inputs?", bad + " bad input" + (bad == 1 ? "" : "s"));
            return new Api.IngestResponse(summary, report.read(), report.stored(), report.added(), report.duplicates(),
                    report.replaced(), report.unchanged(), bad, report.analysed(), out, errors);
        }
    }

    // ---- export --------------------------------------------------------------------------------------------------

    void export(String format, Appendable out) throws IOException {
        Exports.write(format, view, out);
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored extraction cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (ingestLock) {
            store.close();
        }
    }
}
