package org.crescent.runtime;

/**
 * The error that stops a script from outside the language: its instruction budget ran out,
 * its time limit passed, or the host interrupted it. Unlike any other {@link LuaError}, Lua
 * code cannot catch it: {@code pcall}, {@code xpcall}, {@code coroutine.resume} and
 * {@code coroutine.wrap} let it through, pending {@code __close} handlers and {@code __gc}
 * finalizers are not run on its way out, and it ends at the host's call into Lua. Its value is
 * the reason's message, a string.
 */
public final class LuaTermination extends LuaError {
    private static final long serialVersionUID = 1L;

    /** Why a script was stopped. */
    public enum Reason {
        INSTRUCTION_LIMIT("instruction limit exceeded"),
        TIME_LIMIT("time limit exceeded"),
        INTERRUPTED("interrupted!");

        public final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    public final Reason reason;

    public LuaTermination(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    /** Whether {@code error} must go on past every handler in Lua code. */
    public static boolean isTermination(LuaError error) {
        return error instanceof LuaTermination;
    }
}
