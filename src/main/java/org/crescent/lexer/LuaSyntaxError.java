package org.crescent.lexer;

import org.crescent.runtime.LuaString;

/**
 * A compile-time error of a chunk: lexical, syntactic, a violated limit or a scope rule. The
 * message is complete and worded as C Lua's ({@code chunkname:line: message near 'token'});
 * the runtime turns it into a Lua error value. The message is kept as bytes, since it may
 * quote source bytes that are not UTF-8. No stack trace is recorded: it is an ordinary
 * outcome of loading bad code, not a bug.
 */
public final class LuaSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final LuaString luaMessage;

    public LuaSyntaxError(LuaString message) {
        super(message.toString(), null, false, false);
        this.luaMessage = message;
    }

    /** The message as Lua bytes (what {@code load} returns as its second result). */
    public LuaString luaMessage() {
        return luaMessage;
    }
}
