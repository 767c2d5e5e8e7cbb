package org.crescent.stdlib;

import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;

/**
 * Binary chunks (string.dump / load of precompiled code). The format is Crescent's own; it is
 * written by the standard-library work together with string.dump.
 */
final class BinaryChunks {
    private BinaryChunks() {}

    static Prototype undump(byte[] chunk, LuaString chunkName) {
        throw new LuaError(LuaString.of(chunkName.toString().replaceFirst("^[@=]", "") + ": bad binary format (precompiled chunks are not supported yet)"));
    }
}
