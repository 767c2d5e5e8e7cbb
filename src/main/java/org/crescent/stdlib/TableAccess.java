package org.crescent.stdlib;

import org.crescent.interpreter.Arith;
import org.crescent.interpreter.Conversions;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * Element access for the table library as C Lua 5.4's ltablib.c does it through lua_geti,
 * lua_seti and luaL_len: metamethods are honoured, so a proxy with __index, __newindex and
 * __len behaves like a table. Each operation takes a raw shortcut when the outcome cannot
 * involve a metamethod. Callers keep {@code thread.top} above every slot they still need,
 * since a metamethod call is placed at the top; these methods restore the top they found.
 */
final class TableAccess {
    /** What checkTable demands of a value that is not a table (ltablib.c's TAB_R, TAB_W, TAB_L). */
    static final int READ = 1;
    static final int WRITE = 2;
    static final int LENGTH = 4;

    private static final LuaString INDEX = LuaString.of("__index");
    private static final LuaString NEWINDEX = LuaString.of("__newindex");
    private static final LuaString LEN = LuaString.of("__len");

    private TableAccess() {}

    /**
     * Accepts argument {@code argument} if it is a table or has a metatable with the fields
     * {@code what} asks for; otherwise raises "table expected" (ltablib.c's checktab).
     */
    static void checkTable(LuaThread thread, int argument, int what) {
        byte tag = thread.argumentTag(argument);
        if (tag == Tag.TABLE) {
            return;
        }
        if (tag != LuaThread.NONE) {
            LuaTable metatable = thread.global.metatable(tag, thread.refArgument(argument));
            if (metatable != null
                    && ((what & READ) == 0 || hasField(thread, metatable, INDEX))
                    && ((what & WRITE) == 0 || hasField(thread, metatable, NEWINDEX))
                    && ((what & LENGTH) == 0 || hasField(thread, metatable, LEN))) {
                return;
            }
        }
        throw thread.typeError(argument, "table");
    }

    private static boolean hasField(LuaThread thread, LuaTable metatable, LuaString name) {
        thread.ensureCapacity(1);
        metatable.getString(name, thread.tags, thread.bits, thread.refs, thread.top);
        return thread.tags[thread.top] != Tag.NIL;
    }

    /** checkTable then luaL_len: ltablib.c's aux_getn. */
    static long checkedLength(LuaThread thread, int argument, int what) {
        checkTable(thread, argument, what | LENGTH);
        return length(thread, thread.slot(argument));
    }

    /** luaL_len: {@code #value} with __len, which must give an integer (or a float or string convertible to one). */
    static long length(LuaThread thread, int slot) {
        if (thread.tags[slot] == Tag.TABLE) {
            LuaTable table = (LuaTable) thread.refs[slot];
            if (table.metatable == null) {
                return table.length();
            }
        }
        int savedTop = thread.top;
        thread.ensureCapacity(1);
        int destination = savedTop;
        thread.top = destination + 1;
        Arith.length(thread, thread.tags[slot], thread.bits[slot], thread.refs[slot], destination, Integer.MIN_VALUE);
        thread.top = savedTop;
        byte tag = thread.tags[destination];
        long bits = thread.bits[destination];
        if (tag == Tag.INTEGER) {
            return bits;
        }
        if (tag == Tag.STRING) {
            byte parsed = Conversions.parseNumber((LuaString) thread.refs[destination], thread.scratch, 0);
            if (parsed != Tag.NIL) {
                tag = parsed;
                bits = thread.scratch[0];
                if (tag == Tag.INTEGER) {
                    return bits;
                }
            }
        }
        if (tag == Tag.FLOAT) {
            double value = Double.longBitsToDouble(bits);
            if (org.crescent.runtime.LuaArithmetic.hasIntegerValue(value)) {
                return (long) value;
            }
        }
        throw thread.error("object length is not an integer");
    }

    /** The table in {@code slot} when it has no metatable (so raw access is exact), else null. */
    static LuaTable plainTable(LuaThread thread, int slot) {
        if (thread.tags[slot] == Tag.TABLE) {
            LuaTable table = (LuaTable) thread.refs[slot];
            if (table.metatable == null) {
                return table;
            }
        }
        return null;
    }

    /** lua_geti: {@code destination := container[key]}, following __index. */
    static void get(LuaThread thread, int containerSlot, long key, int destination) {
        byte tag = thread.tags[containerSlot];
        if (tag == Tag.TABLE) {
            LuaTable table = (LuaTable) thread.refs[containerSlot];
            table.getInteger(key, thread.tags, thread.bits, thread.refs, destination);
            if (table.metatable == null || thread.tags[destination] != Tag.NIL) {
                return;
            }
        }
        int savedTop = thread.top;
        if (savedTop <= destination) {
            thread.top = destination + 1;
        }
        Metatables.index(thread, tag, thread.bits[containerSlot], thread.refs[containerSlot],
                Tag.INTEGER, key, null, destination, Integer.MIN_VALUE);
        thread.top = savedTop;
    }

    /** lua_seti: {@code container[key] := value in valueSlot}, following __newindex. */
    static void set(LuaThread thread, int containerSlot, long key, int valueSlot) {
        set(thread, containerSlot, key, thread.tags[valueSlot], thread.bits[valueSlot], thread.refs[valueSlot]);
    }

    static void set(LuaThread thread, int containerSlot, long key, byte valueTag, long valueBits, Object valueRef) {
        byte tag = thread.tags[containerSlot];
        if (tag == Tag.TABLE) {
            LuaTable table = (LuaTable) thread.refs[containerSlot];
            if (table.metatable == null) {
                table.setInteger(key, valueTag, valueBits, valueRef);
                return;
            }
        }
        int savedTop = thread.top;
        Metatables.newIndex(thread, tag, thread.bits[containerSlot], thread.refs[containerSlot],
                Tag.INTEGER, key, null, valueTag, valueBits, valueRef, Integer.MIN_VALUE);
        thread.top = savedTop;
    }

    /** Whether keys {@code first..last} all lie in the array part of {@code table}. */
    static boolean inArrayPart(LuaTable table, long first, long last) {
        return first >= 1 && last <= table.arrayTags.length;
    }
}
