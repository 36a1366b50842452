package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads gold annotations: a folder of {@code NAME.json} files in the evaluation kit's format. */
public final class GoldReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /** Every {@code *.json} gold file of a folder, in name order. */
    public List<GoldArticle> readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<GoldArticle> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold folder " + folder, e);
        }
    }

    public GoldArticle read(Path file) {
        try {
            JsonNode root = mapper.readTree(file.toFile());
            JsonNode d = root.path("dateline");
            GoldArticle.GoldDateline dateline = d.isObject()
                    ? new GoldArticle.GoldDateline(d.path("place").asText(null), d.path("date").asText(null)) : null;
            List<GoldArticle.GoldTimex> timexes = new ArrayList<>();
            for (JsonNode t : root.path("timexes")) {
                timexes.add(new GoldArticle.GoldTimex(t.path("text").asText(), t.path("value").asText()));
            }
            List<GoldArticle.GoldEntity> entities = new ArrayList<>();
            for (JsonNode e : root.path("entities")) {
                List<String> aliases = new ArrayList<>();
                e.path("aliases").forEach(a -> aliases.add(a.asText()));
                entities.add(new GoldArticle.GoldEntity(e.path("type").asText(), e.path("name").asText(), aliases));
            }
            return new GoldArticle(root.path("id").asText(), root.path("published").asText(null), dateline, timexes,
                    entities);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not a gold annotation file (" + e.getMessage() + ")", e);
        }
    }
}
