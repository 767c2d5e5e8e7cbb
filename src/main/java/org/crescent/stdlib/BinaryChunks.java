package org.crescent.stdlib;

import org.crescent.bytecode.BinaryChunkReader;
import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaString;

/**
 * Binary chunks (string.dump / load of precompiled code) in Crescent's own format, read by
 * {@link BinaryChunkReader} and written by {@link org.crescent.bytecode.BinaryChunkWriter}.
 */
final class BinaryChunks {
    private BinaryChunks() {}

    /** The main prototype of a binary chunk; malformed input raises C Lua's "bad binary format" errors. */
    static Prototype undump(byte[] chunk, LuaString chunkName) {
        return BinaryChunkReader.read(chunk, chunkName);
    }
}
