package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;

/**
 * JSON Lines: one article per line, {@code {"id", "title", "text", "published", "url"}} plus any other fields,
 * which are kept in {@code Article.extra}. Read as a stream, line by line, so a large feed never sits in
 * memory; a bad line is reported with its number and the lines after it are still read. JSON is UTF-8 by
 * definition (RFC 8259), so nothing else is guessed; a UTF-8 byte-order mark is skipped.
 */
final class JsonLinesFormat {

    private static final Set<String> KNOWN_FIELDS = Set.of("id", "title", "text", "published", "url");
    /** Jackson's messages can be long; a line of output should stay a line. */
    private static final int MAX_DETAIL_LENGTH = 160;

    /** Immutable, so one reader serves every thread. */
    private static final ObjectReader JSON = JsonMapper.builder().build().reader();

    private JsonLinesFormat() {
    }

    /**
     * Sends each line's article or error to the sink.
     *
     * @throws BadInputException when the whole input is unusable: empty, binary or UTF-16
     */
    static void read(InputName input, InputStream stream, long maxLineBytes, ArticleSink sink)
            throws IOException, BadInputException {
        BufferedInputStream in = new BufferedInputStream(stream, BinaryContent.SAMPLE);
        in.mark(BinaryContent.SAMPLE);
        byte[] head = in.readNBytes(BinaryContent.SAMPLE);
        in.reset();
        ByteOrderMark mark = ByteOrderMark.of(head).orElse(null);
        if (mark != null && mark.isUtf16()) {
            throw new BadInputException("undecodable bytes: JSON Lines must be UTF-8, not " + mark.charset().name());
        }
        if (BinaryContent.looksBinary(head, 0)) {
            throw BadInputException.binaryFile();
        }
        ByteLines lines = new ByteLines(in, maxLineBytes);
        lines.skipBytes(mark == null ? 0 : mark.length());
        boolean sawContent = false;
        for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
            try {
                sawContent |= readLine(input, line, maxLineBytes, sink);
            } catch (BadInputException e) {
                sawContent = true;
                sink.error(new InputError(input.line(line.number()), e.getMessage()));
            }
        }
        if (!sawContent) {
            throw BadInputException.emptyFile();
        }
    }

    /** Returns false for a blank line, which is skipped. */
    private static boolean readLine(InputName input, ByteLines.Line line, long maxLineBytes, ArticleSink sink)
            throws BadInputException {
        if (line.tooLong()) {
            throw BadInputException.tooLarge(line.length(), maxLineBytes);
        }
        Decoded decoded = Decoded.strictly(line.bytes(), 0, line.bytes().length, StandardCharsets.UTF_8);
        if (!decoded.succeeded()) {
            throw BadInputException.undecodable("UTF-8", line.offset() + decoded.badByte());
        }
        if (decoded.text().isBlank()) {
            return false;
        }
        sink.article(toArticle(parse(decoded.text()), input, line.number()));
        return true;
    }

    private static JsonNode parse(String line) throws BadInputException {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonNode node = JSON.readTree(parser);
            if (node == null) { // only white space Jackson knows and String.isBlank does not
                throw new BadInputException("malformed JSON line (no JSON value)");
            }
            if (!node.isObject()) {
                throw new BadInputException("JSON line is not an object but " + describe(node));
            }
            if (parser.nextToken() != null) {
                throw new BadInputException("malformed JSON line (more text after the object, at column "
                        + parser.currentTokenLocation().getColumnNr() + ")");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadInputException("malformed JSON line (" + oneLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private static Article toArticle(JsonNode record, InputName input, long lineNumber) throws BadInputException {
        JsonNode text = record.get("text");
        if (text == null || text.isNull()) {
            throw new BadInputException("no \"text\" field");
        }
        if (!text.isTextual()) {
            throw new BadInputException("\"text\" is " + describe(text) + ", not a string");
        }
        if (text.asText().isBlank()) {
            throw new BadInputException("\"text\" is empty");
        }
        String id = optionalString(record, "id", true);
        return new Article(
                id == null || id.isBlank() ? input.id() + "-" + lineNumber : id,
                optionalString(record, "title", false),
                text.asText(),
                published(record),
                input.source(),
                optionalString(record, "url", false),
                extraFields(record));
    }

    /** The field's text, or null when it is absent or JSON null; ids may also be integers, as some feeds write them. */
    private static String optionalString(JsonNode record, String field, boolean integerAllowed)
            throws BadInputException {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() || (integerAllowed && value.isIntegralNumber())) {
            return value.asText();
        }
        throw new BadInputException("\"" + field + "\" is " + describe(value) + ", not a string");
    }

    private static LocalDate published(JsonNode record) throws BadInputException {
        String value = optionalString(record, "published", false);
        if (value == null || value.isBlank()) {
            return null;
        }
        return PublicationDates.parseIso(value).orElseThrow(() -> new BadInputException(
                "bad \"published\" value \"" + shorten(value) + "\" (expected YYYY-MM-DD or an ISO date-time)"));
    }

    /** Unknown fields, in the order written; a JSON null is dropped because Article.extra cannot hold null. */
    private static Map<String, Object> extraFields(JsonNode record) {
        Map<String, Object> extra = new LinkedHashMap<>();
        record.fields().forEachRemaining(field -> {
            if (!KNOWN_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                extra.put(field.getKey(), JsonValues.toJava(field.getValue()));
            }
        });
        return extra;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String oneLine(String message) {
        return shorten(message.replaceAll("\\s+", " ").strip());
    }

    private static String shorten(String text) {
        return text.length() <= MAX_DETAIL_LENGTH ? text : text.substring(0, MAX_DETAIL_LENGTH - 3) + "...";
    }
}
