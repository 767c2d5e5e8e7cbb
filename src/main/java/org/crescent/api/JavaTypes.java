package org.crescent.api;

import java.util.List;
import java.util.Map;

/**
 * Converts a value from Lua (as {@link Lua#get} gives it) to a Java type a method declares:
 * numbers to any primitive number type (integral types only from integral values), a one
 * character string to char, tables to {@link Map} or {@link List}, nil to the zero value of
 * a primitive. Used where Java code asks for a type, as interface methods implemented in Lua.
 */
final class JavaTypes {
    private JavaTypes() {}

    static Object convert(Object value, Class<?> type) {
        if (type == void.class || type == Void.class) {
            return null;
        }
        if (value == null) {
            return type.isPrimitive() ? zero(type) : null;
        }
        if (type.isInstance(value)) {
            return value;
        }
        Class<?> boxed = box(type);
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number) {
            Number number = (Number) value;
            if (boxed == Double.class) return number.doubleValue();
            if (boxed == Float.class) return number.floatValue();
            long integral = integral(number, type);
            if (boxed == Long.class) return integral;
            if (boxed == Integer.class && integral == (int) integral) return (int) integral;
            if (boxed == Short.class && integral == (short) integral) return (short) integral;
            if (boxed == Byte.class && integral == (byte) integral) return (byte) integral;
        }
        if (boxed == Character.class && value instanceof String && ((String) value).length() == 1) {
            return ((String) value).charAt(0);
        }
        if (type == String.class && value instanceof Number) {
            return value.toString();
        }
        if (type == List.class && value instanceof LuaTableView) {
            return ((LuaTableView) value).asList();
        }
        throw new ClassCastException("cannot convert a Lua " + describe(value) + " to " + type.getName());
    }

    private static long integral(Number number, Class<?> type) {
        if (number instanceof Long) {
            return number.longValue();
        }
        double real = number.doubleValue();
        if (real == Math.rint(real) && real >= -0x1p63 && real < 0x1p63) {
            return (long) real;
        }
        throw new ClassCastException("number has no integer representation for " + type.getName() + ": " + number);
    }

    private static String describe(Object value) {
        if (value instanceof String) return "string";
        if (value instanceof Number) return "number";
        if (value instanceof Boolean) return "boolean";
        if (value instanceof LuaTableView) return "table";
        if (value instanceof LuaCallable) return "function";
        return "value of " + value.getClass().getName();
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) return false;
        if (type == char.class) return '\0';
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0;
        if (type == float.class) return 0.0f;
        if (type == short.class) return (short) 0;
        if (type == byte.class) return (byte) 0;
        return 0;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) return type;
        if (type == boolean.class) return Boolean.class;
        if (type == char.class) return Character.class;
        if (type == long.class) return Long.class;
        if (type == int.class) return Integer.class;
        if (type == double.class) return Double.class;
        if (type == float.class) return Float.class;
        if (type == short.class) return Short.class;
        return Byte.class;
    }
}
