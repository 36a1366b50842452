package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.extract.Extractor;
import org.dateline.ingest.InputError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest: once per article, near-duplicates linked, upgrades replace, bad inputs reported, analysis stored. */
class IngestorTest {

    /** Loading the name model takes seconds: one extractor serves every test. */
    static final Extractor EXTRACTOR = new Extractor();

    static final Path SAMPLE = Path.of("../sample-corpus/articles");

    @TempDir
    Path data;
    @TempDir
    Path inputs;

    private LuceneArticleStore store;
    private final List<String> errors = new ArrayList<>();
    private final List<List<String>> commits = new ArrayList<>();
    private final List<RuntimeException> analysisFailures = new ArrayList<>();

    private final IngestListener recording = new IngestListener() {
        @Override
        public void inputError(InputError error) {
            errors.add(error.toString());
        }

        @Override
        public void committed(List<String> ids, IngestReport soFar) {
            commits.add(ids);
        }

        @Override
        public void analysisFailed(RuntimeException failure) {
            analysisFailures.add(failure);
        }
    };

    @BeforeEach
    void open() throws IOException {
        store = LuceneArticleStore.open(data);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private IngestReport ingest(IngestOptions options, Path... paths) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path path : paths) {
            names.add(path.toString());
        }
        return new Ingestor(store, options, recording, EXTRACTOR).ingest(names);
    }

    private static IngestOptions options() {
        return IngestOptions.defaults().withThreads(2).withBatchSize(4).withExtractorVersion("v1");
    }

    private Path copy(String story, String file) throws IOException {
        Path target = inputs.resolve(file);
        Files.copy(SAMPLE.resolve(story).resolve(file), target);
        return target;
    }

    @Test
    void ingestTwice_storesOnce() throws IOException {
        Path thai = SAMPLE.resolve("thai-cave-rescue");

        IngestReport first = ingest(options(), thai);
        assertThat(first.read()).isEqualTo(4);
        assertThat(first.added()).isEqualTo(4);
        assertThat(first.stored()).isEqualTo(4);
        assertThat(first.analysed()).isTrue();
        assertThat(store.count()).isEqualTo(4);
        long generation = store.generation();

        IngestReport second = ingest(options(), thai);
        assertThat(second.read()).isEqualTo(4);
        assertThat(second.stored()).isZero();
        assertThat(second.unchanged()).isEqualTo(4);
        assertThat(second.analysed()).as("nothing changed, the analysis is current").isFalse();
        assertThat(store.count()).isEqualTo(4);
        assertThat(store.generation()).isEqualTo(generation);
    }

    @Test
    void sameArticle_otherFormatAndWhiteSpace_isTheSameArticle() throws IOException {
        Path original = copy("thai-cave-rescue", "01_team-missing.txt");
        String text = Files.readString(original);
        Path reformatted = Files.writeString(inputs.resolve("again.txt"),
                "\n\n" + text.replace("\n\n", "\r\n  \r\n").replace(". ", ".  "));

        IngestReport report = ingest(options(), original, reformatted, original);

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void nearDuplicate_isStoredLinkedToItsOriginal_andNotCountedAsAnArticle() throws IOException {
        Path original = copy("paris-climate-agreement", "03_agreement-adopted.txt");
        String text = Files.readString(original);
        String edited = text
                .replace("Paris climate accord adopted to cheers and tears", "World adopts Paris climate pact")
                .replace("(AFP) -", "(Reuters) -")
                .replace("cheers", "applause")
                .replace("Delegates jumped to their feet, hugged and wept.", "Delegates rose, embraced and wept.")
                + "\n\nReporting by the Paris bureau; editing by the world desk.\n";
        Path reprint = Files.writeString(inputs.resolve("reprint.txt"), edited);
        Path reprintOfReprint = Files.writeString(inputs.resolve("reprint2.txt"),
                edited.replace("World adopts", "Nations adopt").replace("the world desk", "the Europe desk"));
        Path other = copy("paris-climate-agreement", "01_cop21-opens.txt");

        ingest(options().withBatchSize(1), original);
        IngestReport report = ingest(options(), reprint, reprintOfReprint, other);

        String originalId = ContentId.of("Paris climate accord adopted to cheers and tears", text.substring(text.indexOf('\n')));
        assertThat(store.get(originalId)).isPresent();
        assertThat(report.added()).isEqualTo(3);
        assertThat(report.duplicates()).isEqualTo(2);
        List<StoredArticle> all = new ArrayList<>();
        store.forEachArticle(all::add);
        assertThat(all).filteredOn(StoredArticle::isDuplicate).hasSize(2)
                .allSatisfy(a -> assertThat(a.duplicateOf()).as("the root, not the reprint in between").isEqualTo(originalId));
        assertThat(all).filteredOn(a -> a.title().startsWith("COP21") || a.inputId().startsWith("01_"))
                .allSatisfy(a -> assertThat(a.isDuplicate()).isFalse());

        assertThat(store.search(SearchQuery.of("gavel")).total()).as("duplicates hidden").isEqualTo(1);
        assertThat(store.search(SearchQuery.of("gavel").withDuplicates(true)).total()).isEqualTo(3);
        StoredArticle duplicate = all.stream().filter(StoredArticle::isDuplicate).findFirst().orElseThrow();
        StoredArticle stored = store.get(originalId).orElseThrow();
        assertThat(duplicate.links().stories()).as("a reprint shares its original's story")
                .isEqualTo(stored.links().stories()).isNotEmpty();
    }

    @Test
    void differentArticlesOfOneStory_areNotDuplicates() throws IOException {
        IngestReport report = ingest(options(), SAMPLE.resolve("suez-canal-ever-given"), SAMPLE.resolve("artemis-i"));
        assertThat(report.added()).isEqualTo(9);
        assertThat(report.duplicates()).isZero();
    }

    @Test
    void newExtractorVersion_extractsAgainAndReplaces() throws IOException {
        Path thai = SAMPLE.resolve("thai-cave-rescue");
        ingest(options(), thai);
        long generation = store.generation();

        IngestReport upgraded = ingest(options().withExtractorVersion("v2"), thai);

        assertThat(upgraded.replaced()).isEqualTo(4);
        assertThat(upgraded.added()).isZero();
        assertThat(upgraded.unchanged()).isZero();
        assertThat(store.count()).isEqualTo(4);
        assertThat(store.generation()).isGreaterThan(generation);
        List<String> versions = new ArrayList<>();
        store.forEachFacts(f -> versions.add(f.extractorVersion()));
        assertThat(versions).containsOnly("v2");

        IngestReport again = ingest(options().withExtractorVersion("v2"), thai);
        assertThat(again.unchanged()).isEqualTo(4);
    }

    @Test
    void reextractStale_withoutTheInputs() throws IOException {
        ingest(options(), SAMPLE.resolve("thai-cave-rescue"));
        Ingestor upgraded = new Ingestor(store, options().withExtractorVersion("v3"), recording, EXTRACTOR);

        IngestReport report = upgraded.reextractStale();

        assertThat(report.replaced()).isEqualTo(4);
        assertThat(store.count()).isEqualTo(4);
        List<StoredArticle> all = new ArrayList<>();
        store.forEachArticle(all::add);
        assertThat(all).allSatisfy(a -> {
            assertThat(a.extractorVersion()).isEqualTo("v3");
            assertThat(a.inputId()).as("the input id survives").startsWith("0");
        });
        assertThat(upgraded.reextractStale().stored()).isZero();
    }

    @Test
    void storedArticle_keepsExtractionFactsAndTerms() throws IOException {
        ingest(options(), SAMPLE.resolve("thai-cave-rescue").resolve("03_all-rescued.txt"));
        List<StoredArticle> all = new ArrayList<>();
        store.forEachArticle(all::add);
        StoredArticle a = all.get(0);

        JsonNode extraction = new ObjectMapper().readTree(a.extractionJson());
        assertThat(extraction.get("id").asText()).isEqualTo(a.id());
        assertThat(extraction.get("input_id").asText()).isEqualTo("03_all-rescued");
        assertThat(extraction.get("document_date").get("value").asText()).isEqualTo(a.documentDate());
        assertThat(extraction.get("entities").size()).isPositive();
        JsonNode facts = new ObjectMapper().readTree(a.factsJson());
        assertThat(facts.get("id").asText()).isEqualTo(a.id());
        assertThat(a.entities()).extracting(StoredArticle.EntityName::name).contains("Tham Luang");
        assertThat(a.source()).endsWith("03_all-rescued.txt");
        assertThat(a.fingerprint()).hasSize(Fingerprint.HASHES * 4);
    }

    @Test
    void publishedOption_datesArticlesWithoutADate() throws IOException {
        Path undated = Files.writeString(inputs.resolve("undated.txt"),
                "Talks continue\n\nThe ministers met again on Tuesday and said the talks would go on.\n");
        ingest(options().withPublished(java.time.LocalDate.of(2015, 12, 10)), undated);
        SearchHit hit = store.search(SearchQuery.all()).hits().get(0);
        assertThat(hit.documentDate()).isEqualTo("2015-12-10");
        assertThat(store.get(hit.id()).orElseThrow().published()).isEqualTo(java.time.LocalDate.of(2015, 12, 10));
    }

    @Test
    void badInputs_oneLineEach_andTheRestIsStored() throws IOException {
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.writeString(inputs.resolve("feed.jsonl"), "{\"title\":\"t\"}\n{not json\n");
        copy("thai-cave-rescue", "01_team-missing.txt");

        IngestReport report = ingest(options(), inputs, inputs.resolve("missing.txt"));

        assertThat(report.badInputs()).isEqualTo(4);
        assertThat(report.added()).isEqualTo(1);
        assertThat(errors).containsExactly(
                inputs.resolve("empty.txt") + ": empty file",
                inputs.resolve("feed.jsonl") + ":1: no \"text\" field",
                errors.get(2),
                inputs.resolve("missing.txt") + ": no such file or directory");
        assertThat(errors.get(2)).startsWith(inputs.resolve("feed.jsonl") + ":2: malformed JSON line (");
    }

    @Test
    void eachBatch_isReportedAfterItsCommit() throws IOException {
        ingest(options().withBatchSize(2).withAnalyse(false), SAMPLE.resolve("suez-canal-ever-given"));
        assertThat(commits).hasSize(3);
        assertThat(commits).flatExtracting(ids -> ids).hasSize(5).doesNotHaveDuplicates();
        for (List<String> ids : commits) {
            for (String id : ids) {
                assertThat(store.get(id)).isPresent();
            }
        }
        assertThat(store.analysis()).as("not analysed when told not to").isEmpty();
    }

    @Test
    void analysis_isStoredAndLinksStories() throws IOException {
        ingest(options(), SAMPLE.resolve("thai-cave-rescue"), SAMPLE.resolve("artemis-i"));

        assertThat(analysisFailures).isEmpty();
        ArticleStore.StoredAnalysis analysis = store.analysis().orElseThrow();
        assertThat(analysis.generation()).isEqualTo(store.generation());
        JsonNode json = new ObjectMapper().readTree(analysis.json());
        assertThat(json.get("stories").size()).isGreaterThanOrEqualTo(2);
        SearchResult stories = store.search(SearchQuery.all());
        assertThat(stories.stories()).isNotEmpty();
        String thaiStory = store.search(SearchQuery.of("cave")).stories().get(0).value();
        assertThat(store.search(SearchQuery.all().withStory(thaiStory)).hits())
                .allSatisfy(hit -> assertThat(hit.source()).contains("thai-cave-rescue"));
    }

    @Test
    void consoleProgress_onAFile_isOneSummaryLine_plusErrors() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        Files.writeString(inputs.resolve("empty.txt"), " ");
        copy("thai-cave-rescue", "01_team-missing.txt");

        new Ingestor(store, options(), progress, EXTRACTOR).ingest(List.of(inputs.toString()));

        String err = bytes.toString(StandardCharsets.UTF_8);
        assertThat(err).doesNotContain("\r");
        assertThat(err.lines()).containsExactly(
                "dateline: " + inputs.resolve("empty.txt") + ": empty file",
                err.lines().toList().get(1));
        assertThat(err.lines().toList().get(1)).startsWith("dateline: stored 1 article (1 new, 0 near-duplicates, "
                + "0 re-extracted), 0 unchanged, 1 bad input;").contains("articles/s");
    }

    @Test
    void consoleProgress_onATerminal_redrawsOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        IngestReport soFar = new IngestReport(10, 10, 0, 0, 0, 0, false, java.time.Duration.ofSeconds(2));
        progress.committed(List.of("a"), soFar);
        progress.finished(soFar);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .startsWith("\ringest: 10 articles stored, 0 unchanged, 0 bad inputs, 5.0 articles/s")
                .endsWith("dateline: stored 10 articles (10 new, 0 near-duplicates, 0 re-extracted), 0 unchanged, 0 bad inputs; 5.0 articles/s"
                        + System.lineSeparator());
    }
}
