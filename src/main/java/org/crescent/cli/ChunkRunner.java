package org.crescent.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.Interrupts;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * Runs functions for the command as lua.c's docall does, and reports errors as its report
 * and msghandler do: a string or number error gets a traceback appended, an error object
 * with {@code __tostring} is shown as that text alone, any other as "(error object is a X
 * value)" with a traceback.
 *
 * <p>The function runs under a Java "host" frame, as lua.c runs everything from its C
 * function pmain, so tracebacks end with {@code [C]: in ?} as lua's do. While it runs,
 * SIGINT (Ctrl-C) asks it to stop with "interrupted!" and then restores the default action,
 * so that a second Ctrl-C ends the process, as in lua.c.
 */
final class ChunkRunner {
    private static final LuaString TOSTRING = LuaString.of("__tostring");

    private final GlobalState global;
    private final PrintStream err;
    /** Whether SIGINT is caught while code runs (only in the real process, not in tests in the JVM). */
    private final boolean handleSignals;
    /** The message of the last failed call, formatted as msghandler formats it. */
    private String lastError;

    ChunkRunner(GlobalState global, PrintStream err, boolean handleSignals) {
        this.global = global;
        this.err = err;
        this.handleSignals = handleSignals;
    }

    /**
     * Calls the function at {@code functionSlot} of the main thread with the
     * {@code argumentCount} values above it. On success the results (adjusted to
     * {@code expectedResults}, -1 for all) start at {@code functionSlot} and true is returned;
     * on error the stack is cut back to {@code functionSlot} and the message is kept for
     * {@link #lastError}.
     */
    boolean call(int functionSlot, int argumentCount, int expectedResults) {
        LuaThread thread = global.mainThread;
        thread.ensureStack(thread.top + 1);
        for (int slot = thread.top; slot > functionSlot; slot--) {
            thread.copySlot(slot - 1, slot);
        }
        thread.tags[functionSlot] = Tag.FUNCTION;
        thread.refs[functionSlot] = HOST;
        thread.top++;
        Interrupts.clear(global);
        Object previousHandler = handleSignals ? Signals.catchInterrupt(global) : null;
        // Each chunk (a script, an -e statement, a REPL line) gets the budgets afresh.
        global.limits.enter();
        try {
            thread.call(functionSlot, argumentCount + 1, expectedResults);
            return true;
        } catch (LuaError error) {
            thread.top = functionSlot;
            lastError = describe(thread, error);
            return false;
        } finally {
            global.limits.leave();
            if (handleSignals) {
                Signals.restore(previousHandler);
            }
        }
    }

    /**
     * The host: calls its first argument with the others, returning all results. A class,
     * not a lambda: the first lambda of a process costs milliseconds of start-up.
     */
    private static final JavaFunction HOST = new JavaFunction("?", new JavaFunction.Body() {
        @Override
        public int call(LuaThread thread, int count) {
            int slot = thread.callBase;
            thread.call(slot, count - 1, -1);
            return thread.top - slot;
        }
    });

    String lastError() {
        return lastError;
    }

    /** lua.c's l_message: the message on stderr, after "program: " unless program is null. */
    void message(String program, String text) {
        StringBuilder line = new StringBuilder();
        if (program != null) {
            line.append(program).append(": ");
        }
        line.append(text).append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.ISO_8859_1);
        err.write(bytes, 0, bytes.length);
        err.flush();
    }

    /** The error as msghandler turns it into text (chars are bytes). */
    static String describe(LuaThread thread, LuaError error) {
        byte tag = error.valueTag;
        String message;
        if (tag == Tag.STRING) {
            message = Errors.latin((LuaString) error.valueRef);
        } else if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
            message = Errors.latin(ValueFormatter.plain(thread, tag, error.valueBits, null));
        } else {
            String text = toStringMetamethod(thread, error);
            if (text != null) {
                return text;
            }
            message = "(error object is a " + Tag.typeName(tag) + " value)";
        }
        String traceback = error.luaTraceback();
        return traceback == null ? message : message + "\n" + traceback;
    }

    /** The result of the error object's __tostring when it returns a string, else null. */
    private static String toStringMetamethod(LuaThread thread, LuaError error) {
        int slot = thread.top;
        try {
            thread.ensureStack(slot + 3);
            thread.pushNil();
            if (!Metatables.loadField(thread, error.valueTag, error.valueRef, TOSTRING, slot)) {
                return null;
            }
            thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
            thread.call(slot, 1, 1);
            return thread.tags[slot] == Tag.STRING ? Errors.latin((LuaString) thread.refs[slot]) : null;
        } catch (LuaError ignored) {
            return null;
        } finally {
            thread.top = slot;
        }
    }
}
