package org.dateline.extract.dateline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.extract.time.Months;
import org.dateline.model.Dateline;
import org.dateline.model.Span;

/**
 * Finds the dateline that opens a wire story: "ROME, 11 December.", "MOSCOW, December 9 /TASS/.",
 * "LONDON, Jan 5 (Reuters) -", "KYIV, Ukraine (AP) —", "NEW YORK, March 3, 2024 (AP) —", "GENEVA — ".
 *
 * <p>The grammar, read left to right over the first line of the body (at most {@value #WINDOW} characters):
 * <pre>
 *   place ["/" place]* ["," region]{0,2} ["," date] [agency] terminator ["/" name "/" terminator]
 *   agency     = "(" name ")" | "/" name "/"
 *   terminator = "." | ":" | "-" | "--" | "–" | "—", or the end of the line after a date
 * </pre>
 * The last part is TASS's own style, "MOSCOW, December 9. /TASS/.".
 * A place in title case ("Moscow, 12 March (Interfax) -") needs a date or an agency; a place in capitals also
 * stands with a dash alone ("GENEVA — "). "." and ":" need a date or an agency, so "NATO said ..." and
 * "Russia is ..." are not datelines.
 *
 * <p>Results: {@code place} in its usual spelling ({@link PlaceNames}); {@code placeSpan} covers the first
 * place only, without the region ("KYIV" of "KYIV, Ukraine") or further places ("BEIRUT" of
 * "BEIRUT/DAMASCUS"); {@code date} is a TIMEX3 value, "XXXX-12-11" without a year, null for a weekday alone;
 * {@code agency} as written inside its brackets or slashes.
 *
 * <p>Immutable and thread-safe.
 */
public final class DatelineParser {

    /** How far into the body a dateline may reach. */
    static final int WINDOW = 200;

    private static final int MAX_AGENCY = 40;

    private final PlaceNames placeNames;

    /** A parser with the place-name list shipped in this module. */
    public DatelineParser() {
        this(PlaceNames.bundled());
    }

    DatelineParser(PlaceNames placeNames) {
        this.placeNames = placeNames;
    }

    /**
     * The dateline at the opening of {@code body}, with spans into {@code body}, or empty when it has none.
     *
     * @throws IllegalArgumentException if {@code body} is null
     */
    public Optional<Dateline> parse(String body) {
        if (body == null) {
            throw new IllegalArgumentException("body must not be null");
        }
        int start = 0;
        while (start < body.length() && (Character.isWhitespace(body.charAt(start)) || Cursor.isSpace(body.charAt(start))
                || body.charAt(start) == '\uFEFF')) {
            start++;
        }
        int lineEnd = start;
        while (lineEnd < body.length() && body.charAt(lineEnd) != '\n' && body.charAt(lineEnd) != '\r'
                && body.charAt(lineEnd) != '\u2028' && body.charAt(lineEnd) != '\u2029') {
            lineEnd++;
        }
        int limit = Math.min(lineEnd, start + WINDOW);
        return read(new Cursor(body, start, limit), limit == lineEnd);
    }

    private Optional<Dateline> read(Cursor c, boolean wholeLine) {
        NameReader.Name place = NameReader.read(c, false);
        if (place == null || isCalendarWord(place.written()) || isWireLabel(place.written())) {
            return Optional.empty();
        }
        while (c.peek() == '/' && Character.isLetter(c.peek(1))) {
            int save = c.pos;
            c.pos++;
            NameReader.Name other = NameReader.read(c, false);
            if (other == null || other.allCaps() != place.allCaps() || c.peek() == '/') {
                c.pos = save; // "/TASS/" is an agency, not a second place
                break;
            }
        }

        DateReader.DateMatch date = readRegionsAndDate(c);
        String agency = readAgency(c, false);
        int end = readTerminator(c);
        if (end > 0 && agency == null && c.text.charAt(end - 1) == '.') {
            // TASS writes its name after the period: "MOSCOW, December 9. /TASS/."
            int save = c.pos;
            String after = readAgency(c, true);
            int afterEnd = after == null ? -1 : readTerminator(c);
            if (afterEnd > 0) {
                agency = after;
                end = afterEnd;
            } else {
                c.pos = save;
            }
        }
        boolean hasDate = date != null;
        boolean dashed = end > 0 && isDash(c.text.charAt(end - 1));
        if (end < 0) {
            if (hasDate && agency == null && c.pos == date.end() && c.text.charAt(date.end() - 1) == '.'
                    && (c.atEnd() || Cursor.isSpace(c.peek()))) {
                end = date.end(); // "11 Dec." : the abbreviation's period closes the dateline
            } else if (wholeLine && onlySpacesLeft(c) && (hasDate || agency != null)) {
                end = c.pos; // the dateline is the whole first line
            } else {
                return Optional.empty();
            }
        }
        if (!(hasDate || agency != null || (dashed && place.allCaps()))) {
            return Optional.empty();
        }
        Span placeSpan = Span.body(place.start(), place.end());
        String dateValue = hasDate ? date.value() : null;
        Span dateSpan = hasDate && dateValue != null ? Span.body(date.start(), date.end()) : null;
        return Optional.of(new Dateline(Span.body(place.start(), end), placeNames.usualSpelling(place.written()),
                placeSpan, agency, dateValue, dateSpan));
    }

    /** ", Ukraine", ", D.C., Sept. 4", ", 11 December": up to two regions, then the date if any (or null). */
    private static DateReader.DateMatch readRegionsAndDate(Cursor c) {
        for (int regions = 0; ; regions++) {
            int save = c.pos;
            c.skipSpaces();
            if (!c.eat(',')) {
                c.pos = save;
                return null;
            }
            c.skipSpaces();
            DateReader.DateMatch date = DateReader.read(c);
            if (date != null) {
                return date;
            }
            if (regions == 2 || NameReader.read(c, true) == null) {
                c.pos = save;
                return null;
            }
        }
    }

    /** "(Reuters)", "(AP)", "/TASS/": the agency inside, or null with the cursor unchanged. */
    private static String readAgency(Cursor c, boolean slashesOnly) {
        int save = c.pos;
        c.skipSpaces();
        char open = c.peek();
        char close = open == '(' && !slashesOnly ? ')' : open == '/' ? '/' : 0;
        if (close != 0) {
            int from = ++c.pos;
            while (!c.atEnd() && c.peek() != close && c.pos - from <= MAX_AGENCY && isAgencyChar(c.peek())) {
                c.pos++;
            }
            String name = c.text.substring(from, c.pos).strip();
            if (c.eat(close) && !name.isEmpty() && Character.isLetter(name.charAt(0))) {
                return name;
            }
        }
        c.pos = save;
        return null;
    }

    private static boolean isAgencyChar(char ch) {
        return Character.isLetterOrDigit(ch) || Cursor.isSpace(ch) || ch == '-' || ch == '.' || ch == '&' || ch == '\''
                || ch == '\u2019';
    }

    /**
     * The end of the terminator after optional spaces: ".", ":", a run of hyphens or a dash. "." ":" and
     * hyphens need whitespace or the end of the line after them. Returns -1 (cursor unchanged) when absent.
     */
    private static int readTerminator(Cursor c) {
        int save = c.pos;
        c.skipSpaces();
        char ch = c.peek();
        if (ch == '\u2013' || ch == '\u2014' || ch == '\u2015') {
            c.pos++;
            return c.pos;
        }
        if (ch == '.' || ch == ':' || ch == '-') {
            c.pos++;
            while (ch == '-' && c.peek() == '-') {
                c.pos++;
            }
            if (c.atEnd() || Cursor.isSpace(c.peek())) {
                return c.pos;
            }
        }
        c.pos = save;
        return -1;
    }

    private static boolean onlySpacesLeft(Cursor c) {
        int save = c.pos;
        c.skipSpaces();
        boolean atEnd = c.atEnd();
        c.pos = save;
        return atEnd;
    }

    private static boolean isDash(char ch) {
        return ch == '-' || ch == '\u2013' || ch == '\u2014' || ch == '\u2015';
    }

    /** A month or weekday standing where the place should be ("March 3 -", "Monday, March 3 -"). */
    /** Labels wire services put where a dateline stands ("EXCLUSIVE -", "UPDATE 2-"): not places. */
    private static final Set<String> WIRE_LABELS = Set.of("exclusive", "update", "updated", "breaking", "urgent", "flash",
            "analysis", "news analysis", "factbox", "wrapup", "interview", "corrected", "correction", "refile", "editorial",
            "opinion", "comment", "commentary", "feature", "insight", "preview", "review", "explainer", "advisory", "bulletin");

    private static boolean isWireLabel(String written) {
        return WIRE_LABELS.contains(written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static boolean isCalendarWord(String written) {
        String word = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
        return Months.number(word).isPresent() || DateReader.isWeekday(word);
    }
}
