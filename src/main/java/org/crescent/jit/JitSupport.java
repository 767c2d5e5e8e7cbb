package org.crescent.jit;

import org.crescent.runtime.LuaArithmetic;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * Small helpers that compiled code calls (HotSpot inlines them): number conversions and the
 * exact comparisons of an integer with a float. Public because the generated classes live in
 * this package only as hidden classes and reach these as ordinary static methods.
 */
public final class JitSupport {
    private JitSupport() {}

    /**
     * -Dcrescent.jit.exits=true counts, per instruction, where compiled code hands over to the
     * interpreter, by wrapping the compiled code ({@link CountingCode}) instead of adding code to
     * it: the generated methods keep their sizes, so functions are cut into the same regions
     * (region changes are not counted). The 40 most frequent are printed at shutdown.
     */
    static final boolean EXIT_STATISTICS = Boolean.getBoolean("crescent.jit.exits");
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> EXITS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static {
        if (EXIT_STATISTICS) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> EXITS.entrySet().stream()
                    .sorted((x, y) -> Long.compare(y.getValue().sum(), x.getValue().sum())).limit(40)
                    .forEach(entry -> System.err.println("crescent.jit exit " + entry.getValue().sum() + " " + entry.getKey()))));
        }
    }

    /** Counts one exit at the instruction {@code where} names (with {@link #EXIT_STATISTICS}). */
    static void countExit(String where) {
        EXITS.computeIfAbsent(where, key -> new java.util.concurrent.atomic.LongAdder()).increment();
    }

    /** A number's value as a float: tag INTEGER or FLOAT. */
    public static double toDouble(int tag, long bits) {
        return tag == Tag.INTEGER ? (double) bits : Double.longBitsToDouble(bits);
    }

    /** {@code x < y} for two numbers of which at least one is a float. */
    public static boolean lessThan(int leftTag, long left, int rightTag, long right) {
        if (leftTag == Tag.INTEGER) {
            return LuaArithmetic.lessThan(left, Double.longBitsToDouble(right));
        }
        if (rightTag == Tag.INTEGER) {
            return LuaArithmetic.lessThan(Double.longBitsToDouble(left), right);
        }
        return Double.longBitsToDouble(left) < Double.longBitsToDouble(right);
    }

    /** {@code x <= y} for two numbers of which at least one is a float. */
    public static boolean lessOrEqual(int leftTag, long left, int rightTag, long right) {
        if (leftTag == Tag.INTEGER) {
            return LuaArithmetic.lessOrEqual(left, Double.longBitsToDouble(right));
        }
        if (rightTag == Tag.INTEGER) {
            return LuaArithmetic.lessOrEqual(Double.longBitsToDouble(left), right);
        }
        return Double.longBitsToDouble(left) <= Double.longBitsToDouble(right);
    }

    /** Compiled code that counts where it hands over to the interpreter (EXIT_STATISTICS). */
    static final class CountingCode extends org.crescent.interpreter.CompiledCode {
        private final org.crescent.interpreter.CompiledCode code;
        private final org.crescent.bytecode.Prototype prototype;

        CountingCode(org.crescent.interpreter.CompiledCode code, org.crescent.bytecode.Prototype prototype) {
            this.code = code;
            this.prototype = prototype;
        }

        @Override
        public int run(org.crescent.interpreter.LuaThread thread, org.crescent.interpreter.CallFrame frame, int pc) {
            int exit = code.run(thread, frame, pc);
            if (exit >= 0 && exit != pc && exit < prototype.code.length) {
                countExit(prototype.source + ":" + prototype.lineDefined + " pc " + exit + " "
                        + org.crescent.bytecode.Opcode.values()[prototype.code[exit] & 0x7F].name() + " line " + prototype.lines[exit]);
            }
            return exit;
        }
    }

    /** Whether a float (raw bits) equals an integer exactly. */
    public static boolean floatEqualsInteger(long floatBits, long integer) {
        return LuaArithmetic.equal(integer, Double.longBitsToDouble(floatBits));
    }

    /** The key "__index" (the lexer makes every "__index" in Lua source this very object). */
    public static final org.crescent.runtime.LuaString INDEX_KEY = org.crescent.runtime.Metamethod.INDEX.key;
    private static final int NEWINDEX_BIT = 1 << org.crescent.runtime.Metamethod.NEWINDEX.ordinal();

    /**
     * Whether a store into a key of {@code table} that holds no value is a raw set: no
     * metatable, or one known to lack __newindex (its absence bit, as interpreter.FieldCache).
     */
    public static boolean storesRaw(LuaTable table) {
        LuaTable metatable = table.metatable;
        return metatable == null || (metatable.absentMetamethods & NEWINDEX_BIT) != 0;
    }

    /**
     * {@code table.findString(key)}, remembering a found slot as the site's first hint
     * ({@code hints[site]}, the previous one moving to {@code hints[site + 1]}).
     * When the table holds an equal but distinct string object as the key (a library table's
     * names are made apart from the chunk's constants), the constant replaces it: strings are
     * values, so nothing can tell, and the identity checks of hints then succeed.
     */
    public static int findString(LuaTable table, org.crescent.runtime.LuaString key, int[] hints, int site) {
        int slot = table.findString(key);
        if (slot >= 0) {
            hints[site + 1] = hints[site]; // two hints per site, the most recent first
            hints[site] = slot;
            if (table.keyRefs[slot] != key) {
                table.keyRefs[slot] = key;
            }
        }
        return slot;
    }

    private static final int LEN_BIT = 1 << org.crescent.runtime.Metamethod.LEN.ordinal();

    /** Whether {@code #table} is the raw length: no metatable, or one known to lack __len (its absence bit). */
    public static boolean lacksLength(LuaTable table) {
        LuaTable metatable = table.metatable;
        return metatable == null || (metatable.absentMetamethods & LEN_BIT) != 0;
    }

    /** Whether a missing key of {@code table} reads as nil with no metamethod involved (no metatable, not weak). */
    public static boolean isPlain(LuaTable table) {
        return table.metatable == null && !table.isWeak();
    }

    // ---- the cold halves of table reads and writes, kept out of the generated methods ----

    /**
     * GETTABLE/GETI with an integer key whose array slot is nil or outside the array part: the
     * raw value into stack slot {@code slot} when no __index can apply (a plain table); false,
     * nothing written, otherwise (the instruction exits).
     */
    public static boolean getIntegerIfPlain(org.crescent.interpreter.LuaThread thread, LuaTable table, long key, int slot) {
        if (!isPlain(table)) {
            return false;
        }
        table.getInteger(key, thread.tags, thread.bits, thread.refs, slot);
        return true;
    }

    /**
     * GETTABLE with a string key in a register: the table's own value, nil on a miss of a plain
     * table, else the __index chain through the instruction's cache ({@code TierSupport.index});
     * the result in stack slot {@code slot}. False, nothing written, for what the cache declines.
     */
    public static boolean getString(org.crescent.interpreter.LuaThread thread, org.crescent.interpreter.CallFrame frame,
                                    int pc, LuaTable table, org.crescent.runtime.LuaString key, int slot) {
        int found = table.findString(key);
        if (found >= 0) {
            byte tag = table.valueTags[found];
            if (tag != Tag.NIL) {
                thread.tags[slot] = tag;
                thread.bits[slot] = table.valueBits[found];
                if (tag >= Tag.STRING) {
                    thread.refs[slot] = table.valueRefs[found];
                }
                return true;
            }
        }
        if (isPlain(table)) {
            thread.tags[slot] = Tag.NIL;
            return true;
        }
        return org.crescent.interpreter.TierSupport.index(thread, frame, pc, Tag.TABLE, table, key, slot);
    }

    /**
     * SETTABLE with a string key in a register: in place when the key holds a non-nil value,
     * else a raw set when no __newindex can apply; false, nothing changed, otherwise.
     */
    public static boolean setString(LuaTable table, org.crescent.runtime.LuaString key, int tag, long bits, Object ref) {
        int found = table.findString(key);
        if (found >= 0 && table.valueTags[found] != Tag.NIL) {
            table.valueTags[found] = (byte) tag;
            table.valueBits[found] = bits;
            table.valueRefs[found] = tag >= Tag.STRING ? ref : null;
            return true;
        }
        if (!storesRaw(table)) {
            return false;
        }
        table.setString(key, (byte) tag, bits, ref);
        return true;
    }

    /** SETTABLE/SETI with an integer key outside the array part: a raw set when no __newindex can apply, else false. */
    public static boolean setIntegerIfRaw(LuaTable table, long key, int tag, long bits, Object ref) {
        if (!storesRaw(table)) {
            return false;
        }
        table.setInteger(key, (byte) tag, bits, ref);
        return true;
    }

    /**
     * GETTABLE off its inline path (a key other than an integer in the array part, or a nil
     * array slot): integer keys as {@link #getIntegerIfPlain}, string keys as {@link #getString};
     * false, nothing written, for other keys (the instruction exits).
     */
    public static boolean get(org.crescent.interpreter.LuaThread thread, org.crescent.interpreter.CallFrame frame, int pc,
                              LuaTable table, int keyTag, long keyBits, Object keyRef, int slot) {
        if (keyTag == Tag.INTEGER) {
            return getIntegerIfPlain(thread, table, keyBits, slot);
        }
        if (keyTag == Tag.STRING) {
            return getString(thread, frame, pc, table, (org.crescent.runtime.LuaString) keyRef, slot);
        }
        return false;
    }

    /**
     * SETTABLE off its inline path (a key other than an integer within the array part): integer
     * keys as {@link #setIntegerIfRaw}, string keys as {@link #setString}; false, nothing
     * changed, for other keys (the instruction exits).
     */
    public static boolean set(LuaTable table, int keyTag, long keyBits, Object keyRef, int tag, long bits, Object ref) {
        if (keyTag == Tag.INTEGER) {
            return setIntegerIfRaw(table, keyBits, tag, bits, ref);
        }
        if (keyTag == Tag.STRING) {
            return setString(table, (org.crescent.runtime.LuaString) keyRef, tag, bits, ref);
        }
        return false;
    }
}
