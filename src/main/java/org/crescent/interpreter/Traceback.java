package org.crescent.interpreter;

import org.crescent.bytecode.Prototype;
import org.crescent.runtime.ChunkNames;
import org.crescent.runtime.LuaFunction;

/**
 * Stack tracebacks in C Lua's luaL_traceback format, built from a thread's frames:
 * "stack traceback:" then one line per level, innermost first, eliding the middle of very
 * deep stacks. Text is one char per byte.
 */
public final class Traceback {
    private static final int FIRST_LEVELS = 10;
    private static final int LAST_LEVELS = 11;

    private Traceback() {}

    /** The traceback of {@code thread} from {@code level} (0 = the running frame) down. */
    public static String build(LuaThread thread, int level) {
        StringBuilder text = new StringBuilder("stack traceback:");
        int total = thread.frameCount - level;
        for (int n = 0; n < total; n++) {
            if (total > FIRST_LEVELS + LAST_LEVELS && n == FIRST_LEVELS) {
                int skipped = total - FIRST_LEVELS - LAST_LEVELS;
                // luaL_traceback's count leaves out the level it stands in for: one less than skipped.
                text.append("\n\t...\t(skipping ").append(skipped - 1).append(" levels)");
                n += skipped - 1;
                continue;
            }
            int index = thread.frameCount - 1 - level - n;
            describe(thread, index, text);
        }
        return text.toString();
    }

    private static void describe(LuaThread thread, int index, StringBuilder text) {
        CallFrame frame = thread.frames[index];
        if (frame.closure != null) {
            Prototype prototype = frame.closure.prototype;
            text.append("\n\t").append(Errors.latin(ChunkNames.display(prototype.source))).append(':')
                    .append(Errors.currentLine(frame)).append(": in ");
        } else {
            text.append("\n\t[C]: in ");
        }
        text.append(functionDescription(thread, index));
        if ((frame.status & CallFrame.TAIL_CALL) != 0) {
            text.append("\n\t(...tail calls...)");
        }
    }

    /** pushfuncname: "function 'name'", "local 'f'", "main chunk", "function <file:line>" or "?". */
    static String functionDescription(LuaThread thread, int index) {
        CallFrame frame = thread.frames[index];
        LuaFunction function = frame.callee();
        String global = function == null ? null : FunctionNames.globalName(thread, function);
        if (global != null) {
            return "function '" + global + "'";
        }
        FunctionNames.Name name = FunctionNames.ofCall(thread, index);
        if (name != null) {
            return name.kind + " '" + name.name + "'";
        }
        if (frame.closure != null) {
            Prototype prototype = frame.closure.prototype;
            if (prototype.lineDefined == 0) {
                return "main chunk";
            }
            return "function <" + Errors.latin(ChunkNames.display(prototype.source)) + ":" + prototype.lineDefined + ">";
        }
        return "?";
    }
}
