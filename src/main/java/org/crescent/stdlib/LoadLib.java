package org.crescent.stdlib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/** The loading functions of the basic library: load, loadfile, dofile. */
final class LoadLib {
    private LoadLib() {}

    static int load(LuaThread thread, int argumentCount) {
        return load(thread, null);
    }

    /** load for sandboxed scripts: binary chunks are refused whatever mode is asked for. */
    static int loadText(LuaThread thread, int argumentCount) {
        return load(thread, "t");
    }

    private static int load(LuaThread thread, String forcedMode) {
        byte tag = thread.argumentTag(1);
        byte[] chunk;
        LuaString chunkName;
        if (tag == Tag.STRING || tag == Tag.INTEGER || tag == Tag.FLOAT) {
            LuaString text = thread.checkString(1); // numbers load as their text, as lua_tolstring gives
            chunk = text.bytes();
            chunkName = thread.optString(2, text);
        } else if (tag == Tag.FUNCTION) {
            chunkName = thread.optString(2, LuaString.of("=(load)"));
            try {
                chunk = readPieces(thread);
            } catch (LuaError error) {
                if (error instanceof org.crescent.runtime.LuaTermination) {
                    throw error;
                }
                thread.pushNil();
                thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
                return 2;
            }
        } else {
            throw thread.typeError(1, "function");
        }
        String mode = thread.optString(3, LuaString.of("bt")).toString();
        if (forcedMode != null) {
            mode = forcedMode;
        }
        return pushLoaded(thread, chunk, chunkName, mode, 4);
    }

    /** Calls the reader function until it returns nil or an empty string. */
    private static byte[] readPieces(LuaThread thread) {
        ByteArrayOutputStream pieces = new ByteArrayOutputStream();
        for (;;) {
            int slot = thread.top;
            thread.pushArgument(1);
            thread.call(slot, 0, 1);
            thread.top = slot;
            byte pieceTag = thread.tags[slot];
            if (pieceTag == Tag.NIL) {
                break;
            }
            if (pieceTag != Tag.STRING) {
                throw new LuaError(LuaString.of("reader function must return a string"));
            }
            LuaString piece = (LuaString) thread.refs[slot];
            if (piece.length() == 0) {
                break;
            }
            pieces.write(piece.bytes(), 0, piece.length());
        }
        return pieces.toByteArray();
    }

    /** Loads and pushes the closure, or nil and the message; argument {@code environmentArgument} is the env. */
    private static int pushLoaded(LuaThread thread, byte[] chunk, LuaString chunkName, String mode, int environmentArgument) {
        try {
            LuaClosure closure;
            if (thread.argumentCount() >= environmentArgument) {
                int env = thread.slot(environmentArgument);
                closure = ChunkLoader.load(chunk, chunkName, mode, thread.tags[env], thread.bits[env], thread.refs[env]);
            } else {
                closure = ChunkLoader.load(chunk, chunkName, mode, Tag.TABLE, 0, thread.global.globals);
            }
            thread.pushFunction(closure);
            return 1;
        } catch (LuaError error) {
            thread.pushNil();
            thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
            return 2;
        }
    }

    static int loadfile(LuaThread thread, int argumentCount) {
        LuaString fileName = thread.optString(1, null);
        String mode = thread.optString(2, LuaString.of("bt")).toString();
        byte[] chunk;
        LuaString chunkName;
        try {
            if (fileName == null) {
                chunk = ChunkLoader.skipComment(readAll(thread));
                chunkName = LuaString.of("=stdin");
            } else {
                chunk = ChunkLoader.readScript(thread.global, Errors.latin(fileName));
                chunkName = ChunkLoader.fileChunkName(Errors.latin(fileName));
            }
        } catch (LuaError error) {
            thread.pushNil();
            thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
            return 2;
        }
        return pushLoaded(thread, chunk, chunkName, mode, 3);
    }

    private static byte[] readAll(LuaThread thread) {
        try {
            return thread.global.standardInput.readAllBytes();
        } catch (IOException e) {
            throw new LuaError(Errors.bytesOf("cannot read stdin: " + e.getMessage()));
        }
    }

    static int dofile(LuaThread thread, int argumentCount) {
        LuaString fileName = thread.optString(1, null);
        byte[] chunk = fileName == null ? ChunkLoader.skipComment(readAll(thread)) : ChunkLoader.readScript(thread.global, Errors.latin(fileName));
        LuaString chunkName = fileName == null ? LuaString.of("=stdin") : ChunkLoader.fileChunkName(Errors.latin(fileName));
        LuaClosure closure = ChunkLoader.load(chunk, chunkName, "bt", Tag.TABLE, 0, thread.global.globals);
        int slot = thread.top;
        thread.pushFunction(closure);
        thread.tailCallSlot = slot;
        thread.tailCallResults = -1;
        return org.crescent.interpreter.JavaFunction.TAIL_CALL;
    }
}
