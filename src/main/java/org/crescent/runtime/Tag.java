package org.crescent.runtime;

/**
 * The type tag of a Lua value, stored as a {@code byte} beside its payload (see DESIGN.md).
 * Invariant: NIL and FALSE are the only falsy tags and they are the two smallest, so
 * truthiness is a single comparison ({@code tag > FALSE}); INTEGER and FLOAT are adjacent
 * so "is a number" is a range check.
 */
public final class Tag {
    public static final byte NIL = 0;
    public static final byte FALSE = 1;
    public static final byte TRUE = 2;
    public static final byte INTEGER = 3;
    public static final byte FLOAT = 4;
    public static final byte STRING = 5;
    public static final byte TABLE = 6;
    public static final byte FUNCTION = 7;
    public static final byte USERDATA = 8;
    public static final byte THREAD = 9;
    /** Number of tags; arrays indexed by tag have this length. */
    public static final int COUNT = 10;

    private Tag() {}

    public static boolean isTruthy(byte tag) {
        return tag > FALSE;
    }

    public static boolean isNumber(byte tag) {
        return tag == INTEGER || tag == FLOAT;
    }

    public static byte ofBoolean(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The name {@code type()} returns for a value with this tag. */
    public static String typeName(byte tag) {
        switch (tag) {
            case NIL: return "nil";
            case FALSE: case TRUE: return "boolean";
            case INTEGER: case FLOAT: return "number";
            case STRING: return "string";
            case TABLE: return "table";
            case FUNCTION: return "function";
            case USERDATA: return "userdata";
            case THREAD: return "thread";
            default: throw new IllegalArgumentException("bad tag " + tag);
        }
    }
}
