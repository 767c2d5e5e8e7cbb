package org.crescent.compiler;

import org.crescent.ast.Chunk;
import org.crescent.bytecode.Prototype;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.parser.Parser;
import org.crescent.runtime.LuaString;

/**
 * The compiler's entry point: turns a parsed chunk into the prototype of its main function,
 * with the same instructions, constants, registers, lines and debug information as C Lua
 * 5.4.4's luac would produce (see {@link ChunkCompiler} for how).
 */
public final class Compiler {
    private Compiler() {}

    /** Compiles {@code chunk}; {@code chunkName} becomes every prototype's source. */
    public static Prototype compile(Chunk chunk, LuaString chunkName) {
        return new ChunkCompiler(new Compilation(chunkName)).compileMain(chunk);
    }

    /**
     * Parses and compiles Lua source text.
     *
     * @throws LuaSyntaxError with C Lua's message if the source is not valid Lua or exceeds a
     *                        limit of the bytecode format
     */
    public static Prototype compile(byte[] source, LuaString chunkName) {
        return compile(Parser.parse(source, chunkName), chunkName);
    }

    /** Compiles {@code chunk} under the name it was parsed with. */
    public static Prototype compile(Chunk chunk) {
        return compile(chunk, chunk.name());
    }
}
