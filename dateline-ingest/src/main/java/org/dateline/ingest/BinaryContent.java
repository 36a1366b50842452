package org.dateline.ingest;

/**
 * Tells text from binary data by its first few KB: a NUL, or control characters in more than a quarter of
 * the sample. Text in any encoding we read has neither, so the test is safe to run before decoding.
 */
final class BinaryContent {

    /** How much of an input the test looks at. */
    static final int SAMPLE = 8 * 1024;

    private BinaryContent() {
    }

    /** Looks at the bytes from {@code from}; bytes above 0x7F never count, since every legacy charset uses them. */
    static boolean looksBinary(byte[] bytes, int from) {
        int end = (int) Math.min(bytes.length, (long) from + SAMPLE);
        int controls = 0;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return tooManyControls(controls, end - from);
    }

    /** Looks at decoded text, for encodings (UTF-16) whose bytes are full of NULs. */
    static boolean looksBinary(CharSequence text) {
        int end = Math.min(text.length(), SAMPLE);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return tooManyControls(controls, end);
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static boolean tooManyControls(int controls, int sampled) {
        return controls > 0 && controls * 4L > sampled;
    }
}
