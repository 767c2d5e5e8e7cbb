package org.crescent.runtime;

/**
 * A Lua runtime error. Minimal placeholder: the message is the Lua string error value.
 * The full version (carrying any Lua value, positions, tracebacks) replaces this one and
 * keeps this constructor.
 */
public class LuaError extends RuntimeException {
    public LuaError(String message) {
        super(message, null, false, false);
    }
}
