package org.crescent.api;

import org.crescent.bytecode.BinaryChunkWriter;
import org.crescent.interpreter.LuaClosure;
import org.crescent.runtime.LuaFunction;

/**
 * A handle on a Lua function (or any value Lua can call, through {@code __call}) of one
 * runtime, to call it from Java with Java arguments:
 * <pre>{@code
 * LuaCallable max = (LuaCallable) lua.eval("return math.max");
 * Object largest = max.call(3, 7.5, 2);   // 7.5
 * }</pre>
 * Arguments and results are converted as {@link Lua#set} and {@link Lua#get} convert values.
 * Errors arrive as {@link LuaException}. A handle keeps its function alive; two handles are
 * equal when they stand for the same function.
 */
public final class LuaCallable {
    private final Lua lua;
    final byte tag;
    final long bits;
    final Object ref;

    LuaCallable(Lua lua, byte tag, long bits, Object ref) {
        this.lua = lua;
        this.tag = tag;
        this.bits = bits;
        this.ref = ref;
    }

    /** Calls the function and returns its first result (null when it returns nothing or nil). */
    public Object call(Object... arguments) {
        return lua.call(tag, bits, ref, arguments, 1)[0];
    }

    /** Calls the function and returns all its results. */
    public Object[] callAll(Object... arguments) {
        return lua.call(tag, bits, ref, arguments, -1);
    }

    /**
     * The function as a pre-compiled (binary) chunk, as {@code string.dump} writes it, to be
     * loaded again with {@link Lua#load(byte[], String)} in this or another runtime (upvalues
     * start fresh, as in Lua). {@code strip} leaves out debug information.
     *
     * @throws LuaException for a function written in Java ("unable to dump given function")
     */
    public byte[] dump(boolean strip) {
        lua.guard.enter();
        try {
            if (!(ref instanceof LuaClosure)) {
                throw new LuaException("unable to dump given function");
            }
            LuaClosure closure = (LuaClosure) ref;
            return BinaryChunkWriter.write(closure.prototype, closure.upvalues.length, strip);
        } finally {
            lua.guard.leave();
        }
    }

    /** The runtime this function belongs to. */
    public Lua runtime() {
        return lua;
    }

    void checkRuntime(Lua other) {
        if (other != lua) {
            throw new IllegalArgumentException("this function belongs to another Lua runtime");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LuaCallable && ((LuaCallable) other).ref == ref && ((LuaCallable) other).lua == lua;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(ref);
    }

    @Override
    public String toString() {
        String name = ref instanceof LuaFunction ? ((LuaFunction) ref).name() : "?";
        return "LuaCallable[" + name + "]";
    }
}
