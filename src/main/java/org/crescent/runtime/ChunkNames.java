package org.crescent.runtime;

import java.io.ByteArrayOutputStream;


/**
 * How a chunk name is shown in messages and tracebacks, as C Lua's {@code luaO_chunkid}
 * with {@code LUA_IDSIZE} 60: {@code =name} shows {@code name}, {@code @file} shows
 * {@code file} (keeping its end if too long), anything else is source text shown as
 * {@code [string "first line..."]}.
 */
public final class ChunkNames {
    /** C Lua's LUA_IDSIZE: room for the description, including C's terminating zero. */
    public static final int ID_SIZE = 60;

    private static final byte[] ELLIPSIS = {'.', '.', '.'};
    private static final byte[] PREFIX = {'[', 's', 't', 'r', 'i', 'n', 'g', ' ', '"'};
    private static final byte[] SUFFIX = {'"', ']'};

    private ChunkNames() {
    }

    /**
     * The display form of chunk name {@code source}. A chunk name ends at its first zero
     * byte, as in C Lua, where chunk names pass through the C API as C strings.
     */
    public static LuaString display(LuaString source) {
        byte[] bytes = source.bytes();
        int length = indexOf(bytes, (byte) 0);
        if (length < 0) length = bytes.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(ID_SIZE);
        if (length > 0 && bytes[0] == '=') {
            out.write(bytes, 1, Math.min(length - 1, ID_SIZE - 1));
        } else if (length > 0 && bytes[0] == '@') {
            if (length <= ID_SIZE) {
                out.write(bytes, 1, length - 1);
            } else {
                int kept = ID_SIZE - ELLIPSIS.length - 1;
                out.write(ELLIPSIS, 0, ELLIPSIS.length);
                out.write(bytes, length - kept, kept);
            }
        } else {
            int room = ID_SIZE - (PREFIX.length + ELLIPSIS.length + SUFFIX.length) - 1;
            int newline = indexOf(bytes, (byte) '\n');
            if (newline >= length) newline = -1;
            out.write(PREFIX, 0, PREFIX.length);
            if (length < room && newline < 0) {
                out.write(bytes, 0, length);
            } else {
                int shown = newline >= 0 ? newline : length;
                shown = Math.min(shown, room);
                out.write(bytes, 0, shown);
                out.write(ELLIPSIS, 0, ELLIPSIS.length);
            }
            out.write(SUFFIX, 0, SUFFIX.length);
        }
        return LuaString.wrap(out.toByteArray());
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) return i;
        }
        return -1;
    }
}
