package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateQuotesCommandTest {

    // Invented for the test. Offsets are code points; the text has no character outside the BMP, so they are also
    // UTF-16 units: “We will not join,” [25, 44), Lavrov [45, 51), said [52, 56), The ministry [58, 70),
    // said that [71, 80), the talks would resume in April [81, 112).
    private static final String TEXT = "MOSCOW, March 3 (Wire) - “We will not join,” Lavrov said. "
            + "The ministry said that the talks would resume in April.";

    private static final String GOLD = "{\"id\": \"a\", \"split\": \"dev\", \"dct\": \"2021-03-03\", \"text\": \"" + TEXT + "\", \"quotes\": ["
            + "{\"start\": 25, \"end\": 44, \"text\": \"“We will not join,”\", \"speaker\": \"Lavrov\","
            + " \"speaker_span\": {\"start\": 45, \"end\": 51, \"text\": \"Lavrov\"}, \"cue\": {\"start\": 52, \"end\": 56, \"text\": \"said\"},"
            + " \"direct\": true, \"fragments\": [[25, 44]]},"
            + " {\"start\": 81, \"end\": 112, \"text\": \"the talks would resume in April\", \"speaker\": \"The ministry\","
            + " \"speaker_span\": {\"start\": 58, \"end\": 70, \"text\": \"The ministry\"},"
            + " \"cue\": {\"start\": 71, \"end\": 80, \"text\": \"said that\"}, \"direct\": false, \"fragments\": [[81, 112]]}]}\n"
            + "{\"id\": \"b\", \"split\": \"test\", \"dct\": \"2021-03\", \"text\": \"Nothing here.\", \"quotes\": []}\n";

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

    @Test
    void scores_a_direct_quote_and_reported_speech() throws IOException {
        Path gold = Files.writeString(dir.resolve("tiny.jsonl"), GOLD, StandardCharsets.UTF_8);
        assertThat(run("evaluate-quotes", gold.toString(), "--split", "dev", "--verbose")).as(err.toString()).isZero();
        String o = out.toString();
        assertThat(o).contains("(split dev), 1 documents, 2 quotes (1 direct, 1 reported)")
                .containsPattern("extractor   \\d+ quotes: [0-9.]+ s, [0-9.]+ articles/s")
                .contains("quotes all    P=1.000 R=1.000 F1=1.000   (tp=2 fp=0 fn=0)")
                .contains("direct        P=1.000 R=1.000 F1=1.000   (tp=1 fp=0 fn=0)")
                .contains("reported      P=1.000 R=1.000 F1=1.000   (tp=1 fp=0 fn=0)");
        // Lavrov is found as the speaker; "the ministry" names no entity yet, which the speaker line may count.
        assertThat(o).doesNotContain("speaker '“We will not join");
        assertThat(o).containsPattern("(?m)^summary: quotes_all=1\\.000 direct=1\\.000 reported=1\\.000 speakers=(0\\.500|1\\.000)$");
    }

    @Test
    void a_bad_gold_file_is_one_line_on_stderr() throws IOException {
        assertThat(run("evaluate-quotes", dir.resolve("missing.jsonl").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("dateline: ").endsWith("missing.jsonl: no such file").doesNotContain("\n");

        Path bad = Files.writeString(dir.resolve("bad.jsonl"), GOLD + "{\"id\": \"c\", \"text\": \n", StandardCharsets.UTF_8);
        err.getBuffer().setLength(0);
        assertThat(run("evaluate-quotes", bad.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("dateline: ").contains("bad.jsonl:3: malformed JSON line").doesNotContain("\n");

        // Offsets that do not cover the quote's text.
        Path shifted = Files.writeString(dir.resolve("shifted.jsonl"), GOLD.replace("\"start\": 81, \"end\": 112", "\"start\": 80, \"end\": 111"),
                StandardCharsets.UTF_8);
        err.getBuffer().setLength(0);
        assertThat(run("evaluate-quotes", shifted.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).contains("shifted.jsonl:1: quote 2 of a content [80, 111) covers").doesNotContain("\n");
        assertThat(out.toString()).doesNotContain("summary:");
    }
}
