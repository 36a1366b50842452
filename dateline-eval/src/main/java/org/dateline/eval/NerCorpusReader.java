package org.dateline.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.EntityType;

/**
 * Reads the uniform JSON Lines corpora of {@code shared/data} ({@code {"id","text","dct","entities":[{"start","end",
 * "type","text"}]}} per line) for mention scoring and for training name taggers.
 *
 * <p>A document's split comes from {@code split.json} beside the file ({@code {"dev": [ids], "test": [ids]}}) when
 * there is one, else from the document's {@code "split"} field, as {@code shared/eval/score_spans.py} does. Offsets
 * in the files are Unicode code points; they are converted to UTF-16 units here, and each mention's covered text is
 * checked against its {@code "text"}. Immutable and thread-safe.
 */
public final class NerCorpusReader {

    /** Gold type names as the scorer reads them (score_spans.py's table): GPE is a location. */
    private static final Map<String, EntityType> TYPES = Map.of(
            "PERSON", EntityType.PERSON, "PER", EntityType.PERSON,
            "ORGANIZATION", EntityType.ORGANIZATION, "ORG", EntityType.ORGANIZATION,
            "LOCATION", EntityType.LOCATION, "LOC", EntityType.LOCATION, "GPE", EntityType.LOCATION,
            "MISC", EntityType.MISC);

    private final ObjectMapper mapper = new ObjectMapper();

    /** Every document of the file. */
    public List<NerDocument> read(Path file) {
        return read(file, Set.of());
    }

    /**
     * The documents of the given splits (all documents when {@code splits} is empty).
     *
     * @throws IllegalArgumentException naming the file (and line) when it is missing, not JSON Lines, or a mention's
     *                                  offsets do not cover its text
     */
    public List<NerDocument> read(Path file, Set<String> splits) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        Map<String, String> splitOf = splitFile(file);
        List<NerDocument> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                NerDocument doc = document(file, n, line, splitOf);
                if (splits.isEmpty() || splits.contains(doc.split())) {
                    out.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty() && !splits.isEmpty()) {
            throw new IllegalArgumentException(file + ": no document in split " + String.join(",", splits));
        }
        return out;
    }

    /** Document id → split, from split.json beside the file; empty when there is none. */
    private Map<String, String> splitFile(Path file) {
        Path f = file.resolveSibling("split.json");
        if (!Files.isRegularFile(f)) {
            return Map.of();
        }
        try {
            JsonNode root = mapper.readTree(f.toFile());
            Map<String, String> out = new java.util.HashMap<>();
            root.fields().forEachRemaining(e -> e.getValue().forEach(id -> out.put(id.asText(), e.getKey())));
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": not a split file (" + e.getMessage() + ")", e);
        }
    }

    private NerDocument document(Path file, int lineNo, String line, Map<String, String> splitOf) {
        String where = file + ":" + lineNo;
        JsonNode d;
        try {
            d = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": malformed JSON line (" + e.getOriginalMessage() + ")", e);
        }
        if (!d.path("id").isValueNode() || !d.path("text").isTextual()) {
            throw new IllegalArgumentException(where + ": a document needs an \"id\" and a \"text\"");
        }
        String id = d.get("id").asText();
        String text = d.get("text").asText();
        String split = splitOf.isEmpty() ? d.path("split").asText(null) : splitOf.get(id);
        boolean wide = text.length() != text.codePointCount(0, text.length());
        List<NerDocument.GoldMention> mentions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode e : d.path("entities")) {
            EntityType type = TYPES.get(e.path("type").asText("").toUpperCase(Locale.ROOT));
            if (type == null || !e.path("start").canConvertToInt() || !e.path("end").canConvertToInt()) {
                continue; // types the scorer does not read (none in the shared corpora)
            }
            int start = e.get("start").asInt();
            int end = e.get("end").asInt();
            if (start < 0 || end < start || end > text.codePointCount(0, text.length())) {
                throw new IllegalArgumentException(where + ": mention [" + start + ", " + end + ") outside the text of " + id);
            }
            if (wide) {
                start = text.offsetByCodePoints(0, start);
                end = text.offsetByCodePoints(start, e.get("end").asInt() - e.get("start").asInt());
            }
            String covered = text.substring(start, end);
            if (e.has("text") && !covered.equals(e.get("text").asText())) {
                throw new IllegalArgumentException(where + ": mention [" + e.get("start") + ", " + e.get("end") + ") covers '"
                        + covered + "', not '" + e.get("text").asText() + "'");
            }
            if (seen.add(start + ":" + end + ":" + type)) {
                mentions.add(new NerDocument.GoldMention(start, end, type, covered, e.path("named").asBoolean(true)));
            }
        }
        return new NerDocument(id, text, d.path("dct").isTextual() ? d.get("dct").asText() : null, split, mentions);
    }
}
