package org.crescent.compiler;

import java.util.Arrays;
import java.util.Map;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * The constant table of one function under construction, in the three parallel arrays a
 * {@link org.crescent.bytecode.Prototype} keeps. Lookups go through the cache shared by the
 * whole chunk (C Lua's scanner table): a cached index is reused only if this function's entry
 * at that index really holds the same value, otherwise a new entry is added and the cache
 * re-pointed, exactly as C Lua's {@code addk}.
 */
final class FunctionConstants {
    private final Map<Object, Integer> cache;
    private byte[] tags = new byte[16];
    private long[] bits = new long[16];
    private Object[] objects = new Object[16];
    private int count;

    FunctionConstants(Map<Object, Integer> cache) {
        this.cache = cache;
    }

    boolean isShortString(int index) {
        return index < count && tags[index] == Tag.STRING && ((LuaString) objects[index]).length() <= 40;
    }

    int string(LuaString value) {
        return add(value, Tag.STRING, 0, value);
    }

    int integer(long value) {
        return add(value, Tag.INTEGER, value, null);
    }

    /**
     * A float constant. A float with an integral value must not share the integer's cache
     * key, so it is keyed by itself plus its smallest significant fraction, as C Lua does.
     */
    int number(double value) {
        long bitsOfValue = Double.doubleToRawLongBits(value);
        if (!isIntegral(value)) return add(value, Tag.FLOAT, bitsOfValue, null);
        double q = Math.scalb(1.0, -52);
        double key = value == 0 ? q : value + value * q;
        return add(normalizedKey(key), Tag.FLOAT, bitsOfValue, null);
    }

    int bool(boolean value) {
        return add(value, value ? Tag.TRUE : Tag.FALSE, 0, null);
    }

    int nil() {
        return add(Compilation.NIL_KEY, Tag.NIL, 0, null);
    }

    /** A float key with an integral value is an integer key in a Lua table. */
    private static Object normalizedKey(double key) {
        return isIntegral(key) ? (Object) (long) key : (Object) key;
    }

    private static boolean isIntegral(double value) {
        return value == Math.floor(value) && value >= -0x1p63 && value < 0x1p63;
    }

    private int add(Object key, byte tag, long valueBits, Object object) {
        Integer cached = cache.get(key);
        if (cached != null) {
            int index = cached;
            if (index < count && tags[index] == tag && sameValue(index, tag, valueBits, object)) {
                return index;
            }
        }
        if (count == tags.length) {
            tags = Arrays.copyOf(tags, count * 2);
            bits = Arrays.copyOf(bits, count * 2);
            objects = Arrays.copyOf(objects, count * 2);
        }
        tags[count] = tag;
        bits[count] = valueBits;
        objects[count] = object;
        cache.put(key, count);
        return count++;
    }

    private boolean sameValue(int index, byte tag, long valueBits, Object object) {
        return switch (tag) {
            case Tag.STRING -> objects[index].equals(object);
            case Tag.FLOAT -> Double.longBitsToDouble(bits[index]) == Double.longBitsToDouble(valueBits);
            default -> bits[index] == valueBits;
        };
    }

    byte[] tags() {
        return Arrays.copyOf(tags, count);
    }

    long[] bits() {
        return Arrays.copyOf(bits, count);
    }

    Object[] objects() {
        return Arrays.copyOf(objects, count);
    }
}
