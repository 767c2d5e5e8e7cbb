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
     * -Dcrescent.jit.exitStats=true counts the exits of compiled code per instruction and prints
     * the counts at shutdown (a profiling aid; off, the generated code has no trace of it).
     */
    static final boolean EXIT_STATS = Boolean.getBoolean("crescent.jit.exitStats");
    private static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> EXITS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static {
        if (EXIT_STATS) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> EXITS.entrySet().stream()
                    .sorted((x, y) -> Long.compare(y.getValue().sum(), x.getValue().sum())).limit(40)
                    .forEach(entry -> System.err.println("crescent.jit exit " + entry.getValue().sum() + " " + entry.getKey()))));
        }
    }

    /** Counts one exit at the instruction {@code where} names (with {@link #EXIT_STATS}). */
    public static void countExit(String where) {
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

    /** Whether a float (raw bits) equals an integer exactly. */
    public static boolean floatEqualsInteger(long floatBits, long integer) {
        return LuaArithmetic.equal(integer, Double.longBitsToDouble(floatBits));
    }

    /** Whether a missing key of {@code table} reads as nil with no metamethod involved (no metatable, not weak). */
    public static boolean isPlain(LuaTable table) {
        return table.metatable == null && !table.isWeak();
    }
}
