package org.crescent.interpreter;

import static org.crescent.bytecode.Instruction.a;
import static org.crescent.bytecode.Instruction.b;
import static org.crescent.bytecode.Instruction.c;
import static org.crescent.bytecode.Instruction.k;

import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.OpcodeNumbers;
import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaArithmetic;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Metamethod;
import org.crescent.runtime.Tag;

/**
 * Arithmetic and bitwise operations with Lua 5.4's integer/float rules, and their metamethod
 * fallbacks. Operations are numbered as metamethod events minus {@link #FIRST_EVENT}
 * (ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR).
 */
public final class Arith {
    static final int FIRST_EVENT = Metamethod.ADD.ordinal();
    public static final int ADD = 0, SUB = 1, MUL = 2, MOD = 3, POW = 4, DIV = 5, IDIV = 6,
            BAND = 7, BOR = 8, BXOR = 9, SHL = 10, SHR = 11;

    private Arith() {}

    /** The operation an arithmetic opcode performs. */
    static int operationOf(int opcode) {
        if (opcode >= OpcodeNumbers.ADD && opcode <= OpcodeNumbers.SHR) {
            return opcode - OpcodeNumbers.ADD;
        }
        if (opcode >= OpcodeNumbers.ADDK && opcode <= OpcodeNumbers.BXORK) {
            return opcode - OpcodeNumbers.ADDK;
        }
        return ADD; // ADDI
    }

    /** Whether a value is an integer or a float with an exact integer value (luaV_tointegerns). */
    static boolean fitsInteger(byte tag, long bits) {
        return tag == Tag.INTEGER || (tag == Tag.FLOAT && LuaArithmetic.hasIntegerValue(Double.longBitsToDouble(bits)));
    }

    /** The integer value of a number for which {@link #fitsInteger} holds. */
    static long toInteger(byte tag, long bits) {
        return tag == Tag.INTEGER ? bits : (long) Double.longBitsToDouble(bits);
    }

    public static double toDouble(byte tag, long bits) {
        return tag == Tag.INTEGER ? (double) bits : Double.longBitsToDouble(bits);
    }

    /**
     * Performs {@code operation} of an opcode on two numbers, writing R[ra]. Returns false when an
     * operand is not a number (or an integer operation cannot proceed), leaving the metamethod
     * instruction that follows to handle it.
     */
    static boolean arithmetic(int opcode, byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        int operation = operationOf(opcode);
        if (operation >= BAND) {
            if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER) {
                tags[ra] = Tag.INTEGER;
                bits[ra] = bitwise(operation, left, right);
                return true;
            }
            if (!fitsInteger(leftTag, left) || !fitsInteger(rightTag, right)) {
                return false;
            }
            tags[ra] = Tag.INTEGER;
            bits[ra] = bitwise(operation, toInteger(leftTag, left), toInteger(rightTag, right));
            return true;
        }
        if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER && operation != POW && operation != DIV) {
            if ((operation == MOD || operation == IDIV) && right == 0) {
                return false;
            }
            tags[ra] = Tag.INTEGER;
            bits[ra] = integerArithmetic(operation, left, right);
            return true;
        }
        if (!Tag.isNumber(leftTag) || !Tag.isNumber(rightTag)) {
            return false;
        }
        tags[ra] = Tag.FLOAT;
        bits[ra] = Double.doubleToRawLongBits(floatArithmetic(operation, toDouble(leftTag, left), toDouble(rightTag, right)));
        return true;
    }

    // ---- fast paths: one small method per operation, inlined into the dispatch loop ----
    // Each writes R[ra] and returns true when both operands are numbers (and, for integer
    // division and modulo, the divisor is not integer zero); false leaves the MMBIN that
    // follows to call a metamethod or raise the error. Integer pairs stay integers (wrapping),
    // anything else is computed in floats, exactly as Lua 5.4's lvm.c arith macros.

    /** Both tags are numbers: INTEGER and FLOAT are adjacent, so each difference is 0 or 1. */
    static boolean numbers(byte leftTag, byte rightTag) {
        return (((leftTag - Tag.INTEGER) | (rightTag - Tag.INTEGER)) & ~1) == 0;
    }

    private static boolean storeFloat(byte[] tags, long[] bits, int ra, double value) {
        tags[ra] = Tag.FLOAT;
        bits[ra] = Double.doubleToRawLongBits(value);
        return true;
    }

    static boolean add(byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER) {
            tags[ra] = Tag.INTEGER;
            bits[ra] = left + right;
            return true;
        }
        return numbers(leftTag, rightTag) && storeFloat(tags, bits, ra, toDouble(leftTag, left) + toDouble(rightTag, right));
    }

    static boolean subtract(byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER) {
            tags[ra] = Tag.INTEGER;
            bits[ra] = left - right;
            return true;
        }
        return numbers(leftTag, rightTag) && storeFloat(tags, bits, ra, toDouble(leftTag, left) - toDouble(rightTag, right));
    }

    static boolean multiply(byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER) {
            tags[ra] = Tag.INTEGER;
            bits[ra] = left * right;
            return true;
        }
        return numbers(leftTag, rightTag) && storeFloat(tags, bits, ra, toDouble(leftTag, left) * toDouble(rightTag, right));
    }

    static boolean divide(byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        return numbers(leftTag, rightTag) && storeFloat(tags, bits, ra, toDouble(leftTag, left) / toDouble(rightTag, right));
    }

    static boolean power(byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        return numbers(leftTag, rightTag)
                && storeFloat(tags, bits, ra, LuaArithmetic.power(toDouble(leftTag, left), toDouble(rightTag, right)));
    }

    static boolean modulo(byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER) {
            if (right == 0) return false;
            tags[ra] = Tag.INTEGER;
            bits[ra] = LuaArithmetic.modulo(left, right);
            return true;
        }
        return numbers(leftTag, rightTag)
                && storeFloat(tags, bits, ra, LuaArithmetic.modulo(toDouble(leftTag, left), toDouble(rightTag, right)));
    }

    static boolean floorDivide(byte[] tags, long[] bits, int ra, byte leftTag, long left, byte rightTag, long right) {
        if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER) {
            if (right == 0) return false;
            tags[ra] = Tag.INTEGER;
            bits[ra] = LuaArithmetic.floorDivide(left, right);
            return true;
        }
        return numbers(leftTag, rightTag)
                && storeFloat(tags, bits, ra, LuaArithmetic.floorDivide(toDouble(leftTag, left), toDouble(rightTag, right)));
    }

    /** SHRI and SHLI. */
    static boolean shiftImmediate(int opcode, byte[] tags, long[] bits, int ra, byte tag, long value, int immediate) {
        long operand;
        if (tag == Tag.INTEGER) {
            operand = value;
        } else if (tag == Tag.FLOAT && LuaArithmetic.hasIntegerValue(Double.longBitsToDouble(value))) {
            operand = (long) Double.longBitsToDouble(value);
        } else {
            return false;
        }
        tags[ra] = Tag.INTEGER;
        bits[ra] = opcode == OpcodeNumbers.SHRI ? LuaArithmetic.shiftRight(operand, immediate) : LuaArithmetic.shiftLeft(immediate, operand);
        return true;
    }

    public static long integerArithmetic(int operation, long x, long y) {
        switch (operation) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case MOD: return LuaArithmetic.modulo(x, y);
            case IDIV: return LuaArithmetic.floorDivide(x, y);
            default: return bitwise(operation, x, y);
        }
    }

    public static double floatArithmetic(int operation, double x, double y) {
        switch (operation) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case DIV: return x / y;
            case POW: return LuaArithmetic.power(x, y);
            case IDIV: return LuaArithmetic.floorDivide(x, y);
            case MOD: return LuaArithmetic.modulo(x, y);
            default: throw new IllegalArgumentException("operation " + operation);
        }
    }

    public static long bitwise(int operation, long x, long y) {
        switch (operation) {
            case BAND: return x & y;
            case BOR: return x | y;
            case BXOR: return x ^ y;
            case SHL: return LuaArithmetic.shiftLeft(x, y);
            case SHR: return LuaArithmetic.shiftRight(x, y);
            default: throw new IllegalArgumentException("operation " + operation);
        }
    }

    /** MMBIN, MMBINI, MMBINK: the operation failed on its operands; try metamethods or raise. */
    static void metamethodFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        Prototype prototype = frame.closure.prototype;
        int base = frame.base;
        int destination = base + a(prototype.code[frame.pc - 2]);
        Metamethod event = Metamethod.byNumber(c(instruction));
        int ra = base + a(instruction);
        byte leftTag = thread.tags[ra];
        long leftBits = thread.bits[ra];
        Object leftRef = thread.refs[ra];
        int leftSource = a(instruction);
        byte rightTag;
        long rightBits;
        Object rightRef;
        int rightSource = Integer.MIN_VALUE;
        int opcode = instruction & 0x7F;
        if (opcode == OpcodeNumbers.MMBIN) {
            int rb = base + b(instruction);
            rightTag = thread.tags[rb];
            rightBits = thread.bits[rb];
            rightRef = thread.refs[rb];
            rightSource = b(instruction);
        } else if (opcode == OpcodeNumbers.MMBINI) {
            rightTag = Tag.INTEGER;
            rightBits = b(instruction) - Instruction.OFFSET_SC;
            rightRef = null;
        } else {
            int index = b(instruction);
            rightTag = prototype.constantTags[index];
            rightBits = prototype.constantBits[index];
            rightRef = prototype.constantObjects[index];
        }
        if (opcode != OpcodeNumbers.MMBIN && k(instruction)) {
            byte tag = leftTag; leftTag = rightTag; rightTag = tag;
            long value = leftBits; leftBits = rightBits; rightBits = value;
            Object ref = leftRef; leftRef = rightRef; rightRef = ref;
            int source = leftSource; leftSource = rightSource; rightSource = source;
        }
        binary(thread, event, leftTag, leftBits, leftRef, rightTag, rightBits, rightRef, destination, leftSource, rightSource);
    }

    /** A binary operation that needs a metamethod (or raises C Lua's error); result to {@code destination}. */
    public static void binary(LuaThread thread, Metamethod event, byte leftTag, long leftBits, Object leftRef,
                              byte rightTag, long rightBits, Object rightRef, int destination, int leftSource, int rightSource) {
        int operation = event.ordinal() - FIRST_EVENT;
        if (event != Metamethod.CONCAT && Tag.isNumber(leftTag) && Tag.isNumber(rightTag)) {
            if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER && rightBits == 0) {
                if (operation == IDIV) throw Errors.runtime(thread, "attempt to divide by zero");
                if (operation == MOD) throw Errors.runtime(thread, "attempt to perform 'n%0'");
            }
        }
        int callSlot = Metatables.callSlot(thread);
        thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
        if (!Metatables.load(thread, leftTag, leftRef, event, callSlot)
                && !Metatables.load(thread, rightTag, rightRef, event, callSlot)) {
            throw operationError(thread, event, leftTag, leftBits, leftRef, rightTag, rightBits, rightRef, leftSource, rightSource);
        }
        Metatables.set(thread, callSlot + 1, leftTag, leftBits, leftRef);
        Metatables.set(thread, callSlot + 2, rightTag, rightBits, rightRef);
        thread.top = callSlot + 3;
        Continuations.callMetamethod(thread, callSlot, 2, CallFrame.CONTINUE_STORE, destination);
    }

    private static LuaError operationError(LuaThread thread, Metamethod event, byte leftTag, long leftBits, Object leftRef,
                                           byte rightTag, long rightBits, Object rightRef, int leftSource, int rightSource) {
        if (event == Metamethod.CONCAT) {
            boolean leftOk = leftTag == Tag.STRING || Tag.isNumber(leftTag);
            return leftOk
                    ? Metatables.typeError(thread, rightTag, rightRef, "concatenate", rightSource, Tag.NIL, null)
                    : Metatables.typeError(thread, leftTag, leftRef, "concatenate", leftSource, Tag.NIL, null);
        }
        boolean bitwise = event.ordinal() >= Metamethod.BAND.ordinal() && event.ordinal() <= Metamethod.SHR.ordinal()
                || event == Metamethod.BNOT;
        if (bitwise) {
            if (Tag.isNumber(leftTag) && Tag.isNumber(rightTag)) {
                boolean leftFits = fitsInteger(leftTag, leftBits);
                int source = leftFits ? rightSource : leftSource;
                return Errors.runtime(thread, "number" + sourceInfo(thread, source) + " has no integer representation");
            }
            boolean leftIsNumber = Tag.isNumber(leftTag);
            return leftIsNumber
                    ? Metatables.typeError(thread, rightTag, rightRef, "perform bitwise operation on", rightSource, Tag.NIL, null)
                    : Metatables.typeError(thread, leftTag, leftRef, "perform bitwise operation on", leftSource, Tag.NIL, null);
        }
        return Tag.isNumber(leftTag)
                ? Metatables.typeError(thread, rightTag, rightRef, "perform arithmetic on", rightSource, Tag.NIL, null)
                : Metatables.typeError(thread, leftTag, leftRef, "perform arithmetic on", leftSource, Tag.NIL, null);
    }

    private static String sourceInfo(LuaThread thread, int source) {
        if (source >= 0) {
            return FunctionNames.registerInfo(thread, source);
        }
        if (source != Integer.MIN_VALUE) {
            return FunctionNames.upvalueInfo(thread, -1 - source);
        }
        return "";
    }

    /** UNM, BNOT and LEN when the fast path did not apply. */
    static void unaryFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int ra = frame.base + a(instruction);
        int rb = frame.base + b(instruction);
        byte tag = thread.tags[rb];
        long bits = thread.bits[rb];
        Object ref = thread.refs[rb];
        int opcode = instruction & 0x7F;
        if (opcode == OpcodeNumbers.LEN) {
            length(thread, tag, bits, ref, ra, b(instruction));
            return;
        }
        if (opcode == OpcodeNumbers.BNOT) {
            if (tag == Tag.INTEGER) {
                Metatables.set(thread, ra, Tag.INTEGER, ~bits, null);
                return;
            }
            if (tag == Tag.FLOAT && LuaArithmetic.hasIntegerValue(Double.longBitsToDouble(bits))) {
                Metatables.set(thread, ra, Tag.INTEGER, ~(long) Double.longBitsToDouble(bits), null);
                return;
            }
            binary(thread, Metamethod.BNOT, tag, bits, ref, tag, bits, ref, ra, b(instruction), b(instruction));
            return;
        }
        binary(thread, Metamethod.UNM, tag, bits, ref, tag, bits, ref, ra, b(instruction), b(instruction));
    }

    /** The length operator on any value, result to {@code destination}. */
    public static void length(LuaThread thread, byte tag, long bits, Object ref, int destination, int source) {
        if (tag == Tag.STRING) {
            Metatables.set(thread, destination, Tag.INTEGER, ((LuaString) ref).length(), null);
            return;
        }
        LuaTable metatable = thread.global.metatable(tag, ref);
        int callSlot = Metatables.callSlot(thread);
        thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
        if (!Metatables.load(thread, tag, ref, Metamethod.LEN, callSlot)) {
            if (tag == Tag.TABLE) {
                Metatables.set(thread, destination, Tag.INTEGER, ((LuaTable) ref).length(), null);
                return;
            }
            throw Metatables.typeError(thread, tag, ref, "get length of", source, Tag.NIL, null);
        }
        Metatables.set(thread, callSlot + 1, tag, bits, ref);
        Metatables.set(thread, callSlot + 2, tag, bits, ref);
        thread.top = callSlot + 3;
        Continuations.callMetamethod(thread, callSlot, 2, CallFrame.CONTINUE_STORE, destination);
    }
}
