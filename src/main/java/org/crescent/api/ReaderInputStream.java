package org.crescent.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A Java {@link Reader} (a JSR-223 context's reader) seen by Lua as bytes: its text in UTF-8. */
final class ReaderInputStream extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(256);
    private final ByteBuffer bytes = ByteBuffer.allocate(1024);
    private boolean endOfText;

    ReaderInputStream(Reader reader) {
        this.reader = reader;
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int count = Math.min(length, bytes.remaining());
        bytes.get(buffer, offset, count);
        return count;
    }

    /** Encodes more text; false at the end of the text. */
    private boolean fill() throws IOException {
        if (endOfText && !chars.hasRemaining()) {
            return false;
        }
        if (!endOfText) {
            chars.compact();
            int read = reader.read(chars);
            chars.flip();
            if (read < 0) {
                endOfText = true;
            }
        }
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, endOfText);
        if (endOfText && !result.isOverflow()) {
            encoder.flush(bytes);
        }
        bytes.flip();
        return bytes.hasRemaining() || !endOfText || chars.hasRemaining();
    }
}
