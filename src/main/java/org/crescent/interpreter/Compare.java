package org.crescent.interpreter;

import static org.crescent.bytecode.Instruction.a;
import static org.crescent.bytecode.Instruction.b;
import static org.crescent.bytecode.Instruction.c;

import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.OpcodeNumbers;
import org.crescent.runtime.LuaArithmetic;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Metamethod;
import org.crescent.runtime.Tag;

/**
 * Equality and order with Lua 5.4's rules: exact comparison of integers with floats, byte-wise
 * string order, and the __eq, __lt and __le metamethods. A slow path that calls a metamethod
 * lets the continuation finish the jump; otherwise it leaves the answer in
 * {@code thread.lastCondition}.
 */
public final class Compare {
    private Compare() {}

    /** Raw equality (rawequal, EQK): no metamethods. */
    public static boolean rawEquals(byte leftTag, long left, Object leftRef, byte rightTag, long right, Object rightRef) {
        if (leftTag != rightTag) {
            if (leftTag == Tag.INTEGER && rightTag == Tag.FLOAT) {
                return LuaArithmetic.equal(left, Double.longBitsToDouble(right));
            }
            if (leftTag == Tag.FLOAT && rightTag == Tag.INTEGER) {
                return LuaArithmetic.equal(right, Double.longBitsToDouble(left));
            }
            return false;
        }
        switch (leftTag) {
            case Tag.NIL: case Tag.FALSE: case Tag.TRUE: return true;
            case Tag.INTEGER: return left == right;
            case Tag.FLOAT: return Double.longBitsToDouble(left) == Double.longBitsToDouble(right);
            case Tag.STRING: return leftRef.equals(rightRef);
            default: return leftRef == rightRef;
        }
    }

    /** EQ with operands that were not both integers or both strings. Returns true if a metamethod ran. */
    static boolean equalFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int ra = frame.base + a(instruction);
        int rb = frame.base + b(instruction);
        byte leftTag = thread.tags[ra];
        byte rightTag = thread.tags[rb];
        Object leftRef = thread.refs[ra];
        Object rightRef = thread.refs[rb];
        if (leftTag != rightTag || (leftTag != Tag.TABLE && leftTag != Tag.USERDATA) || leftRef == rightRef) {
            thread.lastCondition = rawEquals(leftTag, thread.bits[ra], leftRef, rightTag, thread.bits[rb], rightRef);
            return false;
        }
        int callSlot = Metatables.callSlot(thread);
        thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
        if (!Metatables.load(thread, leftTag, leftRef, Metamethod.EQ, callSlot)
                && !Metatables.load(thread, rightTag, rightRef, Metamethod.EQ, callSlot)) {
            thread.lastCondition = false;
            return false;
        }
        thread.copySlot(ra, callSlot + 1);
        thread.copySlot(rb, callSlot + 2);
        thread.top = callSlot + 3;
        Continuations.callMetamethod(thread, callSlot, 2, CallFrame.CONTINUE_TEST, 0);
        return true;
    }

    /** LT ({@code lessThan}) or LE on two numbers, exactly (the dispatch loop's fast path). */
    static boolean numberOrder(boolean lessThan, byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.FLOAT && rightTag == Tag.FLOAT) {
            double x = Double.longBitsToDouble(left);
            double y = Double.longBitsToDouble(right);
            return lessThan ? x < y : x <= y;
        }
        return lessThan ? numberLess(leftTag, left, rightTag, right) : numberLessOrEqual(leftTag, left, rightTag, right);
    }

    /**
     * LTI, LEI, GTI or GEI with a float R[A]: the immediate (|n| < 2^8) converts to a float
     * exactly, so the float comparison is exact whether the immediate was written as an
     * integer or a float; NaN compares false.
     */
    static boolean floatImmediateOrder(int opcode, double value, int immediate) {
        switch (opcode) {
            case OpcodeNumbers.LTI: return value < immediate;
            case OpcodeNumbers.LEI: return value <= immediate;
            case OpcodeNumbers.GTI: return value > immediate;
            default: return value >= immediate;
        }
    }

    /** LT and LE when the operands were not both integers. */
    static boolean orderFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int ra = frame.base + a(instruction);
        int rb = frame.base + b(instruction);
        boolean lessThan = (instruction & 0x7F) == OpcodeNumbers.LT;
        return order(thread, lessThan, thread.tags[ra], thread.bits[ra], thread.refs[ra],
                thread.tags[rb], thread.bits[rb], thread.refs[rb]);
    }

    /** LTI, LEI, GTI and GEI when R[A] was not an integer. */
    static boolean orderImmediateFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int ra = frame.base + a(instruction);
        int immediate = b(instruction) - Instruction.OFFSET_SC;
        boolean immediateIsFloat = c(instruction) != 0;
        byte immediateTag = immediateIsFloat ? Tag.FLOAT : Tag.INTEGER;
        long immediateBits = immediateIsFloat ? Double.doubleToRawLongBits(immediate) : immediate;
        int opcode = instruction & 0x7F;
        boolean lessThan = opcode == OpcodeNumbers.LTI || opcode == OpcodeNumbers.GTI;
        if (opcode == OpcodeNumbers.LTI || opcode == OpcodeNumbers.LEI) {
            return order(thread, lessThan, thread.tags[ra], thread.bits[ra], thread.refs[ra], immediateTag, immediateBits, null);
        }
        return order(thread, lessThan, immediateTag, immediateBits, null, thread.tags[ra], thread.bits[ra], thread.refs[ra]);
    }

    private static boolean order(LuaThread thread, boolean lessThan, byte leftTag, long left, Object leftRef,
                                 byte rightTag, long right, Object rightRef) {
        if (Tag.isNumber(leftTag) && Tag.isNumber(rightTag)) {
            thread.lastCondition = lessThan ? numberLess(leftTag, left, rightTag, right) : numberLessOrEqual(leftTag, left, rightTag, right);
            return false;
        }
        if (leftTag == Tag.STRING && rightTag == Tag.STRING) {
            int comparison = ((LuaString) leftRef).compareTo((LuaString) rightRef);
            thread.lastCondition = lessThan ? comparison < 0 : comparison <= 0;
            return false;
        }
        Metamethod event = lessThan ? Metamethod.LT : Metamethod.LE;
        int callSlot = Metatables.callSlot(thread);
        thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
        if (!Metatables.load(thread, leftTag, leftRef, event, callSlot)
                && !Metatables.load(thread, rightTag, rightRef, event, callSlot)) {
            // lua5.4 is built with LUA_COMPAT_5_3, hence LUA_COMPAT_LT_LE: without __le,
            // a <= b is not (b < a), through either operand's __lt (the right one's first).
            if (lessThan || !Metatables.load(thread, rightTag, rightRef, Metamethod.LT, callSlot)
                    && !Metatables.load(thread, leftTag, leftRef, Metamethod.LT, callSlot)) {
                throw orderError(thread, leftTag, leftRef, rightTag, rightRef);
            }
            Metatables.set(thread, callSlot + 1, rightTag, right, rightRef);
            Metatables.set(thread, callSlot + 2, leftTag, left, leftRef);
            thread.top = callSlot + 3;
            Continuations.callMetamethod(thread, callSlot, 2, CallFrame.CONTINUE_TEST_NEGATED, 0);
            return true;
        }
        Metatables.set(thread, callSlot + 1, leftTag, left, leftRef);
        Metatables.set(thread, callSlot + 2, rightTag, right, rightRef);
        thread.top = callSlot + 3;
        Continuations.callMetamethod(thread, callSlot, 2, CallFrame.CONTINUE_TEST, 0);
        return true;
    }

    /**
     * {@code a < b} for the values in two stack slots, from Java code (table.sort): numbers,
     * strings, or __lt called as a nested call.
     */
    public static boolean lessThan(LuaThread thread, int left, int right) {
        byte leftTag = thread.tags[left];
        byte rightTag = thread.tags[right];
        if (Tag.isNumber(leftTag) && Tag.isNumber(rightTag)) {
            return numberLess(leftTag, thread.bits[left], rightTag, thread.bits[right]);
        }
        if (leftTag == Tag.STRING && rightTag == Tag.STRING) {
            return ((LuaString) thread.refs[left]).compareTo((LuaString) thread.refs[right]) < 0;
        }
        int result = callBinaryMetamethod(thread, Metamethod.LT, left, right);
        if (result < 0) {
            throw orderError(thread, leftTag, thread.refs[left], rightTag, thread.refs[right]);
        }
        return result == 1;
    }

    /**
     * Calls metamethod {@code event} of either operand as a nested call (Java callers); 1 or 0
     * for a true or false result, -1 when neither operand has it.
     */
    private static int callBinaryMetamethod(LuaThread thread, Metamethod event, int left, int right) {
        int callSlot = Math.max(thread.top, Math.max(left, right) + 1);
        thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
        if (!Metatables.load(thread, thread.tags[left], thread.refs[left], event, callSlot)
                && !Metatables.load(thread, thread.tags[right], thread.refs[right], event, callSlot)) {
            return -1;
        }
        thread.copySlot(left, callSlot + 1);
        thread.copySlot(right, callSlot + 2);
        int savedTop = thread.top;
        thread.top = callSlot + 3;
        thread.call(callSlot, 2, 1);
        thread.top = savedTop;
        return thread.tags[callSlot] > Tag.FALSE ? 1 : 0;
    }

    /** {@code a == b} for two stack slots from Java code, calling __eq when both are tables or userdata. */
    public static boolean equalFromJava(LuaThread thread, int left, int right) {
        byte leftTag = thread.tags[left];
        byte rightTag = thread.tags[right];
        Object leftRef = thread.refs[left];
        Object rightRef = thread.refs[right];
        if (leftTag != rightTag || (leftTag != Tag.TABLE && leftTag != Tag.USERDATA) || leftRef == rightRef) {
            return rawEquals(leftTag, thread.bits[left], leftRef, rightTag, thread.bits[right], rightRef);
        }
        return callBinaryMetamethod(thread, Metamethod.EQ, left, right) == 1;
    }

    static org.crescent.runtime.LuaError orderError(LuaThread thread, byte leftTag, Object leftRef, byte rightTag, Object rightRef) {
        String left = Errors.typeNameForMessage(thread, leftTag, leftRef);
        String right = Errors.typeNameForMessage(thread, rightTag, rightRef);
        if (left.equals(right)) {
            return Errors.runtime(thread, "attempt to compare two " + left + " values");
        }
        return Errors.runtime(thread, "attempt to compare " + left + " with " + right);
    }

    /** Exact {@code a < b} for two numbers of any subtypes (lvm.c LTnum). */
    public static boolean numberLess(byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.INTEGER) {
            if (rightTag == Tag.INTEGER) return left < right;
            return LuaArithmetic.lessThan(left, Double.longBitsToDouble(right));
        }
        double x = Double.longBitsToDouble(left);
        if (rightTag == Tag.FLOAT) return x < Double.longBitsToDouble(right);
        return LuaArithmetic.lessThan(x, right);
    }

    /** Exact {@code a <= b} (lvm.c LEnum). */
    public static boolean numberLessOrEqual(byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.INTEGER) {
            if (rightTag == Tag.INTEGER) return left <= right;
            return LuaArithmetic.lessOrEqual(left, Double.longBitsToDouble(right));
        }
        double x = Double.longBitsToDouble(left);
        if (rightTag == Tag.FLOAT) return x <= Double.longBitsToDouble(right);
        return LuaArithmetic.lessOrEqual(x, right);
    }
}
