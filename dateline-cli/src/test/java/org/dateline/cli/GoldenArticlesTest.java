package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.eval.EntityScorer;
import org.dateline.eval.GoldArticle;
import org.dateline.eval.GoldReader;
import org.dateline.eval.TimeScorer;
import org.dateline.extract.Extractor;
import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadOptions;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Article;
import org.dateline.model.Entity;
import org.dateline.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Whole real articles against careful gold: the seed articles (../shared/seeds, beside the clone in CI)
 * and the bundled sample corpus. Floors are asserted with the measured report in the message.
 */
class GoldenArticlesTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static final Path SAMPLE = Path.of("../sample-corpus");

    private final Extractor extractor = new Extractor();
    private final TimeScorer scorer = new TimeScorer();
    private final EntityScorer entityScorer = new EntityScorer();

    @Test
    void seeds_without_any_date_given() {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is not beside the checkout");
        List<GoldArticle> gold = new GoldReader().readFolder(SEEDS.resolve("gold"));
        Map<String, Extraction> out = extract(read(SEEDS.toString()));

        TimeScorer.Report report = scorer.score(gold, out);
        assertThat(report.valued().f1()).as("timex values %s%n%s", report.valued(), String.join("\n", report.notes()))
                .isGreaterThanOrEqualTo(0.90);
        assertThat(out.get("000_962b241333455358").dateline().date()).isEqualTo("2015-12-11");
        assertThat(out.get("000_962b241333455358").dateline().place()).isEqualTo("Rome");
    }

    @Test
    void seeds_with_their_publication_dates_as_metadata() {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is not beside the checkout");
        List<GoldArticle> gold = new GoldReader().readFolder(SEEDS.resolve("gold"));
        Map<String, String> published = new LinkedHashMap<>();
        gold.forEach(g -> published.put(g.id(), g.published()));
        List<Article> articles = new ArrayList<>();
        for (Article a : read(SEEDS.toString())) {
            articles.add(a.withPublished(LocalDate.parse(published.get(a.id()))));
        }
        // One at a time: with its own date, no article needs another to fix its year.
        Map<String, Extraction> out = new LinkedHashMap<>();
        articles.forEach(a -> out.put(a.id(), extractor.extract(a)));

        TimeScorer.Report report = scorer.score(gold, out);
        assertThat(report.datelines().f1()).as("datelines %s%n%s", report.datelines(), String.join("\n", report.notes()))
                .isEqualTo(1.0);
        assertThat(report.valued().f1()).as("timex values %s%n%s", report.valued(), String.join("\n", report.notes()))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void seeds_entities_against_gold() {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is not beside the checkout");
        List<GoldArticle> gold = new GoldReader().readFolder(SEEDS.resolve("gold"));
        Map<String, Extraction> out = extract(read(SEEDS.toString()));

        EntityScorer.Report report = entityScorer.score(gold, out);
        String detail = String.join("\n", report.notes());
        assertThat(report.entities().f1()).as("entities %s%n%s", report.entities(), detail).isGreaterThanOrEqualTo(0.90);
        assertThat(report.nameAccuracy()).as("canonical names %s%n%s", report.canonicalNames(), detail)
                .isGreaterThanOrEqualTo(0.90);

        // What a reader checks first on the Rome article: the minister and the group, each with its other names.
        Map<String, Entity> rome = new LinkedHashMap<>();
        out.get("000_962b241333455358").entities().forEach(e -> rome.putIfAbsent(e.name(), e));
        assertThat(rome).containsKeys("Sergey Lavrov", "Islamic State");
        assertThat(rome.get("Sergey Lavrov").aliases()).contains("Lavrov");
        assertThat(rome.get("Sergey Lavrov").roles()).isNotEmpty();
        assertThat(rome.get("Islamic State").aliases()).contains("ISIS", "ISIL");
    }

    @Test
    void every_country_of_the_coalition_list_joins_on_its_own_date() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the checkout");
        Extraction x = extract(read(SEEDS.toString())).get("003_318003164efa4d8d");
        Map<String, String> joins = new LinkedHashMap<>();
        x.events().stream().filter(e -> e.type() == org.dateline.model.EventType.JOIN && e.time() != null)
                .forEach(e -> e.actors().forEach(a -> joins.put(a.name(), e.time())));
        assertThat(joins).containsEntry("France", "2014-09-19").containsEntry("Denmark", "2014-09-26")
                .containsEntry("United Kingdom", "2014-09-30").containsEntry("Australia", "2014-10-05")
                .containsEntry("Belgium", "2014-10-06").containsEntry("Netherlands", "2014-10-06")
                .containsEntry("Canada", "2014-10-07");
        assertThat(x.events()).filteredOn(e -> e.type() == org.dateline.model.EventType.VISIT)
                .singleElement().satisfies(v -> {
                    assertThat(v.time()).isEqualTo("2015-12-10/2015-12-11");
                    assertThat(v.modality()).isEqualTo(org.dateline.model.Event.Modality.PLANNED);
                });
    }

    @Test
    void the_coalition_list_keeps_each_date_in_the_year_of_its_narrative() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the checkout");
        Extraction x = extract(read(SEEDS.toString())).get("003_318003164efa4d8d");
        Map<String, String> values = new LinkedHashMap<>();
        x.timexes().forEach(t -> values.put(t.text(), t.value()));
        assertThat(values).containsEntry("September 19", "2014-09-19").containsEntry("30 September", "2014-09-30")
                .containsEntry("October 7", "2014-10-07").containsEntry("23 September", "2014-09-23")
                .containsEntry("December 10-11", "2015-12-10/2015-12-11");
        assertThat(x.documentDate().value()).isEqualTo("2015-12-09");
    }

    @Test
    void sample_corpus_with_publication_dates_against_its_gold() {
        List<GoldArticle> gold = new GoldReader().readFolder(SAMPLE.resolve("gold"));
        Map<String, String> published = new LinkedHashMap<>();
        gold.forEach(g -> published.put(g.id(), g.published()));
        List<Article> articles = new ArrayList<>();
        for (Article a : read(SAMPLE.resolve("articles").toString())) {
            String date = published.get(a.id());
            articles.add(date == null || a.published() != null ? a : a.withPublished(LocalDate.parse(date)));
        }
        TimeScorer.Report report = scorer.score(gold, extract(articles));
        String detail = String.join("\n", report.notes());
        assertThat(report.datelines().f1()).as("datelines %s%n%s", report.datelines(), detail).isGreaterThanOrEqualTo(0.95);
        assertThat(report.found().f1()).as("timexes found %s%n%s", report.found(), detail).isGreaterThanOrEqualTo(0.95);
        assertThat(report.valued().f1()).as("timex values %s%n%s", report.valued(), detail).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void sample_corpus_without_dates_never_invents_a_year_for_an_undated_story() {
        Map<String, Extraction> out = extract(read(SAMPLE.resolve("articles").toString()));
        for (Extraction x : out.values()) {
            if (x.documentDate().value() == null) {
                assertThat(x.timexes()).as(x.article().id()).allSatisfy(t -> assertThat(t.anchor().kind())
                        .isNotEqualTo(org.dateline.model.Anchor.Kind.DOCUMENT_DATE));
            }
        }
    }

    private Map<String, Extraction> extract(List<Article> articles) {
        Map<String, Extraction> out = new LinkedHashMap<>();
        extractor.extractAll(articles).forEach(x -> out.put(x.article().id(), x));
        return out;
    }

    private static List<Article> read(String path) {
        ReadResult read = new ArticleReader(ReadOptions.defaults()).readAll(List.of(path));
        assertThat(read.errors()).as("input errors").isEmpty();
        return read.articles();
    }
}
