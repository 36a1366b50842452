package org.dateline.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The stable id of an article: the first 16 hex digits (64 bits) of the SHA-256 of its title and text, each with
 * white space runs folded to one space and trimmed, in Unicode NFC, joined by a newline. The same article read
 * twice, from any format, with other line ends or indentation, gets the same id; any other change of a word, a
 * punctuation mark or a letter's case gives another. The publication date and the source are not part of it.
 */
public final class ContentId {

    /** How many hex digits an id has. */
    public static final int LENGTH = 16;

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    private ContentId() {
    }

    /** The id of an article with this title (may be empty) and text. */
    public static String of(String title, String text) {
        String normalized = normalize(title) + "\n" + normalize(text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, LENGTH / 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        return WHITE_SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
}
