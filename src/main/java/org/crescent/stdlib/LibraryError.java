package org.crescent.stdlib;

import java.nio.charset.StandardCharsets;
import org.crescent.runtime.LuaString;

/**
 * An error raised by a library engine (patterns, string.format, string.pack) that the
 * calling library function turns into a Lua error. It says which of C Lua's two error forms
 * it stands for: {@code luaL_error(message)} when {@link #argument()} is 0, or
 * {@code luaL_argerror(argument, message)} ("bad argument #n to 'f' (message)") otherwise.
 * The message is C Lua's wording without position or "bad argument" prefix; bytes of Lua
 * strings quoted in it (a format specification, an option character) are carried one
 * byte per char, so {@link #luaMessage()} gives them back exactly.
 */
public class LibraryError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int argument;

    protected LibraryError(int argument, String message) {
        super(message, null, false, false);
        this.argument = argument;
    }

    /** The equivalent of {@code luaL_error(L, message)}. */
    public static LibraryError error(String message) {
        return new LibraryError(0, message);
    }

    /** The equivalent of {@code luaL_argerror(L, argument, message)}. */
    public static LibraryError argumentError(int argument, String message) {
        return new LibraryError(argument, message);
    }

    /** The message as Lua bytes (each char of the Java message is one byte). */
    public LuaString luaMessage() {
        return LuaString.wrap(getMessage().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The 1-based argument the error is about, or 0 for a plain error. */
    public int argument() {
        return argument;
    }
}
