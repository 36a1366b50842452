package org.dateline.extract.segment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real wire articles in {@code shared/seeds} (first line the title, then the body) with their gold JSON.
 * Tests using them are skipped when the folder is absent.
 */
public final class SeedArticles {

    /** One seed: its body and the gold file's text, read with {@link #strings} rather than a JSON library. */
    public record Seed(String id, String title, String body, String gold) {

        /** Every string value of {@code key} in the gold file (values hold no escaped quotes). */
        public List<String> strings(String key) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":\"([^\"\\\\]*)\"").matcher(gold);
            List<String> values = new ArrayList<>();
            while (m.find()) {
                values.add(m.group(1));
            }
            return values;
        }
    }

    private static final Path DIR = Path.of("..", "..", "shared", "seeds");

    private SeedArticles() {
    }

    /** The seeds that have a gold file; skips the calling test when there are none. */
    public static List<Seed> load() {
        assumeTrue(Files.isDirectory(DIR.resolve("gold")), "no seed articles at " + DIR.toAbsolutePath());
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                Path gold = DIR.resolve("gold").resolve(id + ".json");
                if (!Files.exists(gold)) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int firstLineEnd = text.indexOf('\n');
                String title = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
                String body = firstLineEnd < 0 ? "" : text.substring(firstLineEnd + 1);
                seeds.add(new Seed(id, title.strip(), body, Files.readString(gold, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assumeTrue(!seeds.isEmpty(), "no seed article with a gold file in " + DIR.toAbsolutePath());
        return seeds;
    }
}
