package org.dateline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns a whole input's bytes into text, in this order: a byte-order mark decides; else valid UTF-8 wins;
 * else the charset the input declares (HTML's {@code <meta charset>}); else the legacy charset ICU4J's
 * {@link CharsetDetector} finds most likely (Windows-1251, Windows-1252, ISO-8859-1 in wire feeds), with
 * Windows-1252 as the last resort. Every decode is strict: a byte the chosen charset does not define is
 * reported, never replaced. Stateless; a new detector is made per call because ICU's is not thread-safe.
 */
final class TextDecoder {

    private static final Charset LAST_RESORT = Charset.forName("windows-1252");

    /** Without a BOM, ICU rates UTF-8 this high only when good multi-byte sequences outnumber bad ones ten to one. */
    private static final int CORRUPT_UTF8_CONFIDENCE = 25;

    /** The legacy charsets wire feeds still use; they win ties (ICU rates ISO-8859-2 as high as 8859-1 for "Café"). */
    private static final List<String> WIRE_CHARSETS = List.of("windows-1251", "windows-1252", "ISO-8859-1");

    private TextDecoder() {
    }

    /**
     * @param declared the charset the input names itself, honoured when the bytes are not UTF-8
     * @param markup   true for HTML, so that the detector ignores tags
     * @throws BadInputException for an empty, binary or undecodable input
     */
    static String decode(byte[] bytes, Optional<Charset> declared, boolean markup) throws BadInputException {
        if (bytes.length == 0) {
            throw BadInputException.emptyFile();
        }
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes);
        String text = mark.isPresent()
                ? decodeMarked(bytes, mark.get())
                : decodeUnmarked(bytes, declared, markup);
        if (text.isBlank()) {
            throw BadInputException.emptyFile();
        }
        return text;
    }

    private static String decodeMarked(byte[] bytes, ByteOrderMark mark) throws BadInputException {
        if (!mark.isUtf16() && BinaryContent.looksBinary(bytes, mark.length())) {
            throw BadInputException.binaryFile();
        }
        Decoded decoded = Decoded.strictly(bytes, mark.length(), bytes.length - mark.length(), mark.charset());
        if (!decoded.succeeded()) {
            throw BadInputException.undecodable(mark.charset().name(), decoded.badByte());
        }
        if (mark.isUtf16() && BinaryContent.looksBinary(decoded.text())) {
            throw BadInputException.binaryFile();
        }
        return decoded.text();
    }

    private static String decodeUnmarked(byte[] bytes, Optional<Charset> declared, boolean markup)
            throws BadInputException {
        if (BinaryContent.looksBinary(bytes, 0)) {
            throw BadInputException.binaryFile();
        }
        Decoded utf8 = Decoded.strictly(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        if (utf8.succeeded()) {
            return utf8.text();
        }
        Optional<Charset> legacy = declared.isPresent() && !isUnicode(declared.get())
                ? declared
                : detectLegacyCharset(bytes, markup);
        if (legacy.isEmpty()) {
            throw BadInputException.undecodable("UTF-8", utf8.badByte());
        }
        Decoded decoded = Decoded.strictly(bytes, 0, bytes.length, legacy.get());
        if (!decoded.succeeded()) {
            throw BadInputException.undecodable(legacy.get().name(), decoded.badByte());
        }
        return decoded.text();
    }

    /**
     * The likeliest legacy charset, Windows-1252 when the detector has no single-byte guess; empty when the
     * detector finds the input to be UTF-8 with a few broken bytes, which no legacy charset would decode right.
     * Only the likeliest is tried: ISO-8859 charsets decode any byte, so trying the next guesses would turn
     * a byte that is wrong in the likeliest charset into mojibake instead of an error.
     */
    private static Optional<Charset> detectLegacyCharset(byte[] bytes, boolean markup) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(markup);
        detector.setText(bytes);
        List<CharsetMatch> matches = new ArrayList<>(List.of(detector.detectAll()));
        if (matches.stream().anyMatch(match -> match.getName().equals("UTF-8")
                && match.getConfidence() >= CORRUPT_UTF8_CONFIDENCE)) {
            return Optional.empty();
        }
        matches.sort(Comparator.comparingInt(CharsetMatch::getConfidence).reversed()
                .thenComparing(match -> !WIRE_CHARSETS.contains(match.getName())));
        return matches.stream()
                .map(match -> charsetNamed(match.getName()))
                .flatMap(Optional::stream)
                .filter(charset -> !isUnicode(charset))
                .findFirst()
                .or(() -> Optional.of(LAST_RESORT));
    }

    private static Optional<Charset> charsetNamed(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) { // ICU names such as "IBM420_rtl" are not Java charset names
            return Optional.empty();
        }
    }

    private static boolean isUnicode(Charset charset) {
        return charset.name().startsWith("UTF-");
    }
}
