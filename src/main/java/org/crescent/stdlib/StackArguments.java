package org.crescent.stdlib;

import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * The arguments of the running string.format, string.pack or string.unpack call as the
 * engines see them, read from the value stack of the calling thread, and the sink of
 * string.unpack's results. One instance per runtime: a call {@link #enter enters} with its
 * thread and {@link #leave leaves} restoring the previous one, so nested calls (a
 * __tostring that formats, on this thread or another coroutine) find their own thread.
 */
final class StackArguments implements StringFormat.Arguments, StringPack.Arguments, StringPack.Results {
    /** C Lua's LUAI_MAXSHORTLEN: strings up to this length are interned, so %p of equal ones agrees. */
    private static final int MAX_SHORT_STRING = 40;

    private LuaThread thread;
    /**
     * Set during string.pack: C Lua's str_pack pushes a nil before its buffer, so the first
     * missing value reads as nil ("number expected, got nil"), not as no value.
     */
    private boolean packing;

    /** Makes {@code caller} the thread read from; returns the previous one for {@link #leave}. */
    LuaThread enter(LuaThread caller) {
        LuaThread previous = thread;
        thread = caller;
        return previous;
    }

    void leave(LuaThread previous) {
        thread = previous;
        packing = false;
    }

    /** {@link #enter} for string.pack. */
    LuaThread enterPacking(LuaThread caller) {
        LuaThread previous = enter(caller);
        packing = true;
        return previous;
    }

    private void checkPresent(int argument, String expected) {
        if (packing && argument > thread.argumentCount()) {
            throw thread.argumentError(argument, expected + " expected, got nil");
        }
    }

    @Override
    public int top() {
        return thread.argumentCount();
    }

    @Override
    public byte tag(int argument) {
        return thread.argumentTag(argument);
    }

    @Override
    public long checkInteger(int argument) {
        checkPresent(argument, "number");
        return thread.checkInteger(argument);
    }

    @Override
    public double checkNumber(int argument) {
        checkPresent(argument, "number");
        return thread.checkNumber(argument);
    }

    @Override
    public LuaString checkString(int argument) {
        checkPresent(argument, "string");
        return thread.checkString(argument);
    }

    @Override
    public long integerValue(int argument) {
        return thread.integerArgument(argument);
    }

    @Override
    public double floatValue(int argument) {
        return thread.floatArgument(argument);
    }

    @Override
    public LuaString stringValue(int argument) {
        return (LuaString) thread.refArgument(argument);
    }

    @Override
    public LuaString toLuaString(int argument) {
        return ValueFormatter.toLuaString(thread, thread.slot(argument));
    }

    @Override
    public long pointer(int argument) {
        byte tag = thread.argumentTag(argument);
        if (tag < Tag.STRING) return 0;
        Object ref = thread.refArgument(argument);
        long identity;
        if (tag == Tag.STRING && ((LuaString) ref).length() <= MAX_SHORT_STRING) {
            identity = (ref.hashCode() & 0xFFFFFFFFL) | 0x1_0000_0000L;  // equal short strings are one object in C Lua
        } else {
            identity = System.identityHashCode(ref) & 0xFFFFFFFFL;
        }
        return identity == 0 ? 1 : identity;
    }

    // ---------------------------------------------------------------- string.unpack results

    private void checkStack() {
        if (thread.top + 2 > LuaThread.MAX_STACK_SIZE) throw LibraryError.error("stack overflow (too many results)");
    }

    @Override
    public void pushInteger(long value) {
        checkStack();
        thread.pushInteger(value);
    }

    @Override
    public void pushFloat(double value) {
        checkStack();
        thread.pushFloat(value);
    }

    @Override
    public void pushString(LuaString value) {
        checkStack();
        thread.pushString(value);
    }
}
