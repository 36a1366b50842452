package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void json_lines_carry_the_dateline_and_the_normalized_dates() throws IOException {
        write("visit.txt", "Minister to visit Rome\n\nMOSCOW, December 9. The minister will visit Italy on December 10-11. "
                + "The coalition was formed on 4-5 September 2014.");
        assertThat(run("extract", "--format", "json", dir.resolve("visit.txt").toString())).isZero();
        JsonNode a = jsonLines().get(0);
        assertThat(a.path("id").asText()).isEqualTo("visit");
        assertThat(a.path("dateline").path("place").asText()).isEqualTo("Moscow");
        assertThat(a.path("dateline").path("date").asText()).isEqualTo("2015-12-09");
        assertThat(a.path("document_date").path("source").asText()).isEqualTo("dateline_inferred_year");
        List<String> values = new ArrayList<>();
        a.path("timexes").forEach(t -> values.add(t.path("text").asText() + "=" + t.path("value").asText()));
        assertThat(values).containsExactly("December 9=2015-12-09", "December 10-11=2015-12-10/2015-12-11",
                "4-5 September 2014=2014-09-04/2014-09-05");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void published_option_fixes_the_year_of_articles_without_a_date() throws IOException {
        write("a.txt", "Talks\n\nROME, 11 December. The ministers met yesterday.");
        assertThat(run("extract", "--published", "2019-12-11", dir.resolve("a.txt").toString())).isZero();
        JsonNode a = jsonLines().get(0);
        assertThat(a.path("dateline").path("date").asText()).isEqualTo("2019-12-11");
        assertThat(a.path("timexes").get(1).path("value").asText()).isEqualTo("2019-12-10");
    }

    @Test
    void bad_inputs_get_one_line_each_and_the_batch_goes_on() throws IOException {
        write("good.txt", "Title\n\nLONDON, Jan 5 (Reuters) - Shares rose on Tuesday.");
        write("empty.txt", "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
        write("feed.jsonl", "{\"id\":\"x1\",\"title\":\"T\",\"text\":\"PARIS (AFP) - Talks ended.\"}\n{not json\n");

        int status = run("extract", dir.toString(), dir.resolve("missing.txt").toString());

        assertThat(status).isEqualTo(1);
        assertThat(jsonLines()).extracting(n -> n.path("id").asText()).containsExactlyInAnyOrder("good", "x1");
        List<String> errors = Arrays.stream(err.toString().split("\n")).filter(l -> !l.isBlank()).toList();
        assertThat(errors).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("dateline: ").doesNotContain("Exception"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("empty.txt"))
                .anySatisfy(l -> assertThat(l).contains("binary.txt"))
                .anySatisfy(l -> assertThat(l).contains("feed.jsonl:2"))
                .anySatisfy(l -> assertThat(l).contains("missing.txt"));
    }

    @Test
    void text_format_reads_naturally() throws IOException {
        write("a.txt", "Talks\n\nROME, 11 December. The ministers met yesterday.");
        assertThat(run("extract", "--format", "text", "--published", "2015-12-11", dir.resolve("a.txt").toString())).isZero();
        assertThat(out.toString()).contains("== a: Talks", "dateline       Rome, 2015-12-11", "yesterday", "2015-12-10",
                "from the document date 2015-12-11");
    }

    @Test
    void demo_runs_on_the_bundled_sample_corpus() {
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo-data").toString())).isZero();
        assertThat(out.toString()).contains("Dateline demo:", "Summary", "time expressions");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void bench_prints_articles_and_megabytes_per_second() {
        assertThat(run("bench", "--seconds", "0.2", "--warmup", "0")).isZero();
        assertThat(out.toString()).containsPattern("\\d+ articles/s per core, \\d+\\.\\d+ MB/s per core");
    }

    @Test
    void usage_errors_are_reported_without_a_stack_trace() {
        assertThat(run("extract", "--format", "xml", "a.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("xml").doesNotContain("Exception");
    }
}
