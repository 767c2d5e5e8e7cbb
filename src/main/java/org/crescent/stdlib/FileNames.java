package org.crescent.stdlib;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.crescent.interpreter.GlobalState;
import org.crescent.runtime.LuaString;

/**
 * File names from Lua strings to paths. A C library sees the bytes up to the first zero; the
 * JVM encodes path strings with its file-name charset ({@code sun.jnu.encoding}), so the bytes
 * are decoded with that same charset and reach the system unchanged whenever they are valid in
 * it. Relative names resolve against the runtime's working directory.
 */
final class FileNames {
    private static final Charset FILE_NAME_CHARSET = fileNameCharset();

    private FileNames() {}

    private static Charset fileNameCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException unsupported) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The bytes of {@code name} up to its first zero byte, as C sees the string. */
    static byte[] cBytes(LuaString name) {
        byte[] bytes = name.bytes();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return java.util.Arrays.copyOf(bytes, i);
            }
        }
        return bytes;
    }

    /** The path a C library would open for {@code name}, or null for a name no file can have (""). */
    static Path resolve(GlobalState global, LuaString name) {
        return resolve(global, cBytes(name));
    }

    static Path resolve(GlobalState global, byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return global.workingDirectory.resolve(new String(bytes, FILE_NAME_CHARSET));
        } catch (InvalidPathException invalid) {
            return null;
        }
    }

    /** Text of a system string (environment value, path) as Lua bytes. */
    static LuaString toLua(String systemText) {
        return LuaString.wrap(systemText.getBytes(FILE_NAME_CHARSET));
    }

    /** A Lua string as the system text it names (environment variable names). */
    static String toSystem(LuaString text) {
        return new String(cBytes(text), FILE_NAME_CHARSET);
    }
}
