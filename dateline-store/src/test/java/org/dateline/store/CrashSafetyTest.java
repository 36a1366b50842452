package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL in the middle loses nothing it reported as stored, and leaves a store that opens,
 * searches, and takes the rest of the ingest.
 */
class CrashSafetyTest {

    private static final int ARTICLES = 240;
    private static final int BATCH = 6;
    /** Kill once this many articles were reported stored: a few batches in, with more in flight. */
    private static final int KILL_AFTER = 30;

    @TempDir
    Path data;
    @TempDir
    Path inputs;

    @Test
    void killedIngest_losesNothingReported_andTheStoreOpens() throws Exception {
        Path feed = writeArticles(inputs.resolve("articles.jsonl"));

        // 1. ingest, and kill the process a few batches in
        Process child = start(feed);
        Set<String> reported = new HashSet<>();
        BlockingQueue<String> lines = linesOf(child);
        while (reported.size() < KILL_AFTER) {
            String line = lines.poll(120, TimeUnit.SECONDS);
            assertThat(line).as("the child reports progress (stderr: %s)", stderr(child)).isNotNull();
            assertThat(line).as("the child must not finish before it is killed").startsWith("stored ");
            reported.add(line.substring("stored ".length()));
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        for (String line = lines.poll(); line != null; line = lines.poll()) { // reported before it died
            if (line.startsWith("stored ")) {
                reported.add(line.substring("stored ".length()));
            }
        }

        // 2. everything reported is there, and the store works
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            assertThat(store.states(reported)).as("every article reported as stored").hasSize(reported.size());
            assertThat(store.count()).isBetween((long) reported.size(), (long) ARTICLES);
            assertThat(store.search(SearchQuery.all()).total()).isPositive();
            for (String id : reported) {
                assertThat(store.get(id)).hasValueSatisfying(a -> assertThat(a.factsJson()).startsWith("{"));
            }
        }

        // 3. the same ingest again finishes the job, without storing anything twice
        Process again = start(feed);
        BlockingQueue<String> more = linesOf(again);
        String last = null;
        for (String line = more.poll(300, TimeUnit.SECONDS); line != null; line = more.poll(300, TimeUnit.SECONDS)) {
            last = line;
            if (line.startsWith("done")) {
                break;
            }
        }
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as("stderr: %s", stderr(again)).isZero();
        assertThat(last).startsWith("done");
        try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
            long storedBefore = ARTICLES - Long.parseLong(last.split(" ")[1]);
            assertThat(storedBefore).isGreaterThanOrEqualTo(reported.size());
            assertThat(store.count()).isEqualTo(ARTICLES);
            assertThat(store.analysis()).isPresent();
        }
    }

    private Path writeArticles(Path file) throws IOException {
        List<Article> articles = Recombiner.of(Path.of("../sample-corpus/articles"), 7).next(0, ARTICLES);
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            ObjectNode o = json.createObjectNode();
            o.put("id", a.id());
            o.put("title", a.title());
            o.put("text", a.text());
            lines.add(o.toString());
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private Process start(Path feed) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), data.toString(), feed.toString(), Integer.toString(BATCH));
        builder.redirectError(inputs.resolve("stderr-" + System.nanoTime() + ".txt").toFile());
        return builder.start();
    }

    private String stderr(Process process) {
        try (var files = Files.list(inputs)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("stderr-")).toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The child's standard output, line by line, read on a thread of its own. */
    private static BlockingQueue<String> linesOf(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the process died
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
