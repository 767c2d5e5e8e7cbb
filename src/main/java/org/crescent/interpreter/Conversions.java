package org.crescent.interpreter;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.NumberFormat;
import org.crescent.runtime.NumberParser;
import org.crescent.runtime.Tag;

/**
 * Conversions between Lua values the interpreter and libraries need: numbers to strings,
 * strings to numbers (coercion), floats to integers. Invariant: results follow the Lua 5.4
 * manual's rules (section 3.4.3) exactly.
 */
public final class Conversions {
    private Conversions() {}

    public static LuaString numberToString(byte tag, long bits) {
        return tag == Tag.INTEGER
                ? NumberFormat.integerToString(bits)
                : NumberFormat.floatToString(Double.longBitsToDouble(bits));
    }

    /** Float to integer when the float has an exact integer value (math.tointeger). */
    public static boolean floatFitsInteger(double value) {
        return value >= -0x1p63 && value < 0x1p63 && value == Math.floor(value);
    }

    static long checkIntegerSlow(ThreadStack stack, int n, byte tag) {
        if (tag == Tag.FLOAT) {
            double value = stack.floatArgument(n);
            if (floatFitsInteger(value)) {
                return (long) value;
            }
            throw stack.argumentError(n, "number has no integer representation");
        }
        if (tag == Tag.STRING) {
            NumberParser.Result parsed = NumberParser.parse((LuaString) stack.refArgument(n));
            if (parsed != null) {
                if (parsed.tag == Tag.INTEGER) {
                    return parsed.bits;
                }
                double value = Double.longBitsToDouble(parsed.bits);
                if (floatFitsInteger(value)) {
                    return (long) value;
                }
                throw stack.argumentError(n, "number has no integer representation");
            }
        }
        throw stack.typeError(n, "number");
    }

    static double checkNumberSlow(ThreadStack stack, int n, byte tag) {
        if (tag == Tag.STRING) {
            NumberParser.Result parsed = NumberParser.parse((LuaString) stack.refArgument(n));
            if (parsed != null) {
                return parsed.tag == Tag.INTEGER ? parsed.bits : Double.longBitsToDouble(parsed.bits);
            }
        }
        throw stack.typeError(n, "number");
    }
}
