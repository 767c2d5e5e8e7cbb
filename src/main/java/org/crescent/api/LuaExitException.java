package org.crescent.api;

import org.crescent.runtime.LuaError;

/**
 * Lua code called {@code os.exit}: in an embedded runtime it ends the runtime (which is
 * closed afterwards: its files flushed and closed, later use refused), never the JVM. The
 * status is what the script asked to exit with (0 for {@code os.exit(true)} or no argument,
 * 1 for {@code os.exit(false)}).
 */
public final class LuaExitException extends LuaException {
    private static final long serialVersionUID = 1L;

    private final int status;

    LuaExitException(int status) {
        super(new LuaError("os.exit(" + status + ")"), (long) status, "os.exit(" + status + ")", null, null);
        this.status = status;
    }

    /** The exit status the script asked for. */
    public int status() {
        return status;
    }
}
