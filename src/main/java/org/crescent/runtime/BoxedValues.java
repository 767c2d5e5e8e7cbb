package org.crescent.runtime;

/**
 * Conversions between boxed Java objects and tag / bits / ref values, for the convenience
 * methods of {@link LuaTable} (libraries, tests; never hot paths). Boxed form: null = nil,
 * Boolean, Long, Double, LuaString, other references as themselves. Integer, Short and Byte
 * are accepted as integers, Float as a float, and a Java String becomes a LuaString (UTF-8).
 * References of a class unknown here are tagged USERDATA: the function and coroutine
 * classes must be added to {@link #tagOf} when they exist.
 */
final class BoxedValues {
    private BoxedValues() {}

    static byte tagOf(Object value) {
        if (value == null) return Tag.NIL;
        if (value instanceof Boolean) return Tag.ofBoolean((Boolean) value);
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Tag.INTEGER;
        }
        if (value instanceof Double || value instanceof Float) return Tag.FLOAT;
        if (value instanceof LuaString || value instanceof String) return Tag.STRING;
        if (value instanceof LuaTable) return Tag.TABLE;
        return Tag.USERDATA;
    }

    static long bitsOf(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return Double.doubleToRawLongBits(((Number) value).doubleValue());
        }
        if (value instanceof Number) return ((Number) value).longValue();
        return 0;
    }

    static Object refOf(Object value) {
        if (value instanceof String) return LuaString.of((String) value);
        return tagOf(value) >= Tag.STRING ? value : null;
    }

    static Object box(byte tag, long bits, Object ref) {
        switch (tag) {
            case Tag.NIL: return null;
            case Tag.FALSE: return Boolean.FALSE;
            case Tag.TRUE: return Boolean.TRUE;
            case Tag.INTEGER: return bits;
            case Tag.FLOAT: return Double.longBitsToDouble(bits);
            default: return ref;
        }
    }
}
