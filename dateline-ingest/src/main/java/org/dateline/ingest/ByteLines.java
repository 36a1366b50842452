package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes at "\n" (dropping a "\r" before it), keeping each line's number and
 * byte offset. Lines are split before decoding so that one bad line cannot spoil the next, and a line over
 * the limit is counted, not kept, so that a huge line cannot exhaust memory. Not thread-safe: one per stream.
 */
final class ByteLines {

    /** One line; {@code bytes} is null when the line is longer than the limit. */
    record Line(long number, long offset, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private long offset;
    private long number;

    ByteLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Skips {@code count} bytes at the start, such as a byte-order mark, keeping offsets true to the stream. */
    void skipBytes(int count) throws IOException {
        for (int i = 0; i < count && read() >= 0; i++) {
            offset++;
        }
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int b = read();
        if (b < 0) {
            return null;
        }
        long start = offset;
        byte[] line = new byte[256];
        int kept = 0;
        long length = 0;
        while (b >= 0 && b != '\n') {
            if (length < maxLineBytes) {
                if (kept == line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, 2L * line.length));
                }
                line[kept++] = (byte) b;
            }
            length++;
            b = read();
        }
        offset += length + (b == '\n' ? 1 : 0);
        number++;
        if (kept > 0 && line[kept - 1] == '\r' && length == kept) {
            kept--;
            length--;
        }
        return new Line(number, start, length > maxLineBytes ? null : Arrays.copyOf(line, kept), length);
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = Math.max(0, in.read(buffer));
            position = 0;
            if (limit == 0) {
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }
}
