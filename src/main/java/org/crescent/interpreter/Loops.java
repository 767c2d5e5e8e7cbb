package org.crescent.interpreter;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.NumberParser;
import org.crescent.runtime.Tag;

/**
 * Numeric for-loop preparation and float steps, with Lua 5.4's rules: an integer loop
 * precomputes its iteration count (so it never overflows), a float loop compares each step.
 * Layout: R[A] internal index, R[A+1] limit (then the count), R[A+2] step, R[A+3] control variable.
 */
final class Loops {
    private Loops() {}

    /** FORPREP: returns true when the loop must be skipped. */
    static boolean prepare(LuaThread thread, byte[] tags, long[] bits, int ra) {
        if (tags[ra] == Tag.INTEGER && tags[ra + 2] == Tag.INTEGER) {
            long init = bits[ra];
            long step = bits[ra + 2];
            if (step == 0) {
                throw Errors.runtime(thread, "'for' step is zero");
            }
            tags[ra + 3] = Tag.INTEGER;
            bits[ra + 3] = init;
            if (tags[ra + 1] != Tag.INTEGER && integerLimit(thread, tags, bits, ra, step)) {
                return true;
            }
            long limit = bits[ra + 1];
            if (step > 0 ? init > limit : init < limit) {
                return true;
            }
            return storeCount(bits, ra, init, limit, step);
        }
        double limit = toNumber(thread, tags[ra + 1], bits[ra + 1], thread.refs[ra + 1], "limit");
        double step = toNumber(thread, tags[ra + 2], bits[ra + 2], thread.refs[ra + 2], "step");
        double init = toNumber(thread, tags[ra], bits[ra], thread.refs[ra], "initial value");
        if (step == 0) {
            throw Errors.runtime(thread, "'for' step is zero");
        }
        if (step > 0 ? limit < init : init < limit) {
            return true;
        }
        tags[ra] = Tag.FLOAT;
        bits[ra] = Double.doubleToRawLongBits(init);
        tags[ra + 1] = Tag.FLOAT;
        bits[ra + 1] = Double.doubleToRawLongBits(limit);
        tags[ra + 2] = Tag.FLOAT;
        bits[ra + 2] = Double.doubleToRawLongBits(step);
        tags[ra + 3] = Tag.FLOAT;
        bits[ra + 3] = Double.doubleToRawLongBits(init);
        return false;
    }

    /**
     * C Lua's forlimit for a non-integer limit: writes the integer limit into R[A+1], or returns
     * true when the loop cannot run (a float limit beyond the integers on the wrong side, NaN).
     */
    private static boolean integerLimit(LuaThread thread, byte[] tags, long[] bits, int ra, long step) {
        Object ref = thread.refs[ra + 1];
        if (tags[ra + 1] == Tag.STRING) {
            NumberParser.Result parsed = NumberParser.parse((LuaString) ref);
            if (parsed != null && parsed.tag == Tag.INTEGER) {
                bits[ra + 1] = parsed.bits;
                return false;
            }
        }
        double floatLimit = toNumber(thread, tags[ra + 1], bits[ra + 1], ref, "limit");
        if (Double.isNaN(floatLimit)) {
            return true;
        }
        double rounded = step < 0 ? Math.ceil(floatLimit) : Math.floor(floatLimit);
        long limit;
        if (rounded >= -0x1p63 && rounded < 0x1p63) {
            limit = (long) rounded;
        } else if (floatLimit > 0) {
            if (step < 0) return true;
            limit = Long.MAX_VALUE;
        } else {
            if (step > 0) return true;
            limit = Long.MIN_VALUE;
        }
        bits[ra + 1] = limit;
        return false;
    }

    /** Replaces the limit by the number of remaining iterations (unsigned arithmetic). */
    private static boolean storeCount(long[] bits, int ra, long init, long limit, long step) {
        long count;
        if (step > 0) {
            count = limit - init;
            if (step != 1) {
                count = Long.divideUnsigned(count, step);
            }
        } else {
            count = init - limit;
            count = Long.divideUnsigned(count, -(step + 1) + 1L);
        }
        bits[ra + 1] = count;
        return false;
    }

    private static double toNumber(LuaThread thread, byte tag, long bits, Object ref, String what) {
        if (tag == Tag.INTEGER) return bits;
        if (tag == Tag.FLOAT) return Double.longBitsToDouble(bits);
        if (tag == Tag.STRING) {
            NumberParser.Result parsed = NumberParser.parse((LuaString) ref);
            if (parsed != null) {
                return parsed.tag == Tag.INTEGER ? parsed.bits : Double.longBitsToDouble(parsed.bits);
            }
        }
        throw Errors.runtime(thread, "bad 'for' " + what + " (number expected, got "
                + Errors.typeNameForMessage(thread, tag, ref) + ")");
    }

    /** FORLOOP for a float loop: returns true to jump back. */
    static boolean floatLoop(byte[] tags, long[] bits, int ra) {
        double step = Double.longBitsToDouble(bits[ra + 2]);
        double limit = Double.longBitsToDouble(bits[ra + 1]);
        double index = Double.longBitsToDouble(bits[ra]) + step;
        if (step > 0 ? index <= limit : limit <= index) {
            bits[ra] = Double.doubleToRawLongBits(index);
            tags[ra + 3] = Tag.FLOAT;
            bits[ra + 3] = Double.doubleToRawLongBits(index);
            return true;
        }
        return false;
    }
}
