package org.crescent.stdlib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.crescent.bytecode.Prototype;
import org.crescent.compiler.Compiler;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.Upvalue;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * Turns chunks into closures: source text through the compiler, with C Lua's checks of the
 * load mode, and the environment placed in the main function's first upvalue (_ENV).
 */
public final class ChunkLoader {
    /** The first bytes of a binary chunk (LUA_SIGNATURE). */
    static final byte BINARY_MARK = 0x1B;

    private ChunkLoader() {}

    /**
     * Compiles {@code chunk}. Errors (syntax, mode) are raised as a LuaError whose value is the
     * message string, as load returns it.
     */
    public static LuaClosure load(byte[] chunk, LuaString chunkName, String mode, byte environmentTag, long environmentBits, Object environment) {
        boolean binary = chunk.length > 0 && chunk[0] == BINARY_MARK;
        if (binary && mode.indexOf('b') < 0) {
            throw new LuaError(Errors.bytesOf("attempt to load a binary chunk (mode is '" + mode + "')"));
        }
        if (!binary && mode.indexOf('t') < 0) {
            throw new LuaError(Errors.bytesOf("attempt to load a text chunk (mode is '" + mode + "')"));
        }
        Prototype prototype;
        if (binary) {
            prototype = BinaryChunks.undump(chunk, chunkName);
        } else {
            try {
                prototype = Compiler.compile(chunk, chunkName);
            } catch (LuaSyntaxError error) {
                throw new LuaError(error.luaMessage());
            } catch (StackOverflowError error) {
                throw new LuaError(Errors.bytesOf(Errors.latin(chunkName) + ": chunk has too many syntax levels"));
            }
        }
        Upvalue[] upvalues = new Upvalue[prototype.upvalues.length];
        for (int i = 0; i < upvalues.length; i++) {
            upvalues[i] = new Upvalue();
        }
        if (upvalues.length > 0) {
            upvalues[0].set(environmentTag, environmentBits, environment);
        }
        return new LuaClosure(prototype, upvalues);
    }

    /** The contents of a script file as loadfile reads it: a first line starting with '#' is dropped. */
    public static byte[] readScript(org.crescent.interpreter.GlobalState global, String fileName) {
        Path path = global.workingDirectory.resolve(fileName);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new LuaError(Errors.bytesOf("cannot open " + fileName + ": No such file or directory"));
        } catch (AccessDeniedException e) {
            throw new LuaError(Errors.bytesOf("cannot open " + fileName + ": Permission denied"));
        } catch (IOException e) {
            throw new LuaError(Errors.bytesOf("cannot read " + fileName + ": " + e.getMessage()));
        }
        return skipComment(bytes);
    }

    /**
     * Drops a UTF-8 byte-order mark and a first line starting with '#', keeping its newline so
     * that line numbers stay right, unless a binary chunk follows it (as luaL_loadfilex does).
     */
    public static byte[] skipComment(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length); // a UTF-8 byte-order mark, as luaL_loadfilex skips
        }
        if (bytes.length > 0 && bytes[0] == '#') {
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end + 1 < bytes.length && bytes[end + 1] == BINARY_MARK) {
                end++;
            }
            byte[] rest = new byte[bytes.length - end];
            System.arraycopy(bytes, end, rest, 0, rest.length);
            return rest;
        }
        return bytes;
    }

    static LuaString fileChunkName(String fileName) {
        return Errors.bytesOf("@" + fileName);
    }

    static byte environmentTag() {
        return Tag.TABLE;
    }
}
