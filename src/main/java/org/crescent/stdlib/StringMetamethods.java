package org.crescent.stdlib;

import java.util.Locale;
import org.crescent.interpreter.Arith;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The arithmetic metamethods of the string metatable (lstrlib.c's stringmetamethods): since
 * Lua 5.4 the coercion of numeral strings in arithmetic lives here, not in the VM. Each
 * converts both operands (numbers as they are, strings that are whole numerals) and computes
 * as the VM would; otherwise it defers to the second operand's metamethod, or raises
 * "attempt to add a 'string' with a 'table'" as C Lua does. Stateless.
 */
final class StringMetamethods {
    /** Not an {@link Arith} operation: unary minus. */
    private static final int UNARY_MINUS = -1;

    private StringMetamethods() {}

    /** A new string metatable holding the arithmetic metamethods (the caller adds __index). */
    static LuaTable create() {
        return new Library(new LuaTable()).registerAll(Event.values()).table();
    }

    /** The metamethods, in lstrlib.c's order: each an arithmetic event with its operation. */
    enum Event implements LibraryFunction {
        ADD(Arith.ADD), SUB(Arith.SUB), MUL(Arith.MUL), MOD(Arith.MOD), POW(Arith.POW), DIV(Arith.DIV),
        IDIV(Arith.IDIV), UNM(UNARY_MINUS);

        private final int operation;
        /** The event's name in messages ("attempt to add ..."). */
        private final String event;
        private final LuaString key;

        Event(int operation) {
            this.operation = operation;
            this.event = name().toLowerCase(Locale.ROOT);
            this.key = LuaString.of("__" + event);
        }

        @Override
        public String luaName() {
            return "__" + event;
        }

        @Override
        public int call(LuaThread thread, int count) {
            return arithmetic(thread, operation, event, key);
        }
    }

    /** lstrlib.c's arith: both operands as numbers, or trymt. */
    private static int arithmetic(LuaThread thread, int operation, String event, LuaString key) {
        thread.ensureCapacity(4);
        int left = thread.top;
        if (toNumber(thread, 1, left) && secondNumber(thread, left + 1)) {
            compute(thread, operation, left);
            thread.top = left + 1;
            return 1;
        }
        return deferToSecond(thread, event, key, left);
    }

    /** tonum: writes argument {@code n} as a number into {@code slot}; false if it is none. */
    private static boolean toNumber(LuaThread thread, int n, int slot) {
        byte tag = thread.argumentTag(n);
        if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
            thread.tags[slot] = tag;
            thread.bits[slot] = thread.integerArgument(n);
            return true;
        }
        if (tag != Tag.STRING) return false;
        byte parsed = LuaNumbers.parse((LuaString) thread.refArgument(n), thread.bits, slot);
        thread.tags[slot] = parsed;
        return parsed != Tag.NIL;
    }

    /**
     * tonum of argument 2. C's tonum pushes the converted first operand, so with a single
     * argument "argument 2" is that number: {@code __add("1")} is 2, {@code __unm("4")} -4.
     */
    private static boolean secondNumber(LuaThread thread, int slot) {
        if (thread.argumentCount() >= 2) return toNumber(thread, 2, slot);
        thread.copySlot(slot - 1, slot);
        return true;
    }

    /** lua_arith on the two numbers in {@code slot} and {@code slot + 1}; the result goes to {@code slot}. */
    private static void compute(LuaThread thread, int operation, int slot) {
        byte leftTag = thread.tags[slot];
        long left = thread.bits[slot];
        byte rightTag = thread.tags[slot + 1];
        long right = thread.bits[slot + 1];
        if (operation == UNARY_MINUS) {
            if (rightTag == Tag.INTEGER) {
                thread.bits[slot] = -right;
            } else {
                thread.bits[slot] = Double.doubleToRawLongBits(-Double.longBitsToDouble(right));
            }
            thread.tags[slot] = rightTag;
            return;
        }
        if (leftTag == Tag.INTEGER && rightTag == Tag.INTEGER && operation != Arith.POW && operation != Arith.DIV) {
            if (right == 0 && operation == Arith.IDIV) throw Errors.runtime(thread, "attempt to divide by zero");
            if (right == 0 && operation == Arith.MOD) throw Errors.runtime(thread, "attempt to perform 'n%0'");
            thread.bits[slot] = Arith.integerArithmetic(operation, left, right);
            return;
        }
        double result = Arith.floatArithmetic(operation, Arith.toDouble(leftTag, left), Arith.toDouble(rightTag, right));
        thread.tags[slot] = Tag.FLOAT;
        thread.bits[slot] = Double.doubleToRawLongBits(result);
    }

    /**
     * trymt: the second operand's own metamethod for the event, called with both operands;
     * an error when that operand is a string or has none.
     */
    private static int deferToSecond(LuaThread thread, String event, LuaString key, int slot) {
        byte secondTag = thread.argumentTag(2);
        if (secondTag == Tag.STRING || secondTag == LuaThread.NONE
                || !Metatables.loadField(thread, secondTag, thread.refArgument(2), key, slot)) {
            throw thread.error("attempt to " + event + " a '" + typeName(thread.argumentTag(1))
                    + "' with a '" + typeName(secondTag) + "'");
        }
        thread.top = slot + 1;
        thread.pushArgument(1);
        thread.pushArgument(2);
        thread.call(slot, 2, 1);
        thread.top = slot + 1;
        return 1;
    }

    private static String typeName(byte tag) {
        return tag == LuaThread.NONE ? "nil" : Tag.typeName(tag);
    }
}
