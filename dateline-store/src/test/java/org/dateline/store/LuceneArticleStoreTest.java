package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.store.Articles.article;
import static org.dateline.store.Articles.organization;
import static org.dateline.store.Articles.person;
import static org.dateline.store.Articles.place;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.EntityType;
import org.dateline.model.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over stored articles: words, each filter, facets, paging; links; reopening; read-only access. */
class LuceneArticleStoreTest {

    @TempDir
    Path data;

    private LuceneArticleStore store;

    private final StoredArticle lavrov = article("Lavrov rules out joining coalition",
            "ROME, 11 December. Russia is not about to join the U.S.-led coalition, Sergey Lavrov said after meeting Paolo Gentiloni.",
            "2015-12-11", "tass.txt",
            List.of(person("Sergey Lavrov", "Lavrov"), person("Paolo Gentiloni"), place("Rome"), place("Russia"),
                    organization("U.S.-led coalition")),
            List.of(EventType.MEET, EventType.STATEMENT));
    private final StoredArticle preview = article("Lavrov to visit Rome",
            "MOSCOW, December 9. The Minister will hold talks with his Italian counterpart in Rome.",
            "2015-12-09", "tass.txt", List.of(person("Lavrov"), place("Rome"), place("Moscow")), List.of(EventType.VISIT));
    private final StoredArticle miners = article("Chilean miners rescued",
            "COPIAPO, Chile (AP) — The last of the 33 miners was hoisted to the surface, President Sebastián Piñera said.",
            "2010-10-13", "ap.jsonl", List.of(person("Sebastián Piñera", "Piñera"), place("Chile")),
            List.of(EventType.STATEMENT));
    private final StoredArticle undated = article("Explainer: what the agreement says",
            "The agreement sets a goal of keeping warming well below two degrees.", null, "explainer.txt",
            List.of(), List.of());

    @BeforeEach
    void open() throws IOException {
        store = LuceneArticleStore.open(data);
        store.put(List.of(lavrov, preview, miners, undated));
        store.commit();
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private List<String> ids(SearchQuery query) throws IOException {
        return store.search(query).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void get_returnsWhatWasPut() throws IOException {
        StoredArticle back = store.get(lavrov.id()).orElseThrow();
        assertThat(back.title()).isEqualTo(lavrov.title());
        assertThat(back.text()).isEqualTo(lavrov.text());
        assertThat(back.published()).isEqualTo(LocalDate.of(2015, 12, 11));
        assertThat(back.entities()).isEqualTo(lavrov.entities());
        assertThat(back.eventTypes()).containsExactly(EventType.MEET, EventType.STATEMENT);
        assertThat(back.fingerprint()).isEqualTo(lavrov.fingerprint());
        assertThat(back.extractorVersion()).isEqualTo("test-1");
        assertThat(store.get("0000000000000000")).isEmpty();
        assertThat(store.count()).isEqualTo(4);
    }

    @Test
    void put_sameId_replaces() throws IOException {
        store.put(List.of(lavrov));
        store.commit();
        assertThat(store.count()).isEqualTo(4);
    }

    @Test
    void search_words_titleAndText_stemmedAndFolded() throws IOException {
        assertThat(ids(SearchQuery.of("coalition"))).containsExactly(lavrov.id());
        assertThat(ids(SearchQuery.of("Pinera"))).as("accents folded").containsExactly(miners.id());
        assertThat(ids(SearchQuery.of("rescue"))).as("stemmed: rescued").containsExactly(miners.id());
        assertThat(ids(SearchQuery.of("\"italian counterpart\""))).containsExactly(preview.id());
        assertThat(ids(SearchQuery.of("Lavrov"))).containsExactlyInAnyOrder(lavrov.id(), preview.id());
        assertThat(ids(SearchQuery.of("Lavrov -Gentiloni"))).containsExactly(preview.id());
        assertThat(ids(SearchQuery.of("Lavrov Gentiloni"))).as("all words by default").containsExactly(lavrov.id());
    }

    @Test
    void search_noWords_everyArticle_newestFirst_undatedLast() throws IOException {
        assertThat(ids(SearchQuery.all())).containsExactly(lavrov.id(), preview.id(), miners.id(), undated.id());
    }

    @Test
    void search_snippet_isAroundTheWord() throws IOException {
        SearchHit hit = store.search(SearchQuery.of("Gentiloni")).hits().get(0);
        assertThat(hit.snippet()).contains("Paolo Gentiloni");
        assertThat(hit.score()).isPositive();
        assertThat(hit.documentDate()).isEqualTo("2015-12-11");
    }

    @Test
    void filter_entity_byNameOrAlias_withoutCaseOrAccents() throws IOException {
        assertThat(ids(SearchQuery.all().withEntity("Sergey Lavrov"))).containsExactly(lavrov.id());
        assertThat(ids(SearchQuery.all().withEntity("lavrov"))).containsExactly(lavrov.id(), preview.id());
        assertThat(ids(SearchQuery.all().withEntity("Sebastian Pinera"))).containsExactly(miners.id());
        assertThat(ids(SearchQuery.all().withEntity("US-led coalition"))).as("dots dropped").containsExactly(lavrov.id());
        assertThat(ids(SearchQuery.all().withEntity("Lavrov").withEntity("Rome"))).containsExactly(lavrov.id(), preview.id());
        assertThat(ids(SearchQuery.all().withEntity("Lavrov").withEntity("Chile"))).isEmpty();
    }

    @Test
    void filter_entity_byDossierName_afterLinking() throws IOException {
        CorpusLinks.DossierLink dossier = new CorpusLinks.DossierLink("Lavrov", "sergey-lavrov", "Sergey Lavrov",
                List.of("Lavrov", "Sergei Lavrov"));
        store.link(Map.of(preview.id(), new CorpusLinks(List.of("s1"), List.of(dossier), null)));
        assertThat(ids(SearchQuery.all().withEntity("Sergey Lavrov"))).containsExactly(lavrov.id(), preview.id());
        assertThat(ids(SearchQuery.all().withEntity("Sergei Lavrov"))).containsExactly(preview.id());
        assertThat(ids(SearchQuery.all().withStory("s1"))).containsExactly(preview.id());
    }

    @Test
    void filter_entityType_aloneOrWithAName() throws IOException {
        assertThat(ids(SearchQuery.all().withEntityType(EntityType.ORGANIZATION))).containsExactly(lavrov.id());
        assertThat(ids(SearchQuery.all().withEntityType(EntityType.PERSON))).containsExactly(lavrov.id(), preview.id(), miners.id());
        assertThat(ids(SearchQuery.all().withEntity("Rome").withEntityType(EntityType.LOCATION))).hasSize(2);
        assertThat(ids(SearchQuery.all().withEntity("Rome").withEntityType(EntityType.PERSON))).isEmpty();
    }

    @Test
    void filter_dateRange_inclusive_onDocumentDate() throws IOException {
        assertThat(ids(SearchQuery.all().withDates(LocalDate.of(2015, 12, 1), LocalDate.of(2015, 12, 10))))
                .containsExactly(preview.id());
        assertThat(ids(SearchQuery.all().withDates(LocalDate.of(2015, 12, 11), null))).containsExactly(lavrov.id());
        assertThat(ids(SearchQuery.all().withDates(null, LocalDate.of(2015, 12, 9)))).containsExactly(preview.id(), miners.id());
        assertThatThrownBy(() -> SearchQuery.all().withDates(LocalDate.of(2016, 1, 1), LocalDate.of(2015, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2016-01-01");
    }

    @Test
    void filter_source_eventType_story() throws IOException {
        assertThat(ids(SearchQuery.all().withSource("ap.jsonl"))).containsExactly(miners.id());
        assertThat(ids(SearchQuery.all().withSource("ap.jsonl").withSource("explainer.txt"))).containsExactly(miners.id(), undated.id());
        assertThat(ids(SearchQuery.all().withEventType(EventType.VISIT))).containsExactly(preview.id());
        assertThat(ids(SearchQuery.all().withEventType(EventType.STATEMENT))).containsExactly(lavrov.id(), miners.id());
        store.link(Map.of(lavrov.id(), new CorpusLinks(List.of("s1"), List.of(), null),
                preview.id(), new CorpusLinks(List.of("s1"), List.of(), null),
                miners.id(), new CorpusLinks(List.of("s2"), List.of(), null)));
        assertThat(ids(SearchQuery.all().withStory("s1"))).containsExactly(lavrov.id(), preview.id());
        assertThat(ids(SearchQuery.of("Minister").withStory("s1"))).containsExactly(preview.id());
    }

    @Test
    void facets_countArticles_forEveryDimension() throws IOException {
        store.link(Map.of(lavrov.id(), new CorpusLinks(List.of("s1"), List.of(), null),
                preview.id(), new CorpusLinks(List.of("s1"), List.of(), null)));
        SearchResult all = store.search(SearchQuery.all());
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.entities()).startsWith(new FacetCount("Rome", 2));
        assertThat(all.entities()).contains(new FacetCount("Sergey Lavrov", 1), new FacetCount("Lavrov", 1));
        assertThat(all.types()).containsExactly(new FacetCount("LOCATION", 3), new FacetCount("PERSON", 3),
                new FacetCount("ORGANIZATION", 1));
        assertThat(all.sources()).containsExactly(new FacetCount("tass.txt", 2), new FacetCount("ap.jsonl", 1),
                new FacetCount("explainer.txt", 1));
        assertThat(all.eventTypes()).containsExactly(new FacetCount("STATEMENT", 2), new FacetCount("MEET", 1),
                new FacetCount("VISIT", 1));
        assertThat(all.stories()).containsExactly(new FacetCount("s1", 2));
        assertThat(all.months()).containsExactly(new FacetCount("2010-10", 1), new FacetCount("2015-12", 2));

        SearchResult filtered = store.search(SearchQuery.of("Lavrov"));
        assertThat(filtered.total()).isEqualTo(2);
        assertThat(filtered.sources()).containsExactly(new FacetCount("tass.txt", 2));
        assertThat(filtered.entities()).hasSizeLessThanOrEqualTo(SearchQuery.DEFAULT_FACET_LIMIT);
    }

    @Test
    void facets_linkedDossierNamesReplaceArticleNames() throws IOException {
        CorpusLinks.DossierLink dossier = new CorpusLinks.DossierLink("Lavrov", "sergey-lavrov", "Sergey Lavrov", List.of());
        store.link(Map.of(preview.id(), new CorpusLinks(List.of(), List.of(dossier), null)));
        assertThat(store.search(SearchQuery.all()).entities()).contains(new FacetCount("Sergey Lavrov", 2))
                .noneMatch(count -> count.value().equals("Lavrov"));
    }

    @Test
    void duplicates_hiddenAndUncounted_unlessAsked() throws IOException {
        StoredArticle reprint = Articles.duplicateOf(article("Russia will not join coalition: Lavrov",
                lavrov.text() + " He spoke to reporters.", "2015-12-11", "reuters.txt", lavrov.entities(),
                lavrov.eventTypes()), lavrov.id());
        store.put(List.of(reprint));
        assertThat(ids(SearchQuery.of("coalition"))).containsExactly(lavrov.id());
        assertThat(store.search(SearchQuery.all()).sources()).noneMatch(c -> c.value().equals("reuters.txt"));
        SearchResult with = store.search(SearchQuery.of("coalition").withDuplicates(true));
        assertThat(with.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(lavrov.id(), reprint.id());
        assertThat(with.hits()).filteredOn(h -> h.id().equals(reprint.id())).singleElement()
                .extracting(SearchHit::duplicateOf).isEqualTo(lavrov.id());
    }

    @Test
    void paging_andCountOnly() throws IOException {
        assertThat(ids(SearchQuery.all().withPage(1, 2))).containsExactly(preview.id(), miners.id());
        SearchResult countOnly = store.search(SearchQuery.all().withPage(0, 0).withFacetLimit(0));
        assertThat(countOnly.total()).isEqualTo(4);
        assertThat(countOnly.hits()).isEmpty();
        assertThat(countOnly.entities()).isEmpty();
    }

    @Test
    void badQuery_isRejectedWithTheQueryInTheMessage() {
        assertThatThrownBy(() -> store.search(SearchQuery.of("Lavrov AND (")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Lavrov AND (\"");
    }

    @Test
    void link_rewritesOnlyWhatChanged_andKeepsGeneration() throws IOException {
        long generation = store.generation();
        Map<String, CorpusLinks> links = Map.of(lavrov.id(), new CorpusLinks(List.of("s1"), List.of(), "2015-12-11"));
        assertThat(store.link(links)).isEqualTo(1);
        assertThat(store.link(links)).isZero();
        store.commit();
        assertThat(store.generation()).as("links are not new articles").isEqualTo(generation);
        assertThat(store.get(lavrov.id()).orElseThrow().links().stories()).containsExactly("s1");
        assertThat(store.link(Map.of())).as("an article the analysis does not hold loses its links").isEqualTo(1);
    }

    @Test
    void linkedDate_isTheDateSearchFilesUnder() throws IOException {
        store.link(Map.of(undated.id(), new CorpusLinks(List.of(), List.of(), "2015-12-12")));
        assertThat(ids(SearchQuery.all().withDates(LocalDate.of(2015, 12, 12), LocalDate.of(2015, 12, 12))))
                .containsExactly(undated.id());
    }

    @Test
    void similar_findsNearDuplicateCandidates() throws IOException {
        Fingerprint edited = Fingerprint.of(lavrov.text().replace("after meeting", "following talks with"));
        List<SimilarArticle> similar = store.similar(edited, 5);
        assertThat(similar).isNotEmpty();
        assertThat(similar.get(0).id()).isEqualTo(lavrov.id());
    }

    @Test
    void states_forKnownIdsOnly() throws IOException {
        Map<String, ArticleState> states = store.states(List.of(lavrov.id(), "ffffffffffffffff"));
        assertThat(states).containsOnlyKeys(lavrov.id());
        assertThat(states.get(lavrov.id()).extractorVersion()).isEqualTo("test-1");
    }

    @Test
    void forEachFacts_visitsEveryArticle() throws IOException {
        List<String> ids = new ArrayList<>();
        store.forEachFacts(facts -> ids.add(facts.id()));
        assertThat(ids).containsExactlyInAnyOrder(lavrov.id(), preview.id(), miners.id(), undated.id());
    }

    @Test
    void analysis_isStoredWithItsGeneration() throws IOException {
        assertThat(store.analysis()).isEmpty();
        store.putAnalysis("{\"stories\":[]}", store.generation());
        assertThat(store.analysis()).contains(new ArticleStore.StoredAnalysis("{\"stories\":[]}", store.generation()));
        store.put(List.of(article("New", "Something new happened today in the capital.", null, "x.txt", List.of(), List.of())));
        store.commit();
        assertThat(store.analysis().orElseThrow().generation()).isLessThan(store.generation());
    }

    @Test
    void reopen_keepsCommittedArticles_andDropsUncommittedOnes() throws IOException {
        store.put(List.of(article("Uncommitted", "Never committed text of an article.", null, "x.txt", List.of(), List.of())));
        // a process that dies here never commits; Lucene's rollback is what a killed process amounts to
        store.closeWithoutCommit();
        store = LuceneArticleStore.open(data);
        assertThat(store.count()).isEqualTo(4);
    }

    @Test
    void secondWriter_isRefused_readOnlySeesCommits() throws IOException {
        assertThatThrownBy(() -> LuceneArticleStore.open(data)).isInstanceOf(IOException.class)
                .hasMessageContaining("open for writing in another process");
        try (LuceneArticleStore reader = LuceneArticleStore.openReadOnly(data)) {
            assertThat(reader.count()).isEqualTo(4);
            store.put(List.of(article("Later", "A later article about something else.", null, "x.txt", List.of(), List.of())));
            assertThat(reader.count()).as("not committed yet").isEqualTo(4);
            store.commit();
            assertThat(reader.count()).isEqualTo(5);
            assertThat(reader.generation()).isEqualTo(store.generation());
            assertThatThrownBy(() -> reader.put(List.of())).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void readOnly_withoutStore_saysSo(@TempDir Path empty) {
        assertThatThrownBy(() -> LuceneArticleStore.openReadOnly(empty.resolve("nothing")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("no article store");
    }
}
