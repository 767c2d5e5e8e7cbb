package org.crescent.interpreter;

import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Metamethod;
import org.crescent.runtime.Tag;

/**
 * Inline caches for instructions with a constant string key (GETFIELD, SELF, SETFIELD) once
 * the dispatch loop's own lookup in the object missed: the {@code __index} chain through
 * tables (class-style methods), a string's methods, and raw stores into tables without
 * {@code __newindex}. Every answer is one C Lua's rules give; anything else (a function as
 * {@code __index}, a weak table, a chain longer than {@link #MAX_DEPTH}) returns false and the
 * caller takes the general slow path, which calls metamethods and raises errors.
 *
 * <p>The cache of an instruction is two slot hints in {@link Prototype#lookupHints} at
 * {@code 2 * pc} (the hash slot of {@code "__index"} in the first metatable) and {@code 2 * pc + 1}
 * (the hash slot of the key in the table that held it last). A hint is only a guess: it is used
 * when {@code keyRefs[hint]} is the very key object and its value is not nil, and re-found and
 * rewritten otherwise. So no write to any table needs to invalidate anything: rawset, removal
 * (value nil), rehash (new arrays, keys moved), setmetatable (the chain is re-read from the
 * object each time) and weak tables (empty public arrays: the hint never matches, and a weak
 * table falls back) all just make a hint miss. Races between threads sharing a prototype can
 * only cost a miss, since an int write is atomic and every hint is validated.
 *
 * <p>"No such metamethod" answers use {@link LuaTable#absentMetamethods} (C Lua's metatable
 * flags), which every raw set through LuaTable clears.
 */
final class FieldCache {
    /** Links of an __index chain followed here; longer chains take the slow path. */
    static final int MAX_DEPTH = 8;
    private static final LuaString INDEX = Metamethod.INDEX.key;
    private static final int INDEX_BIT = 1 << Metamethod.INDEX.ordinal();
    private static final int NEWINDEX_BIT = 1 << Metamethod.NEWINDEX.ordinal();

    private FieldCache() {}

    /**
     * {@code R[ra] := object[key]} for a table or string object whose own lookup missed, through
     * a chain of __index tables. Returns false, having written nothing, when the slow path is needed.
     * {@code pc} is the position of the instruction.
     */
    static boolean index(GlobalState global, Prototype prototype, int pc, byte objectTag, Object object,
                         LuaString key, byte[] tags, long[] bits, Object[] refs, int ra) {
        LuaTable metatable;
        if (objectTag == Tag.TABLE) {
            LuaTable table = (LuaTable) object;
            if (table.isWeak()) {
                return false; // its entries are not in the arrays the caller searched
            }
            metatable = table.metatable;
        } else if (objectTag == Tag.STRING) {
            metatable = global.metatable(Tag.STRING, object);
        } else {
            return false;
        }
        int[] hints = prototype.lookupHints;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            if (metatable == null) {
                if (objectTag != Tag.TABLE) {
                    return false; // indexing a string without a metatable is an error
                }
                tags[ra] = Tag.NIL;
                return true;
            }
            int slot = hints[2 * pc];
            if (depth != 0 || slot >= metatable.keyRefs.length || metatable.keyRefs[slot] != INDEX
                    || metatable.valueTags[slot] == Tag.NIL) {
                if ((metatable.absentMetamethods & INDEX_BIT) != 0) {
                    slot = -1;
                } else if (metatable.isWeak()) {
                    return false;
                } else {
                    slot = metatable.findString(INDEX);
                    if (slot < 0 || metatable.valueTags[slot] == Tag.NIL) {
                        metatable.absentMetamethods |= (byte) INDEX_BIT;
                        slot = -1;
                    } else if (depth == 0) {
                        hints[2 * pc] = slot;
                    }
                }
                if (slot < 0) {
                    if (objectTag != Tag.TABLE && depth == 0) {
                        return false; // a string's metatable without __index: an error
                    }
                    tags[ra] = Tag.NIL;
                    return true;
                }
            }
            if (metatable.valueTags[slot] != Tag.TABLE) {
                return false; // a function (or a value to index further with its own rules)
            }
            LuaTable holder = (LuaTable) metatable.valueRefs[slot];
            if (holder.isWeak()) {
                return false;
            }
            int found = hints[2 * pc + 1];
            if (found >= holder.keyRefs.length || holder.keyRefs[found] != key || holder.valueTags[found] == Tag.NIL) {
                found = holder.findString(key);
                if (found >= 0 && holder.valueTags[found] != Tag.NIL) {
                    hints[2 * pc + 1] = found;
                } else {
                    found = -1;
                }
            }
            if (found >= 0) {
                byte tag = holder.valueTags[found];
                tags[ra] = tag;
                bits[ra] = holder.valueBits[found];
                if (tag >= Tag.STRING) refs[ra] = holder.valueRefs[found];
                return true;
            }
            objectTag = Tag.TABLE;
            metatable = holder.metatable;
        }
        return false;
    }

    /**
     * Whether a store into a key of {@code table} that holds no value is a raw set: no
     * metatable, or one already found to lack __newindex (its absence bit).
     */
    static boolean storesRaw(LuaTable table) {
        LuaTable metatable = table.metatable;
        return metatable == null || (metatable.absentMetamethods & NEWINDEX_BIT) != 0;
    }
}
