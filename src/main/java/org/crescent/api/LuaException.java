package org.crescent.api;

import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTermination;
import org.crescent.runtime.Tag;

/**
 * A Lua error seen from Java: the one exception the embedding API throws for anything that
 * goes wrong in Lua (a runtime error, a syntax error, {@code error(value)}). It carries the
 * Lua error value ({@link #value()}, converted to Java as every value is), the message with
 * its position ({@link #getMessage()}, e.g. {@code script.lua:3: attempt to index a nil value
 * (global 'x')}), and the Lua stack traceback ({@link #luaTraceback()}).
 *
 * <p>Java functions called from Lua may throw it too: {@link Arguments#error} and
 * {@link Arguments#argumentError} build ones with C Lua's wording, and a LuaException thrown
 * from a nested call keeps its original Lua value on its way back through Lua.
 */
public class LuaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The interpreter's error, when this exception came from Lua or is meant for it. */
    private final transient LuaError error;
    private final transient Object value;
    private final String luaTraceback;

    /** An error whose Lua value is {@code message} (a string), as {@code error(message, 0)} raises. */
    public LuaException(String message) {
        this(new LuaError(LuaString.of(message)), message, message, null, null);
    }

    LuaException(LuaError error, Object value, String message, String luaTraceback, Throwable cause) {
        super(message, cause);
        this.error = error;
        this.value = value;
        this.luaTraceback = luaTraceback;
    }

    /**
     * The Lua error value: a String for the usual message, else whatever was raised
     * ({@code error({code = 42})} gives a {@link LuaTableView}), converted as by
     * {@link Lua#get}.
     */
    public Object value() {
        return value;
    }

    /** The Lua traceback ("stack traceback:\n\t..."), or null when the error never ran Lua code (a syntax error). */
    public String luaTraceback() {
        return luaTraceback;
    }

    /** The error to raise in Lua for this exception, keeping its original value. */
    LuaError toLuaError() {
        if (error instanceof LuaTermination) {
            return error;
        }
        return new LuaError(error);
    }

    /** Whether this exception carries a plain message string (not a table or other value). */
    boolean hasStringValue() {
        return error.valueTag == Tag.STRING;
    }
}
