package org.crescent.interpreter;

import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The value stack of a thread seen by Java functions: arguments numbered from 1 as in the C
 * API, typed checks with C Lua's "bad argument" errors, and pushes of results at the top.
 * Invariant while a Java function runs: its arguments are {@code [callBase, callBase +
 * callArgumentCount)} and the slots from {@code top} up are free.
 */
public abstract class ThreadStack {
    /** Returned by {@link #argumentTag} for an argument that was not passed. */
    public static final byte NONE = -1;

    public byte[] tags;
    public long[] bits;
    public Object[] refs;
    /** First free slot. */
    public int top;
    /** First argument slot of the running Java function. */
    public int callBase;
    public int callArgumentCount;
    /** Room for one number while parsing text, so conversions allocate nothing and never move the stack. */
    public final long[] scratch = new long[1];
    LuaThread thread;

    public int argumentCount() {
        return callArgumentCount;
    }

    /** Stack slot of argument {@code n} (1-based). */
    public int slot(int n) {
        return callBase + n - 1;
    }

    public byte argumentTag(int n) {
        return n <= callArgumentCount ? tags[callBase + n - 1] : NONE;
    }

    public boolean isNoneOrNil(int n) {
        return n > callArgumentCount || tags[callBase + n - 1] == Tag.NIL;
    }

    public long integerArgument(int n) {
        return bits[callBase + n - 1];
    }

    public double floatArgument(int n) {
        return Double.longBitsToDouble(bits[callBase + n - 1]);
    }

    public Object refArgument(int n) {
        return refs[callBase + n - 1];
    }

    public boolean toBoolean(int n) {
        return n <= callArgumentCount && tags[callBase + n - 1] > Tag.FALSE;
    }

    public void checkAny(int n) {
        if (n > callArgumentCount) {
            throw argumentError(n, "value expected");
        }
    }

    public long checkInteger(int n) {
        byte tag = argumentTag(n);
        if (tag == Tag.INTEGER) {
            return bits[callBase + n - 1];
        }
        return Conversions.checkIntegerSlow(this, n, tag);
    }

    public long optInteger(int n, long defaultValue) {
        return isNoneOrNil(n) ? defaultValue : checkInteger(n);
    }

    public double checkNumber(int n) {
        byte tag = argumentTag(n);
        if (tag == Tag.FLOAT) {
            return Double.longBitsToDouble(bits[callBase + n - 1]);
        }
        if (tag == Tag.INTEGER) {
            return bits[callBase + n - 1];
        }
        return Conversions.checkNumberSlow(this, n, tag);
    }

    public double optNumber(int n, double defaultValue) {
        return isNoneOrNil(n) ? defaultValue : checkNumber(n);
    }

    /** The argument as a string; numbers are converted as lua_tolstring does. */
    public LuaString checkString(int n) {
        byte tag = argumentTag(n);
        if (tag == Tag.STRING) {
            return (LuaString) refs[callBase + n - 1];
        }
        if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
            return Conversions.numberToString(tag, bits[callBase + n - 1]);
        }
        throw typeError(n, "string");
    }

    public LuaString optString(int n, LuaString defaultValue) {
        return isNoneOrNil(n) ? defaultValue : checkString(n);
    }

    public LuaTable checkTable(int n) {
        if (argumentTag(n) != Tag.TABLE) {
            throw typeError(n, "table");
        }
        return (LuaTable) refs[callBase + n - 1];
    }

    public LuaFunction checkFunction(int n) {
        if (argumentTag(n) != Tag.FUNCTION) {
            throw typeError(n, "function");
        }
        return (LuaFunction) refs[callBase + n - 1];
    }

    public void checkType(int n, byte tag) {
        byte actual = argumentTag(n);
        if (actual != tag && !(tag == Tag.TRUE && actual == Tag.FALSE)) {
            throw typeError(n, Tag.typeName(tag));
        }
    }

    /** C Lua's luaL_argerror: "bad argument #n to 'name' (message)". */
    public LuaError argumentError(int n, String message) {
        return Errors.argumentError(thread, n, message);
    }

    /** C Lua's luaL_typeerror: "bad argument #n to 'f' (X expected, got Y)". */
    public LuaError typeError(int n, String expected) {
        return Errors.typeError(thread, n, expected);
    }

    /** An error raised by a library function, positioned at its Lua caller (luaL_error). */
    public LuaError error(String message) {
        return Errors.library(thread, message);
    }

    private void ensureOne() {
        if (top >= tags.length) {
            thread.ensureStack(top + 1);
        }
    }

    public void ensureCapacity(int extraSlots) {
        thread.ensureStack(top + extraSlots);
    }

    public void pushNil() {
        ensureOne();
        tags[top++] = Tag.NIL;
    }

    public void pushBoolean(boolean value) {
        ensureOne();
        tags[top++] = value ? Tag.TRUE : Tag.FALSE;
    }

    public void pushInteger(long value) {
        ensureOne();
        tags[top] = Tag.INTEGER;
        bits[top++] = value;
    }

    public void pushFloat(double value) {
        ensureOne();
        tags[top] = Tag.FLOAT;
        bits[top++] = Double.doubleToRawLongBits(value);
    }

    public void pushString(LuaString value) {
        ensureOne();
        tags[top] = Tag.STRING;
        refs[top++] = value;
    }

    public void pushString(String value) {
        pushString(LuaString.of(value));
    }

    public void pushTable(LuaTable value) {
        ensureOne();
        tags[top] = Tag.TABLE;
        refs[top++] = value;
    }

    public void pushFunction(LuaFunction value) {
        ensureOne();
        tags[top] = Tag.FUNCTION;
        refs[top++] = value;
    }

    public void pushValue(byte tag, long valueBits, Object ref) {
        ensureOne();
        tags[top] = tag;
        bits[top] = valueBits;
        refs[top++] = ref;
    }

    /** Pushes a copy of the value in stack slot {@code slot}. */
    public void pushSlot(int slot) {
        ensureOne();
        tags[top] = tags[slot];
        bits[top] = bits[slot];
        refs[top++] = refs[slot];
    }

    /** Pushes a copy of argument {@code n} (nil when absent). */
    public void pushArgument(int n) {
        if (n <= callArgumentCount) {
            pushSlot(callBase + n - 1);
        } else {
            pushNil();
        }
    }

    public void copySlot(int from, int to) {
        tags[to] = tags[from];
        bits[to] = bits[from];
        refs[to] = refs[from];
    }
}
