package org.crescent.interpreter;

import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * Any value as text, as C Lua's luaL_tolstring: __tostring first, then numbers, booleans and
 * nil as Lua writes them, and other values as "type: 0x..." (with __name as the type when it is
 * a string). Addresses are identity hashes, stable for the object's life.
 */
public final class ValueFormatter {
    private static final LuaString NIL = LuaString.of("nil");
    private static final LuaString TRUE = LuaString.of("true");
    private static final LuaString FALSE = LuaString.of("false");

    private ValueFormatter() {}

    /** The text of the value in {@code slot}; may call __tostring. */
    public static LuaString toLuaString(LuaThread thread, int slot) {
        byte tag = thread.tags[slot];
        Object ref = thread.refs[slot];
        if (tag >= Tag.TABLE && thread.global.metatable(tag, ref) != null) {
            int callSlot = Math.max(thread.top, slot + 1);
            thread.ensureStack(callSlot + 2 + Calls.JAVA_MIN_STACK);
            if (Metatables.loadField(thread, tag, ref, TOSTRING, callSlot)) {
                thread.copySlot(slot, callSlot + 1);
                int savedTop = thread.top;
                thread.top = callSlot + 2;
                thread.call(callSlot, 1, 1);
                thread.top = savedTop;
                byte resultTag = thread.tags[callSlot];
                if (resultTag == Tag.INTEGER || resultTag == Tag.FLOAT) {
                    return Conversions.numberToString(resultTag, thread.bits[callSlot]);
                }
                if (resultTag != Tag.STRING) {
                    throw Errors.library(thread, "'__tostring' must return a string");
                }
                return (LuaString) thread.refs[callSlot];
            }
        }
        return plain(thread, tag, thread.bits[slot], ref);
    }

    private static final LuaString TOSTRING = LuaString.of("__tostring");

    /** The text of a value without calling metamethods. */
    public static LuaString plain(LuaThread thread, byte tag, long bits, Object ref) {
        switch (tag) {
            case Tag.NIL: return NIL;
            case Tag.TRUE: return TRUE;
            case Tag.FALSE: return FALSE;
            case Tag.INTEGER: case Tag.FLOAT: return Conversions.numberToString(tag, bits);
            case Tag.STRING: return (LuaString) ref;
            default:
                String kind = Errors.typeNameForMessage(thread, tag, ref);
                return Errors.bytesOf(kind + ": " + address(ref));
        }
    }

    /** A pointer-like text for an object, as C's %p prints it. */
    public static String address(Object ref) {
        return "0x" + Integer.toHexString(System.identityHashCode(ref));
    }

    static boolean isFunction(Object ref) {
        return ref instanceof LuaFunction;
    }

    static boolean isTable(Object ref) {
        return ref instanceof LuaTable;
    }
}
