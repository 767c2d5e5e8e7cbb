package org.crescent.api;

import java.nio.charset.StandardCharsets;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.Tag;

/**
 * The arguments of a {@link LuaCallback} call, numbered from 1 as in Lua. The {@code check}
 * methods return an argument as a Java type or raise C Lua's error, e.g.
 * {@code bad argument #1 to 'twice' (number expected, got string)}; the {@code opt} methods
 * give a default for an absent or nil argument. Valid only during the call it was given to.
 */
public final class Arguments {
    private final Lua lua;
    private final LuaThread thread;
    private final int count;
    private final int base;
    private boolean closed;

    Arguments(Lua lua, LuaThread thread, int count) {
        this.lua = lua;
        this.thread = thread;
        this.count = count;
        this.base = thread.callBase;
    }

    void close() {
        closed = true;
    }

    /**
     * Makes the thread's argument accessors see this call's arguments (a nested call into Lua
     * from the callback restores them anyway; this guards against use after the call).
     */
    private LuaThread thread() {
        if (closed) {
            throw new IllegalStateException("arguments used after their call returned");
        }
        thread.callBase = base;
        thread.callArgumentCount = count;
        return thread;
    }

    /** The runtime the call runs in. */
    public Lua lua() {
        return lua;
    }

    /** How many arguments were passed. */
    public int count() {
        return count;
    }

    /** Argument {@code n} converted to Java as {@link Lua#get} converts values; null when nil or absent. */
    public Object get(int n) {
        LuaThread stack = thread();
        if (n < 1 || n > count) {
            return null;
        }
        int slot = stack.slot(n);
        return lua.bridge.toJava(stack.tags[slot], stack.bits[slot], stack.refs[slot]);
    }

    /** All arguments, converted. */
    public Object[] toArray() {
        Object[] values = new Object[count];
        for (int n = 1; n <= count; n++) {
            values[n - 1] = get(n);
        }
        return values;
    }

    /** Whether argument {@code n} is nil or absent. */
    public boolean isNil(int n) {
        return thread().isNoneOrNil(n);
    }

    /** The Lua type of argument {@code n} ("number", "string", ...), or "no value" when absent. */
    public String typeName(int n) {
        byte tag = thread().argumentTag(n);
        return tag == LuaThread.NONE ? "no value" : Tag.typeName(tag);
    }

    /** Raises "value expected" when argument {@code n} is absent (nil is a value). */
    public void checkAny(int n) {
        thread().checkAny(n);
    }

    /** Argument {@code n} as an integer (a float with an exact integer value and numeric strings convert). */
    public long checkInteger(int n) {
        return thread().checkInteger(n);
    }

    /** As {@link #checkInteger}, with {@code defaultValue} for a nil or absent argument. */
    public long optInteger(int n, long defaultValue) {
        return thread().optInteger(n, defaultValue);
    }

    /** Argument {@code n} as a number (numeric strings convert). */
    public double checkNumber(int n) {
        return thread().checkNumber(n);
    }

    /** As {@link #checkNumber}, with {@code defaultValue} for a nil or absent argument. */
    public double optNumber(int n, double defaultValue) {
        return thread().optNumber(n, defaultValue);
    }

    /** Argument {@code n} as a string (numbers convert), decoded as UTF-8. */
    public String checkString(int n) {
        return thread().checkString(n).toString();
    }

    /** As {@link #checkString}, with {@code defaultValue} for a nil or absent argument. */
    public String optString(int n, String defaultValue) {
        return isNil(n) ? defaultValue : checkString(n);
    }

    /** Argument {@code n} as the bytes of a Lua string (numbers convert): any byte sequence, not only UTF-8. */
    public byte[] checkBytes(int n) {
        LuaString text = thread().checkString(n);
        byte[] copy = new byte[text.length()];
        System.arraycopy(text.bytes(), 0, copy, 0, copy.length);
        return copy;
    }

    /** Argument {@code n} as Lua tests it: false only for nil, false and absence. */
    public boolean toBoolean(int n) {
        return thread().toBoolean(n);
    }

    /** Argument {@code n} as a table view. */
    public LuaTableView checkTable(int n) {
        return new LuaTableView(lua, thread().checkTable(n));
    }

    /** Argument {@code n} as a callable handle (a function). */
    public LuaCallable checkFunction(int n) {
        return new LuaCallable(lua, Tag.FUNCTION, 0, thread().checkFunction(n));
    }

    /**
     * Argument {@code n} as the Java object of a userdata of class {@code type}; otherwise
     * "bad argument #n to 'f' (T expected, got X)", with T the name registered for the type.
     */
    public <T> T checkUserdata(int n, Class<T> type) {
        LuaThread stack = thread();
        if (stack.argumentTag(n) == Tag.USERDATA) {
            Object value = ((LuaUserdata) stack.refArgument(n)).value;
            if (type.isInstance(value)) {
                return type.cast(value);
            }
        }
        throw wrap(stack.typeError(n, lua.typeName(type)));
    }

    /** As {@link #checkUserdata}, with null for a nil or absent argument. */
    public <T> T optUserdata(int n, Class<T> type) {
        return isNil(n) ? null : checkUserdata(n, type);
    }

    /** luaL_argerror: an exception to throw, "bad argument #n to 'f' (message)". */
    public LuaException argumentError(int n, String message) {
        return wrap(thread().argumentError(n, latin(message)));
    }

    /** luaL_error: an exception to throw, with the position of the Lua code that called this function. */
    public LuaException error(String message) {
        return wrap(thread().error(latin(message)));
    }

    private LuaException wrap(LuaError error) {
        return lua.bridge.exception(thread, error);
    }

    /** Messages are built one char per byte: a Java (UTF-16) message goes in as its UTF-8 bytes. */
    private static String latin(String message) {
        return new String(message.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
