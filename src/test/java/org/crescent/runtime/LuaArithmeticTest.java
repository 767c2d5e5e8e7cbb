package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LuaArithmeticTest {
    private static String integer(long value) {
        return "i:" + value;
    }

    private static String floating(double value) {
        return "f:" + Double.doubleToRawLongBits(value);
    }

    private static double bitsToDouble(String text) {
        return Double.longBitsToDouble(Long.parseLong(text));
    }

    @Test
    void matchesReference() {
        ReferenceCases cases = new ReferenceCases();
        for (String[] row : ReferenceCases.read(getClass(), "arithmetic.txt")) {
            String input = String.join(" ", row);
            switch (row[0]) {
                case "ii": {
                    long a = Long.parseLong(row[1]);
                    long b = Long.parseLong(row[2]);
                    cases.checkEqual(row[3], b == 0 ? "error" : integer(LuaArithmetic.floorDivide(a, b)), input + " //");
                    cases.checkEqual(row[4], b == 0 ? "error" : integer(LuaArithmetic.modulo(a, b)), input + " %");
                    cases.checkEqual(row[5], integer(LuaArithmetic.shiftLeft(a, b)), input + " <<");
                    cases.checkEqual(row[6], integer(LuaArithmetic.shiftRight(a, b)), input + " >>");
                    break;
                }
                case "ff": {
                    double a = bitsToDouble(row[1]);
                    double b = bitsToDouble(row[2]);
                    cases.checkEqual(row[3], floating(LuaArithmetic.floorDivide(a, b)), input + " //");
                    cases.checkEqual(row[4], floating(LuaArithmetic.modulo(a, b)), input + " %");
                    // glibc's pow and Java's are not correctly rounded in the same places:
                    // a last-bit difference is the documented tolerance, the sign of NaN is not
                    long expectedPower = Long.parseLong(row[5].substring(2));
                    long actualPower = Double.doubleToRawLongBits(LuaArithmetic.power(a, b));
                    cases.check(Math.abs(expectedPower - actualPower) <= 1,
                            input + " ^: expected " + row[5] + " got " + actualPower);
                    break;
                }
                case "if": {
                    long i = Long.parseLong(row[1]);
                    double x = bitsToDouble(row[2]);
                    cases.checkEqual(row[3], String.valueOf(LuaArithmetic.lessThan(i, x)), input + " i<x");
                    cases.checkEqual(row[4], String.valueOf(LuaArithmetic.lessOrEqual(i, x)), input + " i<=x");
                    cases.checkEqual(row[5], String.valueOf(LuaArithmetic.lessThan(x, i)), input + " x<i");
                    cases.checkEqual(row[6], String.valueOf(LuaArithmetic.lessOrEqual(x, i)), input + " x<=i");
                    cases.checkEqual(row[7], String.valueOf(LuaArithmetic.equal(i, x)), input + " i==x");
                    break;
                }
                case "f": {
                    double x = bitsToDouble(row[1]);
                    cases.checkEqual(row[2], LuaArithmetic.hasIntegerValue(x) ? integer((long) x) : "nil", input + " tointeger");
                    cases.checkEqual(row[3], LuaArithmetic.floorFits(x) ? integer((long) Math.floor(x)) : "nil", input + " floor");
                    cases.checkEqual(row[4], LuaArithmetic.ceilFits(x) ? integer((long) Math.ceil(x)) : "nil", input + " ceil");
                    break;
                }
                case "for": {
                    long init = Long.parseLong(row[1]);
                    double limit = bitsToDouble(row[2]);
                    long step = Long.parseLong(row[3]);
                    cases.checkEqual(row[4] + " " + row[5] + " " + row[6], simulateLoop(init, limit, step), input);
                    break;
                }
                default:
                    throw new IllegalStateException(row[0]);
            }
        }
        cases.finish();
    }

    /** Runs an integer for loop as the interpreter will, reporting what the script recorded. */
    private static String simulateLoop(long init, double limit, long step) {
        List<String> seen = new ArrayList<>();
        int iterations = 0;
        if (!LuaArithmetic.forLimitSkips(init, limit, step)) {
            long integerLimit = LuaArithmetic.forLimit(limit, step);
            assertFalse(LuaArithmetic.forSkips(init, integerLimit, step));
            long count = LuaArithmetic.forIterationCount(init, integerLimit, step);
            long value = init;
            while (true) {
                iterations++;
                if (seen.size() < 3) seen.add(Long.toString(value));
                if (iterations > 5) break;
                if (count-- == 0) break;
                value += step;
            }
        }
        return seen.size() + " " + (iterations > 5 ? "many" : Integer.toString(iterations)) + " " + String.join(",", seen);
    }

    @Test
    void integerLoopCounts() {
        assertEquals(9, LuaArithmetic.forIterationCount(1, 10, 1));
        assertEquals(4, LuaArithmetic.forIterationCount(1, 10, 2));
        assertEquals(-1L, LuaArithmetic.forIterationCount(Long.MIN_VALUE, Long.MAX_VALUE, 1));
        assertEquals(-1L, LuaArithmetic.forIterationCount(Long.MAX_VALUE, Long.MIN_VALUE, -1));
        assertEquals(1, LuaArithmetic.forIterationCount(Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE));
        assertTrue(LuaArithmetic.forSkips(2, 1, 1));
        assertTrue(LuaArithmetic.forSkips(1, 2, -1));
    }
}
