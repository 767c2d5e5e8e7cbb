package org.crescent.api;

/**
 * A Java function callable from Lua, usually written as a lambda:
 * <pre>{@code
 * lua.register("add", args -> args.checkInteger(1) + args.checkInteger(2));
 * }</pre>
 * It reads its arguments through {@link Arguments} (whose {@code check} methods raise C Lua's
 * "bad argument" errors) and returns its result: one value, converted as {@link Lua#set}
 * converts values ({@code null} is nil), or several with {@link Results#of}. A
 * {@link LuaException} it throws becomes a Lua error with the same value; any other runtime
 * exception becomes a Lua error whose message is the exception's text, at the position of
 * the Lua caller (and the exception is the cause of the LuaException that reaches Java).
 */
@FunctionalInterface
public interface LuaCallback {
    /** Runs the function with the call's arguments; returns its result (see above). */
    Object call(Arguments arguments);
}
