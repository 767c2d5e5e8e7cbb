package org.crescent.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lua's byte output going to a Java {@link Writer} (a JSR-223 context's writer): bytes are
 * decoded as UTF-8, a character split across writes waiting for its last byte; malformed
 * bytes become U+FFFD.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(256);
    private final CharBuffer decoded = CharBuffer.allocate(256);

    WriterOutputStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int chunk = Math.min(length, pending.remaining());
            pending.put(bytes, offset, chunk);
            offset += chunk;
            length -= chunk;
            drain(false);
        }
    }

    private void drain(boolean endOfInput) {
        pending.flip();
        try {
            for (;;) {
                CoderResult result = decoder.decode(pending, decoded, endOfInput);
                decoded.flip();
                if (decoded.hasRemaining()) {
                    writer.write(decoded.array(), decoded.position(), decoded.remaining());
                }
                decoded.clear();
                if (!result.isOverflow()) {
                    break;
                }
            }
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        } finally {
            pending.compact();
        }
    }

    @Override
    public void flush() {
        try {
            writer.flush();
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        }
    }
}
