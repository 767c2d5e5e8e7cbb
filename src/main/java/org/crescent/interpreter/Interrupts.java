package org.crescent.interpreter;

import org.crescent.runtime.LuaError;

/**
 * Stopping running Lua code from another Java thread (Ctrl-C in the {@code crescent} command,
 * or an embedder's watchdog), as lua.c's SIGINT hook does. The request is a volatile flag in
 * {@link GlobalState}; the dispatch loop reads it only where code can run forever: backward
 * jumps (JMP, and the jumps of comparisons and tests, which close repeat-until loops),
 * generic-for iterations, numeric-for iterations once every 1024 (a load per iteration cost
 * tight numeric loops 6%, the counter test 3%); tail calls and calls from Java read it too.
 * Running code pays nothing else.
 *
 * <p>When the flag is seen with no stop reason pending (Ctrl-C), it is cleared and the running
 * code raises the error "interrupted!", which {@code pcall} can catch as any Lua error, as in
 * lua.c. With a reason ({@link ExecutionLimits#stop}: a budget ran out, or the embedding host
 * interrupted) the error is an uncatchable {@link org.crescent.runtime.LuaTermination}.
 */
public final class Interrupts {
    static final String MESSAGE = "interrupted!";

    private Interrupts() {}

    /** Asks the code running in {@code global} to stop; safe to call from any thread. */
    public static void request(GlobalState global) {
        global.interruptRequested = true;
    }

    /** Forgets a request that no code has seen (before running the next chunk). */
    public static void clear(GlobalState global) {
        global.interruptRequested = false;
    }

    /** Whether a request is waiting to be seen. */
    public static boolean isRequested(GlobalState global) {
        return global.interruptRequested;
    }

    /**
     * The error to throw once the dispatch loop has seen the flag (the caller has written
     * {@code frame.pc}, so the traceback shows the interrupted line). Clears the flag.
     */
    static LuaError interrupted(GlobalState global) {
        return global.limits.interruption();
    }

    /** For slow paths (tail calls, calls from Java): raises the error if a request is waiting. */
    public static void check(GlobalState global) {
        if (global.interruptRequested) {
            throw interrupted(global);
        }
    }
}
