package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.corpus.ArticleFacts;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusAnalyzer;
import org.dateline.corpus.Dossier;
import org.dateline.corpus.EntityRef;
import org.dateline.corpus.Split;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus analysis as the store keeps it: read back whole, current or stale, corrected by splits. */
class StoredCorpusTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");

    @TempDir
    Path data;

    private LuceneArticleStore store;
    private Ingestor ingestor;

    @BeforeEach
    void open() throws IOException {
        store = LuceneArticleStore.open(data);
        ingestor = new Ingestor(store, IngestOptions.defaults().withThreads(2), IngestListener.SILENT, IngestorTest.EXTRACTOR);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void storedAnalysis_readsBackAsTheAnalyserComputedIt() throws IOException {
        assertThat(StoredCorpus.isCurrent(store)).as("an empty store needs no analysis").isTrue();
        ingestor.ingest(List.of(IngestorTest.SAMPLE.resolve("brexit-referendum").toString()));

        CorpusAnalysis stored = StoredCorpus.analysis(store).orElseThrow();
        List<ArticleFacts> facts = StoredCorpus.facts(store);

        assertThat(facts).hasSize(5);
        assertThat(stored).isEqualTo(CorpusAnalyzer.analyse(facts));
        assertThat(StoredCorpus.isCurrent(store)).isTrue();
        assertThat(stored.findDossiers("Cameron")).isNotEmpty();
    }

    @Test
    void newArticles_makeTheAnalysisStale_untilAnalysed() throws IOException {
        ingestor.ingest(List.of(IngestorTest.SAMPLE.resolve("artemis-i").resolve("01_launch-preview.txt").toString()));
        new Ingestor(store, IngestOptions.defaults().withAnalyse(false), IngestListener.SILENT, IngestorTest.EXTRACTOR)
                .ingest(List.of(IngestorTest.SAMPLE.resolve("artemis-i").resolve("04_splashdown.txt").toString()));
        assertThat(StoredCorpus.isCurrent(store)).isFalse();
        assertThat(ingestor.analysisIsStale()).isTrue();

        IngestReport nothingNew = ingestor.ingest(List.of(IngestorTest.SAMPLE.resolve("artemis-i").resolve("04_splashdown.txt").toString()));

        assertThat(nothingNew.stored()).isZero();
        assertThat(nothingNew.analysed()).as("a stale analysis is redone").isTrue();
        assertThat(StoredCorpus.isCurrent(store)).isTrue();
    }

    @Test
    void split_isKept_andUndoesTheMergeAtTheNextAnalysis() throws IOException {
        ingestor.ingest(List.of(IngestorTest.SAMPLE.resolve("brexit-referendum").toString()));
        CorpusAnalysis before = StoredCorpus.analysis(store).orElseThrow();
        Dossier merged = before.dossiers().stream().filter(d -> d.members().size() >= 2).findFirst().orElseThrow();
        EntityRef detached = merged.members().get(merged.members().size() - 1);

        assertThat(StoredCorpus.addSplit(store, Split.of(merged.id(), detached))).isTrue();
        assertThat(StoredCorpus.addSplit(store, Split.of(merged.id(), detached))).isFalse();
        assertThat(StoredCorpus.splits(store)).containsExactly(Split.of(merged.id(), detached));
        ingestor.analyse();

        CorpusAnalysis after = StoredCorpus.analysis(store).orElseThrow();
        Dossier remaining = after.dossierOf(merged.members().get(0).articleId(), merged.members().get(0).entityId()).orElseThrow();
        assertThat(remaining.members()).doesNotContain(detached);

        assertThat(StoredCorpus.removeSplit(store, Split.of(merged.id(), detached))).isTrue();
        ingestor.analyse();
        assertThat(StoredCorpus.analysis(store).orElseThrow().dossierOf(detached.articleId(), detached.entityId())
                .orElseThrow().members()).containsAll(merged.members());
    }

    @Test
    void seeds_oneStory_andThePreviewTakesItsYearFromIt() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no seed corpus at " + SEEDS.toAbsolutePath());
        ingestor.ingest(List.of(SEEDS.toString()));

        SearchResult all = store.search(SearchQuery.all());
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.stories()).as("the preview and the report are one story").hasSize(1);
        assertThat(all.stories().get(0).count()).isEqualTo(2);
        assertThat(all.months()).containsExactly(new FacetCount("2015-12", 2));

        List<StoredArticle> articles = new ArrayList<>();
        store.forEachArticle(articles::add);
        StoredArticle preview = articles.stream().filter(a -> !a.inputId().equals("000_962b241333455358")).findFirst().orElseThrow();
        assertThat(preview.effectiveDate()).startsWith("2015-12-");
        assertThat(store.search(SearchQuery.all().withDates(LocalDate.of(2015, 12, 1), LocalDate.of(2015, 12, 31))).total())
                .isEqualTo(2);
        assertThat(store.search(SearchQuery.all().withEntity("Sergey Lavrov")).total()).isEqualTo(2);
    }
}
