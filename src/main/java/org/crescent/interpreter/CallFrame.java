package org.crescent.interpreter;

import org.crescent.runtime.LuaFunction;

/**
 * One active call on a thread: a Lua closure running in the dispatch loop or a Java function.
 * Frames are pooled per thread and reused, so a call allocates nothing once a thread has
 * reached its depth. Invariant: {@code base == functionSlot + 1} except for vararg Lua
 * functions, whose extra arguments sit in {@code [base - varargCount, base)}.
 */
public final class CallFrame {
    /** The frame returns into Java: the dispatch loop that runs it exits when it returns. */
    public static final int FRESH = 1;
    /** Started by pcall/xpcall: errors below it are caught here. */
    public static final int PROTECTED = 2;
    /**
     * Any of these flags sends a return through the slow path; a plain Lua-to-Lua call has none,
     * so the dispatch loop's fast return checks that no flag but TAIL_CALL (debug information
     * only) is set.
     */
    /** Reached by a tail call (debug info: istailcall). */
    public static final int TAIL_CALL = 4;
    /** A protected call whose handler (xpcall) sits in {@code handlerSlot}. */
    public static final int HAS_HANDLER = 8;

    /** A hook function is running on top of this frame. */
    public static final int HOOKED = 16;
    /** Return hooks were on when this frame started: it returns through the slow path. */
    public static final int HOOK_RETURN = 32;

    /** A metamethod call: {@code continuation} finishes the caller's instruction on return. */
    public static final int HAS_CONTINUATION = 64;
    /** The body of a coroutine: its return ends the coroutine. */
    public static final int COROUTINE_BODY = 128;

    /** A __gc finalizer is running on top of this frame. */
    public static final int FINALIZING = 1024;
    /** The frame of coroutine.yield on top of a suspended coroutine. */
    public static final int YIELDED = 512;
    /** A pcall marker that caught an error and is closing variables before returning it. */
    public static final int CLOSING = 256;

    /** What to do with the results when a metamethod call returns into an instruction. */
    public static final int CONTINUE_NONE = 0;
    /** Store the first result in the caller's register {@code continuationArgument}. */
    public static final int CONTINUE_STORE = 1;
    /** Treat the first result as a condition for the caller's test instruction (compare). */
    public static final int CONTINUE_TEST = 2;
    /** As TEST, negated (an "__eq" seen through "~=" or "__lt" with swapped operands). */
    public static final int CONTINUE_TEST_NEGATED = 3;
    /** Discard the results (__newindex, __close). */
    public static final int CONTINUE_DISCARD = 4;
    /** Store the result at {@code continuationArgument} and resume the caller's CONCAT. */
    public static final int CONTINUE_CONCAT = 5;
    /** Discard results and run the caller's current instruction again (CLOSE, RETURN). */
    public static final int CONTINUE_REEXECUTE = 6;
    /** A __close run while unwinding an error returned: close the next variable (caller is the pcall marker). */
    public static final int CONTINUE_CLOSING = 7;
    /** A fixed-count call made for a Java function: adjust results (argument: (wanted + 1) << 8 | fixed). */
    public static final int CONTINUE_ADJUST = 8;

    /**
     * The Java function or pcall marker's callee; not written for Lua frames (one store less
     * per call), so read the called function through {@link #callee()}.
     */
    public LuaFunction function;
    /** The running closure, or null for a Java function. */
    public LuaClosure closure;
    public int functionSlot;
    public int base;
    /** Saved program counter: the next instruction to run (Lua frames). */
    public int pc;
    /** Results the caller wants, or -1 for all of them (stack top marks the end). */
    public int expectedResults;
    public int varargCount;
    public int status;
    /** Number of arguments a Java function was called with. */
    public int argumentCount;
    public int continuation;
    public int continuationArgument;
    /** Stack slot of the xpcall message handler (with HAS_HANDLER). */
    public int handlerSlot;
    /** Results the caller of pcall/xpcall wants (with PROTECTED). */
    public int protectedExpected;
    /** Values passed at a call or return hook (debug.getinfo 'r'): first, relative to the function, and count. */
    public int transferFirst;
    public int transferCount;
    /**
     * Metamethod calls made by instructions below and including this frame: C Lua makes those
     * with C recursion and stops them at LUAI_MAXCCALLS, so the same limit applies here.
     */
    int metamethodDepth;
    /** The error a CLOSING pcall marker will return. */
    org.crescent.runtime.LuaError pendingError;
    /** The stack top to restore when a re-executed instruction needs it (RETURN with B=0). */
    public int savedTop;

    /** The function this frame runs: the closure of a Lua frame, else {@code function}. */
    public LuaFunction callee() {
        return closure != null ? closure : function;
    }

    boolean isLua() {
        return closure != null;
    }
}
