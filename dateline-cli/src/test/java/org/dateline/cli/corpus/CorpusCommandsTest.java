package org.dateline.cli.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The corpus questions, asked of a store holding the two seed articles (../shared/seeds, beside the clone in CI). */
class CorpusCommandsTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = org.dateline.cli.MainAccess.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingestTheSeeds() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the checkout");
        Run r = run("ingest", "--data", data.toString(), SEEDS.resolve("000_962b241333455358.txt").toString(),
                SEEDS.resolve("003_318003164efa4d8d.txt").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("stored 2 articles");
    }

    @Test
    void the_preview_and_the_report_are_one_story_and_the_previews_year_comes_from_it() throws Exception {
        Run r = run("stories", "--data", data.toString(), "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode story = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(story.get("articleIds")).hasSize(2);
        assertThat(story.get("first").asText()).isEqualTo("2015-12-09");
        assertThat(story.get("last").asText()).isEqualTo("2015-12-11");
    }

    @Test
    void lavrov_is_one_dossier_across_both_articles_with_his_quotes() throws Exception {
        Run r = run("entity", "Lavrov", "--data", data.toString(), "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode view = JSON.readTree(r.out());
        assertThat(view.at("/dossier/name").asText()).isEqualTo("Sergey Lavrov");
        assertThat(view.at("/dossier/articleIds")).hasSize(2);
        assertThat(view.get("quotes").size()).isGreaterThanOrEqualTo(5);
        assertThat(view.at("/dossier/merges").size()).isPositive(); // why the two articles' Lavrovs are one
        Run quotes = run("quotes", "--speaker", "Sergey Lavrov", "--data", data.toString());
        assertThat(quotes.out()).contains("We are still talking about coordination");
    }

    @Test
    void the_coalition_timeline_lists_each_joining_country_with_its_date() {
        Run r = run("timeline", "--data", data.toString(), "--from", "2014-09-01", "--to", "2014-10-31");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2014-09-19", "France joined").contains("2014-09-26", "Denmark joined")
                .contains("2014-09-30", "United Kingdom joined").contains("2014-10-05", "Australia joined")
                .contains("2014-10-06", "Belgium and Netherlands joined").contains("2014-10-07", "Canada joined");
        assertThat(r.out().indexOf("France joined")).isLessThan(r.out().indexOf("Canada joined"));
    }

    @Test
    void search_filters_and_facets() {
        Run all = run("search", "coalition", "--data", data.toString());
        assertThat(all.out()).startsWith("2 articles match").contains("event types");
        Run visit = run("search", "--event-type", "VISIT", "--data", data.toString(), "--format", "csv");
        assertThat(visit.out().lines().count()).isEqualTo(2); // header and the preview
        assertThat(visit.out()).contains("Lavrov will discuss");
        Run dated = run("search", "--from", "2015-12-10", "--to", "2015-12-31", "--data", data.toString(), "--format", "csv");
        assertThat(dated.out()).contains("Lavrov on joining").doesNotContain("Lavrov will discuss");
        Run entity = run("search", "--entity", "Gentiloni", "--data", data.toString(), "--format", "csv");
        assertThat(entity.out().lines().count()).isEqualTo(2);
    }

    @Test
    void exports_are_well_formed_and_every_edge_names_its_articles() throws Exception {
        for (String kind : new String[] {"graphml", "gexf"}) {
            Run r = run("export", kind, "--data", data.toString());
            assertThat(r.status()).as(r.err()).isZero();
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getElementsByTagName("edge").getLength()).isPositive();
            assertThat(r.out()).contains("Sergey Lavrov");
        }
        Run jsonl = run("export", "jsonl", "--data", data.toString());
        assertThat(jsonl.out().lines().count()).isEqualTo(2);
        Run csv = run("export", "csv", "--data", data.toString());
        assertThat(csv.out()).startsWith("dossier,type,name");
    }

    @Test
    void a_store_that_does_not_exist_is_one_line() {
        Run r = run("stories", "--data", data.resolve("nowhere").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("dateline: ").contains("no store here").doesNotContain("\n");
    }
}
