package org.crescent.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Lines from a stream that is not a terminal (a pipe, a file): the prompt goes to standard
 * output and the line read is echoed after it, as lua5.4 built with readline shows them, so a
 * session fed from a file reads the same as with lua5.4. The stream is read a byte at a time,
 * so that what the REPL does not read is left for {@code io.read}.
 */
final class PlainInput implements LineInput {
    private final InputStream in;
    private final PrintStream out;

    PlainInput(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public byte[] readLine(byte[] prompt) throws IOException {
        out.write(prompt, 0, prompt.length);
        out.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) >= 0 && next != '\n') {
            line.write(next);
        }
        if (next < 0 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        out.write(bytes, 0, bytes.length);
        out.write('\n');
        out.flush();
        return bytes;
    }

    @Override
    public void close() {
        out.flush();
    }
}
