package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateCommandTest {

    /** Beside the checkout in CI, as for the seed articles. */
    private static final Path DATA = Path.of("../../shared/data");

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

    private static double f1(String output) {
        Matcher m = Pattern.compile("summary: entity_f1=([0-9.]+)").matcher(output);
        assertThat(m.find()).as("summary line in:%n%s", output).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void scores_the_model_on_a_tiny_gold_file() throws IOException {
        Path gold = Files.writeString(dir.resolve("tiny.jsonl"),
                "{\"id\": \"a\", \"split\": \"dev\", \"text\": \"Russian Foreign Minister Sergey Lavrov met his Italian counterpart in Rome.\","
                        + " \"entities\": [{\"start\": 25, \"end\": 38, \"type\": \"PERSON\", \"text\": \"Sergey Lavrov\"},"
                        + " {\"start\": 70, \"end\": 74, \"type\": \"LOCATION\", \"text\": \"Rome\"}]}\n"
                        + "{\"id\": \"b\", \"split\": \"test\", \"text\": \"Nothing here.\", \"entities\": []}\n",
                StandardCharsets.UTF_8);
        assertThat(run("evaluate", gold.toString(), "--split", "dev")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 documents").contains("PERSON ").contains("PER+ORG+LOC");
        assertThat(f1(out.toString())).isGreaterThanOrEqualTo(0.5);

        out.getBuffer().setLength(0);
        assertThat(run("evaluate", gold.toString(), "--split", "dev", "--tagger", "gazetteer")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("tagger      gazetteer").contains("LOCATION      P=1.000 R=1.000");

        // The whole pipeline cuts the role off the name and finds both names exactly.
        out.getBuffer().setLength(0);
        assertThat(run("evaluate", gold.toString(), "--split", "dev", "--tagger", "pipeline")).as(err.toString()).isZero();
        assertThat(f1(out.toString())).as(out.toString()).isEqualTo(1.0);
    }

    @Test
    void a_bad_gold_file_is_one_line_on_stderr() throws IOException {
        assertThat(run("evaluate", dir.resolve("missing.jsonl").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("dateline: ").endsWith("missing.jsonl: no such file").doesNotContain("\n");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"text\": \n", StandardCharsets.UTF_8);
        err.getBuffer().setLength(0);
        assertThat(run("evaluate", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.jsonl:1: malformed JSON line");
    }

    /**
     * Quality floor of the shipped model on a dev split it was not trained on: re3d dev (government and defence
     * news), proper names only. Measured when the model was trained (see perceptron.md); a retrained model that drops
     * more than the margin is a regression.
     */
    @Test
    void shipped_model_keeps_its_score_on_re3d_dev() {
        Path re3d = DATA.resolve("re3d/re3d.jsonl");
        assumeTrue(Files.isRegularFile(re3d), "../shared/data is not beside the checkout");
        assertThat(run("evaluate", re3d.toString(), "--split", "dev", "--names-only")).as(err.toString()).isZero();
        double measured = MEASURED_RE3D_DEV_F1;
        assertThat(f1(out.toString())).as("re3d dev PER+ORG+LOC F1 (measured %.3f when trained, floor %.3f)%n%s",
                measured, measured - 0.03, out).isGreaterThanOrEqualTo(measured - 0.03);
    }

    private static final double MEASURED_RE3D_DEV_F1 = 0.407;
}
