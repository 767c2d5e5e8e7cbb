package org.crescent.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Lines from the user's terminal through JLine: line editing, a history kept in a file
 * between sessions, Tab completion of names, Ctrl-C to abandon the line being typed and
 * Ctrl-D (on an empty line) to leave. Text is UTF-8 between the terminal and Lua's byte strings.
 */
final class TerminalInput implements LineInput {
    private final Terminal terminal;
    private final LineReader reader;

    TerminalInput(Path historyFile, Completer completer) throws IOException {
        terminal = TerminalBuilder.builder().system(true).build();
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("crescent")
                .completer(completer)
                // Lua text uses '!' freely: no shell-style history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        reader = builder.build();
    }

    @Override
    public byte[] readLine(byte[] prompt) throws IOException {
        // JLine expands '%' sequences in prompts; a Lua prompt is plain text.
        String text = new String(prompt, StandardCharsets.UTF_8).replace("%", "%%");
        try {
            return reader.readLine(text).getBytes(StandardCharsets.UTF_8);
        } catch (UserInterruptException interrupt) {
            throw new Cancelled();
        } catch (EndOfFileException end) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException ignored) {
            // A history that cannot be written is not worth an error at exit.
        }
        try {
            terminal.close();
        } catch (IOException ignored) {
            // nothing more to restore
        }
    }
}
