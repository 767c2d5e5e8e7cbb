package org.crescent.compiler;

import org.crescent.runtime.LuaString;

/** Placeholder until the lexer's LuaSyntaxError lands. */
final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CompileError(LuaString chunkName, int line, String message) {
        super(chunkName + ":" + line + ": " + message);
    }
}
