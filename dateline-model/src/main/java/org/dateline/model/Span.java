package org.dateline.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into one field of an article.
 * Offsets are the source of truth; everything else (line, covered text) is derived from them.
 */
public record Span(Field field, int start, int end) implements Comparable<Span> {

    public Span {
        if (field == null) {
            throw new IllegalArgumentException("span field must not be null");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span body(int start, int end) {
        return new Span(Field.BODY, start, end);
    }

    public static Span title(int start, int end) {
        return new Span(Field.TITLE, start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** The characters this span covers in {@code text}, which must be the text of its field. */
    public String coveredText(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") exceeds text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public String coveredText(Article article) {
        return coveredText(field.of(article));
    }

    public boolean contains(Span other) {
        return field == other.field && start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return field == other.field && start < other.end && other.start < end;
    }

    /** The same field, shifted right by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(field, start + delta, end + delta);
    }

    @Override
    public int compareTo(Span o) {
        int c = field.compareTo(o.field);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return (field == Field.TITLE ? "title" : "") + "[" + start + "," + end + ")";
    }
}
