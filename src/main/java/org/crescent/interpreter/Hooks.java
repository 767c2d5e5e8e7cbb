package org.crescent.interpreter;

import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * Debug hooks (debug.sethook): call, return, line and count events, fired as C Lua's ldo.c and
 * ldebug.c fire them. The dispatch loop checks a local flag per instruction only while a line
 * or count hook is set, or an instruction budget is counted ({@link ExecutionLimits}); call
 * and return hooks are checked on calls and returns.
 */
public final class Hooks {
    public static final int MASK_CALL = 1;
    public static final int MASK_RETURN = 2;
    public static final int MASK_LINE = 4;
    public static final int MASK_COUNT = 8;

    private static final LuaString CALL = LuaString.of("call");
    private static final LuaString RETURN = LuaString.of("return");
    private static final LuaString LINE = LuaString.of("line");
    private static final LuaString COUNT = LuaString.of("count");
    private static final LuaString TAIL_CALL = LuaString.of("tail call");

    private Hooks() {}

    /** lua_sethook: installs (or with a null function, removes) the hook of {@code thread}. */
    public static void set(LuaThread thread, LuaFunction function, int mask, int count) {
        if (function == null || mask == 0) {
            mask = 0;
            function = null;
        }
        thread.hookFunction = function;
        thread.hookMask = mask;
        thread.baseHookCount = count;
        thread.hookCount = count;
        if (mask != 0) {
            // Frames already running must return through the slow path, which fires return hooks.
            for (int i = 0; i < thread.frameCount; i++) {
                thread.frames[i].status |= CallFrame.HOOK_RETURN;
            }
        }
    }

    /** Whether the dispatch loop must call {@link #traceExecution} before each instruction. */
    static boolean tracesInstructions(LuaThread thread) {
        return (thread.hookMask & (MASK_LINE | MASK_COUNT)) != 0 || thread.global.limits.countsInstructions;
    }

    /** luaG_traceexec: count and line events before the instruction at {@code frame.pc}. */
    static boolean traceExecution(LuaThread thread, CallFrame frame) {
        if (thread.global.limits.countsInstructions) {
            ExecutionLimits.countInstruction(thread.global);
        }
        int mask = thread.hookMask;
        if ((mask & (MASK_LINE | MASK_COUNT)) == 0 || !thread.allowHook) {
            return false;
        }
        int newPc = frame.pc - 1;
        if (newPc == 0 && frame.closure.prototype.isVararg) {
            // As C Lua: hooks start after VARARGPREP, and the next instruction counts as a new line.
            thread.oldPc = 1;
            return false;
        }
        boolean countHook = false;
        if ((mask & MASK_COUNT) != 0 && --thread.hookCount == 0) {
            thread.hookCount = thread.baseHookCount;
            countHook = true;
        } else if ((mask & MASK_LINE) == 0) {
            return false;
        }
        if (countHook) {
            call(thread, COUNT, -1);
        }
        if ((mask & MASK_LINE) != 0) {
            Prototype prototype = frame.closure.prototype;
            int oldPc = thread.oldPc >= 0 && thread.oldPc < prototype.code.length ? thread.oldPc : 0;
            if (newPc <= oldPc || line(prototype, oldPc) != line(prototype, newPc)) {
                call(thread, LINE, line(prototype, newPc));
            }
            thread.oldPc = newPc;
        }
        return true;
    }

    private static int line(Prototype prototype, int pc) {
        return prototype.lines.length == 0 ? -1 : prototype.lines[pc];
    }

    /** Call hook, when a function starts (the new frame is the running one). */
    static void onCall(LuaThread thread, CallFrame frame) {
        thread.oldPc = 0;
        if ((thread.hookMask & MASK_CALL) != 0 && thread.allowHook) {
            frame.transferFirst = 1;
            frame.transferCount = frame.closure != null ? frame.closure.prototype.parameterCount : frame.argumentCount;
            call(thread, (frame.status & CallFrame.TAIL_CALL) != 0 ? TAIL_CALL : CALL, -1);
            frame.transferCount = 0;
        }
    }

    /** Return hook, before the running frame returns {@code count} values from {@code first}. */
    static void onReturn(LuaThread thread, CallFrame frame, int first, int count) {
        if ((thread.hookMask & MASK_RETURN) != 0 && thread.allowHook) {
            frame.transferFirst = first - frame.base + 1;
            frame.transferCount = count;
            int savedTop = thread.top;
            thread.top = Math.max(thread.top, first + count);
            call(thread, RETURN, -1);
            thread.top = savedTop;
            frame.transferCount = 0;
        }
        if (thread.frameCount >= 2) {
            CallFrame caller = thread.frames[thread.frameCount - 2];
            if (caller.closure != null) {
                thread.oldPc = caller.pc - 1;
            }
        }
    }

    /** Calls the hook function with the event name and line, with hooks off meanwhile. */
    private static void call(LuaThread thread, LuaString event, int line) {
        LuaFunction function = thread.hookFunction;
        if (function == null) {
            return;
        }
        int savedTop = thread.top;
        int slot = Protection.safeTop(thread);
        thread.ensureStack(slot + 3 + Calls.JAVA_MIN_STACK);
        thread.tags[slot] = Tag.FUNCTION;
        thread.refs[slot] = function;
        thread.tags[slot + 1] = Tag.STRING;
        thread.refs[slot + 1] = event;
        if (line >= 0) {
            thread.tags[slot + 2] = Tag.INTEGER;
            thread.bits[slot + 2] = line;
        } else {
            thread.tags[slot + 2] = Tag.NIL;
        }
        thread.top = slot + 3;
        thread.allowHook = false;
        CallFrame frame = thread.currentFrame();
        frame.status |= CallFrame.HOOKED;
        try {
            thread.call(slot, 2, 0);
        } finally {
            thread.allowHook = true;
            frame.status &= ~CallFrame.HOOKED;
            thread.top = savedTop;
        }
    }
}
