package org.crescent.runtime;

/**
 * How a chunk's name appears in messages, as C Lua's luaO_chunkid: "=name" shows as name,
 * "@file" as the file name (its tail when long), and source text as [string "first line..."].
 * Invariant: the result is at most 59 characters long, as with C Lua's LUA_IDSIZE of 60.
 */
public final class ChunkName {
    private static final int ID_SIZE = 60;

    private ChunkName() {}

    public static String display(LuaString source) {
        byte[] bytes = source.bytes();
        int length = bytes.length;
        int available = ID_SIZE - 1;
        if (length > 0 && bytes[0] == '=') {
            return latin(bytes, 1, Math.min(length - 1, available));
        }
        if (length > 0 && bytes[0] == '@') {
            if (length - 1 <= available) {
                return latin(bytes, 1, length - 1);
            }
            int keep = available - 3;
            return "..." + latin(bytes, length - keep, keep);
        }
        int newline = -1;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                newline = i;
                break;
            }
        }
        int room = ID_SIZE - "[string \"...\"]".length() - 1;
        if (length < room && newline < 0) {
            return "[string \"" + latin(bytes, 0, length) + "\"]";
        }
        int shown = newline >= 0 ? newline : length;
        if (shown > room) {
            shown = room;
        }
        return "[string \"" + latin(bytes, 0, shown) + "...\"]";
    }

    /** Bytes to a Java string one char per byte, so messages keep the original bytes. */
    private static String latin(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
