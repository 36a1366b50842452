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
import java.util.List;
import java.util.Set;

/**
 * Reads a gold attribution corpus in the uniform JSON Lines schema of {@code shared/data} (PolNeAR:
 * {@code {"id","text","dct","split","quotes":[{"start","end","text","speaker","speaker_span":{"start","end","text"}|null,
 * "cue":{"start","end","text"}|null,"direct","fragments":[[start,end],...]}]}} per line).
 *
 * <p>A document's split is its {@code "split"} field. Offsets in the file are Unicode code points; they are converted
 * to UTF-16 units here, and the text each content, speaker and cue span covers is checked against its {@code "text"}.
 * Immutable and thread-safe.
 */
public final class QuoteCorpusReader {

    private final ObjectMapper mapper = new ObjectMapper();

    /** Every document of the file. */
    public List<QuoteDocument> read(Path file) {
        return read(file, Set.of());
    }

    /**
     * The documents of the given splits (all documents when {@code splits} is empty), in file order.
     *
     * @throws IllegalArgumentException naming the file (and line) when it is missing, not JSON Lines, a quote lacks
     *                                  its offsets, or a span's offsets do not cover its text
     */
    public List<QuoteDocument> read(Path file, Set<String> splits) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        List<QuoteDocument> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                QuoteDocument doc = document(file + ":" + n, line);
                if (splits.isEmpty() || splits.contains(doc.split())) {
                    out.add(doc);
                }
            }
        } catch (IOException e) {
            // A file that is not UTF-8 ends up here as well (MalformedInputException).
            throw new UncheckedIOException(file + ": cannot read (" + e + ")", e);
        }
        if (out.isEmpty() && !splits.isEmpty()) {
            throw new IllegalArgumentException(file + ": no document in split " + String.join(",", splits));
        }
        return out;
    }

    private QuoteDocument document(String where, String line) {
        JsonNode d;
        try {
            d = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": malformed JSON line (" + e.getOriginalMessage() + ")", e);
        }
        if (d == null || !d.isObject() || !d.path("id").isValueNode() || !d.path("text").isTextual()) {
            throw new IllegalArgumentException(where + ": a document needs an \"id\" and a \"text\"");
        }
        String id = d.get("id").asText();
        String text = d.get("text").asText();
        JsonNode quotes = d.path("quotes");
        if (!quotes.isMissingNode() && !quotes.isNull() && !quotes.isArray()) {
            throw new IllegalArgumentException(where + ": \"quotes\" of " + id + " is not a list");
        }
        Offsets offsets = new Offsets(text);
        List<QuoteDocument.GoldQuote> out = new ArrayList<>();
        int k = 0;
        for (JsonNode q : quotes) {
            k++;
            String what = where + ": quote " + k + " of " + id;
            if (!q.isObject()) {
                throw new IllegalArgumentException(what + " is not an object");
            }
            QuoteDocument.Part content = part(what + " content", q, text, offsets, true);
            QuoteDocument.Part speakerSpan = optionalPart(what + " speaker_span", q.path("speaker_span"), text, offsets);
            QuoteDocument.Part cue = optionalPart(what + " cue", q.path("cue"), text, offsets);
            List<QuoteDocument.Part> fragments = new ArrayList<>();
            for (JsonNode f : q.path("fragments")) {
                if (!f.isArray() || f.size() != 2 || !f.get(0).canConvertToInt() || !f.get(1).canConvertToInt()) {
                    throw new IllegalArgumentException(what + ": a fragment is not [start, end]");
                }
                int[] r = offsets.range(what + " fragment", f.get(0).asInt(), f.get(1).asInt());
                fragments.add(new QuoteDocument.Part(r[0], r[1], text.substring(r[0], r[1])));
            }
            if (fragments.isEmpty()) {
                fragments.add(content);
            }
            JsonNode speaker = q.path("speaker");
            boolean direct = q.has("direct") ? q.get("direct").asBoolean() : hasQuotationMark(content.text());
            out.add(new QuoteDocument.GoldQuote(content.start(), content.end(), content.text(), direct,
                    speaker.isTextual() ? speaker.asText() : null, speakerSpan, cue, fragments));
        }
        String split = d.path("split").isTextual() ? d.get("split").asText() : null;
        return new QuoteDocument(id, text, d.path("dct").isTextual() ? d.get("dct").asText() : null, split, out);
    }

    private static QuoteDocument.Part optionalPart(String what, JsonNode node, String text, Offsets offsets) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " is not an object");
        }
        return part(what, node, text, offsets, false);
    }

    /** The span of {@code node}'s start and end, converted to UTF-16, checked against its text when it has one. */
    private static QuoteDocument.Part part(String what, JsonNode node, String text, Offsets offsets, boolean needsText) {
        if (!node.path("start").canConvertToInt() || !node.path("end").canConvertToInt()) {
            throw new IllegalArgumentException(what + ": needs integer \"start\" and \"end\"");
        }
        int[] r = offsets.range(what, node.get("start").asInt(), node.get("end").asInt());
        String covered = text.substring(r[0], r[1]);
        JsonNode expected = node.path("text");
        if (expected.isTextual() && !covered.equals(expected.asText())) {
            throw new IllegalArgumentException(what + " [" + node.get("start") + ", " + node.get("end") + ") covers '"
                    + covered + "', not '" + expected.asText() + "'");
        }
        if (needsText && !expected.isTextual()) {
            throw new IllegalArgumentException(what + ": needs a \"text\"");
        }
        return new QuoteDocument.Part(r[0], r[1], covered);
    }

    private static boolean hasQuotationMark(String s) {
        return s.chars().anyMatch(c -> "\"“”«»„".indexOf(c) >= 0);
    }

    /** Code point offsets of one text to UTF-16 offsets. */
    private static final class Offsets {
        private final int codePoints;
        /** UTF-16 offset of each code point offset (0..codePoints), or null when the text has no surrogate pair. */
        private final int[] utf16;

        Offsets(String text) {
            this.codePoints = text.codePointCount(0, text.length());
            if (codePoints == text.length()) {
                utf16 = null;
            } else {
                utf16 = new int[codePoints + 1];
                int at = 0;
                for (int i = 0; i < codePoints; i++) {
                    utf16[i] = at;
                    at = text.offsetByCodePoints(at, 1);
                }
                utf16[codePoints] = text.length();
            }
        }

        int[] range(String what, int start, int end) {
            if (start < 0 || end < start || end > codePoints) {
                throw new IllegalArgumentException(what + " [" + start + ", " + end + ") outside the text ("
                        + codePoints + " characters)");
            }
            return utf16 == null ? new int[] {start, end} : new int[] {utf16[start], utf16[end]};
        }
    }
}
