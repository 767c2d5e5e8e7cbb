package org.crescent.stdlib;

/**
 * Thrown by os.exit in place of ending the JVM: it unwinds the running script, past pcall and
 * coroutines, to whoever started the runtime, which decides what exiting means. The
 * {@code crescent} command exits the process with {@link #status}; an embedder catches it
 * around its calls into Lua. The runtime is finished afterwards (as after C's exit): its
 * stacks are left as the exit found them, and should not run Lua code again.
 *
 * <p>It is an {@link Error}, not a {@link RuntimeException}, so that the interpreter's recovery
 * of Java exceptions as Lua errors ("internal error") lets it through, as it lets through
 * nothing else that a Lua handler could catch.
 */
public final class ProcessExit extends Error {
    private static final long serialVersionUID = 1L;

    /** The exit status: 0 for success (os.exit(true)), 1 for os.exit(false), else the code given. */
    public final int status;
    /** Whether os.exit asked to close the state first (its second argument). */
    public final boolean closedState;

    public ProcessExit(int status, boolean closedState) {
        super("os.exit(" + status + ")", null, false, false);
        this.status = status;
        this.closedState = closedState;
    }
}
