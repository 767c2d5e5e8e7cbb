package org.crescent.api;

import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaTermination;

/**
 * A script was stopped from outside the language: its instruction or time budget ran out
 * ({@link Lua#setInstructionLimit}, {@link Lua#setTimeLimit}) or the host called
 * {@link Lua#interrupt()}. Lua code could not catch it ({@code pcall} lets it through and no
 * {@code __close} handler ran on its way out); the runtime is ready for the next call.
 */
public final class LuaStoppedException extends LuaException {
    private static final long serialVersionUID = 1L;

    /** Why the script was stopped. */
    public enum Reason {
        /** The instructions allowed per call ran out ({@code "instruction limit exceeded"}). */
        INSTRUCTION_LIMIT,
        /** The time allowed per call passed ({@code "time limit exceeded"}). */
        TIME_LIMIT,
        /** {@link Lua#interrupt()} was called ({@code "interrupted!"}). */
        INTERRUPTED
    }

    private final Reason reason;

    LuaStoppedException(LuaTermination error, String luaTraceback) {
        super(error, error.reason.message, error.reason.message, luaTraceback, null);
        this.reason = Reason.valueOf(error.reason.name());
    }

    public Reason reason() {
        return reason;
    }

    static LuaStoppedException of(LuaError error) {
        return new LuaStoppedException((LuaTermination) error, error.luaTraceback());
    }
}
