package org.crescent.cli;

import java.io.IOException;

/**
 * Where the REPL reads its lines: a terminal with line editing and history
 * ({@link TerminalInput}), or plain standard input ({@link PlainInput}).
 */
interface LineInput extends AutoCloseable {
    /**
     * Shows {@code prompt} (bytes of a Lua string) and reads a line, without its newline; null
     * at the end of input.
     *
     * @throws Cancelled when the user abandoned the line (Ctrl-C at the prompt)
     */
    byte[] readLine(byte[] prompt) throws IOException;

    @Override
    void close();

    /** The user abandoned the statement being typed. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
