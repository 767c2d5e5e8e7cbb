package org.crescent.interpreter;

import org.crescent.runtime.LuaArithmetic;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * Numeric for-loop preparation and float steps, with Lua 5.4's rules: an integer loop
 * precomputes its iteration count (so it never overflows), a float loop compares each step.
 * Layout: R[A] internal index, R[A+1] limit (then the count), R[A+2] step, R[A+3] control variable.
 */
final class Loops {
    private Loops() {}

    /**
     * FORPREP: returns true when the loop must be skipped. The all-integer case is kept small so
     * that inlining it into the dispatch loop costs little of HotSpot's inlining budget for that
     * method (DesiredMethodLimit, 8000 bytes of bytecode including the loop itself).
     */
    static boolean prepare(LuaThread thread, byte[] tags, long[] bits, int ra) {
        if (tags[ra] == Tag.INTEGER && tags[ra + 1] == Tag.INTEGER && tags[ra + 2] == Tag.INTEGER) {
            long init = bits[ra];
            long limit = bits[ra + 1];
            long step = bits[ra + 2];
            if (step != 0) {
                tags[ra + 3] = Tag.INTEGER;
                bits[ra + 3] = init;
                if (step > 0 ? init > limit : init < limit) {
                    return true;
                }
                bits[ra + 1] = LuaArithmetic.forIterationCount(init, limit, step);
                return false;
            }
        }
        return prepareGeneral(thread, tags, bits, ra);
    }

    /** FORPREP with a zero step, float or string operands, or a non-integer limit. */
    private static boolean prepareGeneral(LuaThread thread, byte[] tags, long[] bits, int ra) {
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
        if (tags[ra + 1] == Tag.STRING && Conversions.parseNumber((LuaString) ref, bits, ra + 1) == Tag.INTEGER) {
            return false;
        }
        double floatLimit = toNumber(thread, tags[ra + 1], bits[ra + 1], ref, "limit");
        if (LuaArithmetic.forLimitSkips(bits[ra], floatLimit, step)) {
            return true;
        }
        bits[ra + 1] = LuaArithmetic.forLimit(floatLimit, step);
        return false;
    }

    /** Replaces the limit by the number of remaining iterations (unsigned arithmetic). */
    private static boolean storeCount(long[] bits, int ra, long init, long limit, long step) {
        bits[ra + 1] = LuaArithmetic.forIterationCount(init, limit, step);
        return false;
    }

    private static double toNumber(LuaThread thread, byte tag, long bits, Object ref, String what) {
        if (tag == Tag.INTEGER) return bits;
        if (tag == Tag.FLOAT) return Double.longBitsToDouble(bits);
        if (tag == Tag.STRING) {
            byte parsed = Conversions.parseNumber((LuaString) ref, thread.scratch, 0);
            if (parsed == Tag.INTEGER) {
                return thread.scratch[0];
            }
            if (parsed == Tag.FLOAT) {
                return Double.longBitsToDouble(thread.scratch[0]);
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

    /**
     * TFORCALL whose iterator R[A] is {@code next} or ipairs' step function, over a table in
     * R[A+1] with the control value in R[A+2]: writes the {@code wanted} results to R[A+4]...
     * as the call would (nil-padded) and returns true. Returns false, leaving the real call to
     * be made, whenever the call could behave differently: hooks are set (call events), the
     * state is not a plain table, ipairs meets a nil under a metatable (__index), the control
     * is not an integer, or next gets a key the table does not hold (its error) or a weak table.
     */
    static boolean iterateTable(LuaThread thread, byte[] tags, long[] bits, Object[] refs, int ra, int wanted) {
        if (tags[ra + 1] != Tag.TABLE || thread.hookMask != 0) {
            return false;
        }
        LuaTable table = (LuaTable) refs[ra + 1];
        int out = ra + 4;
        if (((LuaFunction) refs[ra]).kind == LuaFunction.KIND_IPAIRS_STEP) {
            if (tags[ra + 2] != Tag.INTEGER) {
                return false;
            }
            long index = bits[ra + 2] + 1;
            table.getInteger(index, tags, bits, refs, out + 1);
            if (tags[out + 1] == Tag.NIL) {
                if (table.metatable != null) {
                    return false;
                }
                tags[out] = Tag.NIL;
            } else {
                tags[out] = Tag.INTEGER;
                bits[out] = index;
            }
        } else {
            if (table.isWeak()) {
                return false;
            }
            int position = table.nextPositionOrInvalid(tags[ra + 2], bits[ra + 2], refs[ra + 2]);
            if (position == LuaTable.INVALID_KEY) {
                return false;
            }
            if (position < 0) {
                tags[out] = Tag.NIL;
                tags[out + 1] = Tag.NIL;
            } else {
                int size = table.arrayTags.length;
                if (position < size) {
                    tags[out] = Tag.INTEGER;
                    bits[out] = position + 1L;
                    copy(table.arrayTags, table.arrayBits, table.arrayRefs, position, tags, bits, refs, out + 1);
                } else {
                    int slot = position - size;
                    copy(table.keyTags, table.keyBits, table.keyRefs, slot, tags, bits, refs, out);
                    copy(table.valueTags, table.valueBits, table.valueRefs, slot, tags, bits, refs, out + 1);
                }
            }
        }
        for (int n = 2; n < wanted; n++) {
            tags[out + n] = Tag.NIL;
        }
        return true;
    }

    private static void copy(byte[] fromTags, long[] fromBits, Object[] fromRefs, int from,
                             byte[] tags, long[] bits, Object[] refs, int to) {
        byte tag = fromTags[from];
        tags[to] = tag;
        bits[to] = fromBits[from];
        if (tag >= Tag.STRING) refs[to] = fromRefs[from];
    }
}
