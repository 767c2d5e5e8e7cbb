package org.crescent.stdlib;

/**
 * An error in a Lua pattern or in its use ("malformed pattern (missing ']')",
 * "invalid capture index %2", "pattern too complex", ...): C Lua raises these with
 * {@code luaL_error}, so {@link #argument()} is always 0.
 */
public final class PatternError extends LibraryError {
    private static final long serialVersionUID = 1L;

    public PatternError(String message) {
        super(0, message);
    }
}
