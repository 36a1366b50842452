package org.dateline.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares in {@code <meta charset="...">} or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=...">}, looked for in the first 4 KB
 * of the page (browsers look in the first 1 KB; some sites put the tag after long comments).
 */
final class HtmlCharset {

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** Labels the HTML standard maps to windows-1252, which agrees with them wherever they define a character. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of(
            "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp819", "ibm819");

    private HtmlCharset() {
    }

    static Optional<Charset> declared(byte[] page) {
        // the page's charset is unknown yet, but the tag is ASCII in every charset we read
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String label = matcher.group(1).toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(label)) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalArgumentException unknownOrUnsupported) {
            return Optional.empty();
        }
    }
}
