package org.dateline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The result of decoding bytes strictly: the text, or where the first byte that the charset cannot decode is.
 * Strict because a lenient decoder would hide a wrong guess behind replacement characters.
 *
 * @param text    the decoded text, or null when decoding failed
 * @param badByte the index in the byte array of the first undecodable byte, or -1 when decoding succeeded
 */
record Decoded(String text, int badByte) {

    static Decoded strictly(byte[] bytes, int from, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        if (result.isOverflow()) {
            throw new IllegalStateException(charset + " produced more than maxCharsPerByte characters per byte");
        }
        return new Decoded(out.flip().toString(), -1);
    }

    boolean succeeded() {
        return text != null;
    }
}
