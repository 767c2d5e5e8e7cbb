package org.crescent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;

/**
 * The read-eval-print loop, as lua.c's doREPL: a line is first tried as an expression
 * ({@code return <line>;}), then as a statement, reading continuation lines on the second
 * prompt while the only error is an unfinished statement (a syntax error at {@code <eof>}).
 * Results are printed with the global {@code print}; errors are reported without the program
 * name and the session goes on. The prompts are the globals {@code _PROMPT} and
 * {@code _PROMPT2} when set.
 */
final class Repl {
    private static final byte[] PROMPT = {'>', ' '};
    private static final byte[] PROMPT2 = {'>', '>', ' '};
    private static final LuaString CHUNK_NAME = LuaString.of("=stdin");
    private static final String EOF_MARK = "<eof>";

    private final GlobalState global;
    private final ChunkRunner runner;
    private final LineInput input;
    private final PrintStream out;

    Repl(GlobalState global, ChunkRunner runner, LineInput input, PrintStream out) {
        this.global = global;
        this.runner = runner;
        this.input = input;
        this.out = out;
    }

    /**
     * Runs a session on a line editor (with history in {@code historyFile}) when standard
     * input and output are a terminal and one can be made, else on plain lines.
     * Here rather than in Command, whose loading would otherwise load the line editors'
     * types (JLine's among them) for every script.
     */
    static void start(GlobalState global, ChunkRunner runner, String program, boolean terminal, Path historyFile,
            InputStream in, PrintStream out) {
        LineInput input = null;
        if (terminal) {
            try {
                input = new TerminalInput(historyFile, new NameCompleter(global));
            } catch (IOException | RuntimeException unavailable) {
                input = null;
            }
        }
        if (input == null) {
            input = new PlainInput(in, out);
        }
        try (LineInput lines = input) {
            new Repl(global, runner, lines, out).run();
        } catch (IOException error) {
            runner.message(program, "cannot read standard input: " + error.getMessage());
        }
    }

    /** Runs until the input ends. */
    void run() throws IOException {
        LuaThread thread = global.mainThread;
        for (;;) {
            thread.top = 0;
            LuaClosure chunk;
            try {
                chunk = loadLine();
            } catch (LineInput.Cancelled cancelled) {
                continue;
            } catch (LuaError syntaxError) {
                runner.message(null, Errors.latin((LuaString) syntaxError.valueRef));
                continue;
            }
            if (chunk == null) {
                break;
            }
            thread.pushFunction(chunk);
            if (runner.call(0, 0, -1)) {
                printResults(thread);
            } else {
                runner.message(null, runner.lastError());
            }
        }
        thread.top = 0;
        out.write('\n');
        out.flush();
    }

    /** loadline: the next statement compiled, or null at the end of input. */
    private LuaClosure loadLine() throws IOException {
        byte[] line = readLine(true);
        if (line == null) {
            return null;
        }
        if (line.length > 0 && line[0] == '=') {
            // As lua 5.4 keeps for 5.2 users: "=expression" prints the expression.
            line = concat("return ".getBytes(StandardCharsets.ISO_8859_1), line, 1);
        }
        try {
            byte[] expression = concat(concat("return ".getBytes(StandardCharsets.ISO_8859_1), line, 0),
                    new byte[] {';'}, 0);
            return load(expression);
        } catch (LuaError notAnExpression) {
            return loadStatement(line);
        }
    }

    /** multiline: compiles the text, adding lines while it is an unfinished statement. */
    private LuaClosure loadStatement(byte[] text) throws IOException {
        for (;;) {
            try {
                return load(text);
            } catch (LuaError error) {
                if (!isIncomplete(error)) {
                    throw error;
                }
                byte[] more = readLine(false);
                if (more == null) {
                    throw error;
                }
                text = concat(concat(text, new byte[] {'\n'}, 0), more, 0);
            }
        }
    }

    private LuaClosure load(byte[] text) {
        return ChunkLoader.load(text, CHUNK_NAME, "bt", Tag.TABLE, 0, global.globals);
    }

    /** incomplete: a syntax error whose message ends with the end-of-input mark. */
    private static boolean isIncomplete(LuaError error) {
        return error.valueTag == Tag.STRING && ((LuaString) error.valueRef).toString().endsWith(EOF_MARK);
    }

    private byte[] readLine(boolean first) throws IOException {
        out.flush();
        global.standardOutput.flush();
        return input.readLine(prompt(first));
    }

    /** get_prompt: _PROMPT or _PROMPT2 through tostring, else the default. */
    private byte[] prompt(boolean first) {
        LuaThread thread = global.mainThread;
        LuaString name = LuaString.of(first ? "_PROMPT" : "_PROMPT2");
        int slot = thread.top;
        try {
            thread.ensureStack(slot + 1);
            global.globals.getString(name, thread.tags, thread.bits, thread.refs, slot);
            if (thread.tags[slot] == Tag.NIL) {
                return first ? PROMPT : PROMPT2;
            }
            thread.top = slot + 1;
            return ValueFormatter.toLuaString(thread, slot).bytes();
        } catch (LuaError error) {
            return first ? PROMPT : PROMPT2;
        } finally {
            thread.top = slot;
        }
    }

    /** l_print: the results through the global print, reporting an error in print itself. */
    private void printResults(LuaThread thread) {
        int count = thread.top;
        if (count == 0) {
            return;
        }
        thread.ensureStack(count + 1);
        for (int slot = count; slot > 0; slot--) {
            thread.copySlot(slot - 1, slot);
        }
        global.globals.getString(LuaString.of("print"), thread.tags, thread.bits, thread.refs, 0);
        thread.top = count + 1;
        try {
            thread.call(0, count, 0);
        } catch (LuaError error) {
            String message = error.valueTag == Tag.STRING ? Errors.latin((LuaString) error.valueRef)
                    : error.valueTag == Tag.INTEGER || error.valueTag == Tag.FLOAT
                    ? Errors.latin(ValueFormatter.plain(thread, error.valueTag, error.valueBits, null)) : "(null)";
            runner.message(null, "error calling 'print' (" + message + ")");
        } finally {
            thread.top = 0;
        }
    }

    private static byte[] concat(byte[] first, byte[] second, int secondFrom) {
        byte[] result = new byte[first.length + second.length - secondFrom];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, secondFrom, result, first.length, second.length - secondFrom);
        return result;
    }
}
