package org.crescent.interpreter;

import org.crescent.runtime.LuaArithmetic;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * Conversions between Lua values that the interpreter and libraries need (manual section
 * 3.4.3): numbers to strings, strings to numbers (coercion), floats to integers. The number
 * rules themselves are in {@link LuaNumbers} and {@link LuaArithmetic}.
 */
public final class Conversions {
    private Conversions() {}

    public static LuaString numberToString(byte tag, long bits) {
        return tag == Tag.INTEGER
                ? LuaNumbers.toLuaString(bits)
                : LuaNumbers.toLuaString(Double.longBitsToDouble(bits));
    }

    /**
     * Parses a string as a Lua numeral into {@code bits[slot]}, returning INTEGER or FLOAT, or
     * NIL when it is not a numeral (the slot is then untouched).
     */
    public static byte parseNumber(LuaString text, long[] bits, int slot) {
        return LuaNumbers.parse(text, bits, slot);
    }

    static long checkIntegerSlow(ThreadStack stack, int n, byte tag) {
        double value;
        if (tag == Tag.FLOAT) {
            value = stack.floatArgument(n);
        } else if (tag == Tag.STRING) {
            byte parsed = LuaNumbers.parse((LuaString) stack.refArgument(n), stack.scratch, 0);
            if (parsed == Tag.INTEGER) {
                return stack.scratch[0];
            }
            if (parsed != Tag.FLOAT) {
                throw stack.typeError(n, "number");
            }
            value = Double.longBitsToDouble(stack.scratch[0]);
        } else {
            throw stack.typeError(n, "number");
        }
        if (LuaArithmetic.hasIntegerValue(value)) {
            return (long) value;
        }
        throw stack.argumentError(n, "number has no integer representation");
    }

    static double checkNumberSlow(ThreadStack stack, int n, byte tag) {
        if (tag == Tag.STRING) {
            byte parsed = LuaNumbers.parse((LuaString) stack.refArgument(n), stack.scratch, 0);
            if (parsed == Tag.INTEGER) {
                return stack.scratch[0];
            }
            if (parsed == Tag.FLOAT) {
                return Double.longBitsToDouble(stack.scratch[0]);
            }
        }
        throw stack.typeError(n, "number");
    }
}
