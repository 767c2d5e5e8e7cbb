package org.crescent.stdlib;

import org.crescent.interpreter.Compare;
import org.crescent.interpreter.Conversions;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * The math library (manual section 6.7) as lua5.4 has it, including the functions C Lua
 * keeps under LUA_COMPAT_MATHLIB (Debian's lua5.4 is built with them: atan2, cosh, sinh,
 * tanh, pow, frexp, ldexp, log10). Integer arguments stay integers where C Lua keeps them
 * (abs, floor, ceil, fmod, modf, max, min); floats follow C's libm, with NaN signs as x86
 * glibc produces them. Each runtime has its own {@link XoshiroGenerator}.
 */
public final class MathLib {
    private static final LuaString INTEGER_NAME = LuaString.of("integer");
    private static final LuaString FLOAT_NAME = LuaString.of("float");

    private MathLib() {}

    public static void open(GlobalState global) {
        XoshiroGenerator generator = new XoshiroGenerator(timeSeed(), addressSeed(global.mainThread));
        Library.create(global, "math")
                .registerAll(Function.values(), generator)
                .set("pi", Tag.FLOAT, Double.doubleToRawLongBits(Math.PI), null)
                .set("huge", Tag.FLOAT, Double.doubleToRawLongBits(Double.POSITIVE_INFINITY), null)
                .set("maxinteger", Tag.INTEGER, Long.MAX_VALUE, null)
                .set("mininteger", Tag.INTEGER, Long.MIN_VALUE, null);
    }

    /** The registration table: the functions in lmathlib.c's order; each carries the runtime's generator. */
    enum Function implements LibraryFunction, JavaFunction.FastCall {
        ABS, ACOS, ASIN, ATAN, CEIL, COS, DEG, EXP, TOINTEGER, FLOOR, FMOD, ULT, LOG, MAX, MIN, MODF, RAD,
        SIN, SQRT, TAN, TYPE, ATAN2, COSH, SINH, TANH, POW, FREXP, LDEXP, LOG10, RANDOM, RANDOMSEED;

        @Override
        public JavaFunction.FastCall fastCall() {
            return this == SQRT || this == ABS || this == FLOOR ? this : null;
        }

        @Override
        public boolean call(LuaThread thread, int slot, int argumentCount) {
            return switch (this) {
                case SQRT -> fastSqrt(thread, slot, argumentCount);
                case ABS -> fastAbs(thread, slot, argumentCount);
                case FLOOR -> fastFloor(thread, slot, argumentCount);
                default -> false;
            };
        }

        /**
         * Kept under HotSpot's FreqInlineSize (325 bytes of bytecode) so that a call site that
         * sees only math functions inlines it: the one-argument float functions share one arm.
         */
        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case ABS -> abs(thread, count);
                case ACOS, ASIN, COS, DEG, EXP, RAD, SIN, SQRT, TAN, COSH, SINH, TANH, LOG10 ->
                        pushFloat(thread, apply(thread.checkNumber(1)));
                case ATAN, ATAN2 -> atan(thread, count);
                case CEIL -> ceil(thread, count);
                case TOINTEGER -> tointeger(thread, count);
                case FLOOR -> floor(thread, count);
                case FMOD -> fmod(thread, count);
                case ULT -> ult(thread, count);
                case LOG -> log(thread, count);
                case MAX -> max(thread, count);
                case MIN -> min(thread, count);
                case MODF -> modf(thread, count);
                case TYPE -> type(thread, count);
                case POW -> pow(thread, count);
                case FREXP -> frexp(thread, count);
                case LDEXP -> ldexp(thread, count);
                case RANDOM -> random(thread, count);
                case RANDOMSEED -> randomSeed(thread, count);
            };
        }

        /** A one-argument float function of {@code x}. */
        private double apply(double x) {
            return switch (this) {
                case ACOS -> MathFunctions.acos(x);
                case ASIN -> MathFunctions.asin(x);
                case COS -> MathFunctions.cos(x);
                case DEG -> x * (180.0 / Math.PI);
                case EXP -> Math.exp(x);
                case RAD -> x * (Math.PI / 180.0);
                case SIN -> MathFunctions.sin(x);
                case SQRT -> Math.sqrt(x);
                case TAN -> MathFunctions.tan(x);
                case COSH -> Math.cosh(x);
                case SINH -> Math.sinh(x);
                case TANH -> Math.tanh(x);
                case LOG10 -> MathFunctions.log10(x);
                default -> throw new IllegalStateException(name() + " is not a one-argument float function");
            };
        }
    }

    private static int pushFloat(LuaThread thread, double value) {
        thread.pushFloat(value);
        return 1;
    }

    /** C Lua's pushnumint: an integer when the float has an integral value that fits, else the float. */
    private static void pushIntegerIfExact(LuaThread thread, double value) {
        if (value >= -0x1p63 && value < 0x1p63) {
            thread.pushInteger((long) value);
        } else {
            thread.pushFloat(value);
        }
    }

    // Frameless paths for compiled callers (JavaFunction.FastCall): numbers only; strings
    // (which convert) and errors take the functions above.

    static boolean fastSqrt(LuaThread thread, int slot, int argumentCount) {
        byte tag = argumentCount < 1 ? Tag.NIL : thread.tags[slot + 1];
        long bits = thread.bits[slot + 1];
        if (tag == Tag.FLOAT) {
            thread.bits[slot] = Double.doubleToRawLongBits(Math.sqrt(Double.longBitsToDouble(bits)));
        } else if (tag == Tag.INTEGER) {
            thread.bits[slot] = Double.doubleToRawLongBits(Math.sqrt((double) bits));
        } else {
            return false;
        }
        thread.tags[slot] = Tag.FLOAT;
        return true;
    }

    static boolean fastAbs(LuaThread thread, int slot, int argumentCount) {
        byte tag = argumentCount < 1 ? Tag.NIL : thread.tags[slot + 1];
        long bits = thread.bits[slot + 1];
        if (tag == Tag.INTEGER) {
            thread.bits[slot] = bits < 0 ? -bits : bits;
        } else if (tag == Tag.FLOAT) {
            thread.bits[slot] = bits & Long.MAX_VALUE;
        } else {
            return false;
        }
        thread.tags[slot] = tag;
        return true;
    }

    static boolean fastFloor(LuaThread thread, int slot, int argumentCount) {
        byte tag = argumentCount < 1 ? Tag.NIL : thread.tags[slot + 1];
        long bits = thread.bits[slot + 1];
        if (tag == Tag.INTEGER) {
            thread.bits[slot] = bits;
            thread.tags[slot] = Tag.INTEGER;
            return true;
        }
        if (tag != Tag.FLOAT) {
            return false;
        }
        double value = Math.floor(Double.longBitsToDouble(bits));
        if (value >= -0x1p63 && value < 0x1p63) {
            thread.bits[slot] = (long) value;
            thread.tags[slot] = Tag.INTEGER;
        } else {
            thread.bits[slot] = Double.doubleToRawLongBits(value);
            thread.tags[slot] = Tag.FLOAT;
        }
        return true;
    }

    static int abs(LuaThread thread, int argumentCount) {
        if (thread.argumentTag(1) == Tag.INTEGER) {
            long value = thread.integerArgument(1);
            thread.pushInteger(value < 0 ? -value : value); // wraps for mininteger, as C Lua
        } else {
            double value = thread.checkNumber(1);
            thread.pushFloat(Double.longBitsToDouble(Double.doubleToRawLongBits(value) & Long.MAX_VALUE));
        }
        return 1;
    }

    static int atan(LuaThread thread, int argumentCount) {
        double y = thread.checkNumber(1);
        double x = thread.optNumber(2, 1);
        thread.pushFloat(StrictMath.atan2(y, x));
        return 1;
    }

    static int floor(LuaThread thread, int argumentCount) {
        if (thread.argumentTag(1) == Tag.INTEGER) {
            thread.pushArgument(1);
        } else {
            pushIntegerIfExact(thread, Math.floor(thread.checkNumber(1)));
        }
        return 1;
    }

    static int ceil(LuaThread thread, int argumentCount) {
        if (thread.argumentTag(1) == Tag.INTEGER) {
            thread.pushArgument(1);
        } else {
            pushIntegerIfExact(thread, Math.ceil(thread.checkNumber(1)));
        }
        return 1;
    }

    static int fmod(LuaThread thread, int argumentCount) {
        if (thread.argumentTag(1) == Tag.INTEGER && thread.argumentTag(2) == Tag.INTEGER) {
            long divisor = thread.integerArgument(2);
            if (divisor == 0) {
                throw thread.argumentError(2, "zero");
            }
            // -1 is special-cased so that mininteger % -1 cannot trap
            thread.pushInteger(divisor == -1 ? 0 : thread.integerArgument(1) % divisor);
        } else {
            // lua5.4 (gcc) evaluates the two luaL_checknumber calls of its fmod(...) call right to
            // left: with both arguments bad, the error names argument #2.
            double divisor = thread.checkNumber(2);
            thread.pushFloat(MathFunctions.fmod(thread.checkNumber(1), divisor));
        }
        return 1;
    }

    static int modf(LuaThread thread, int argumentCount) {
        if (thread.argumentTag(1) == Tag.INTEGER) {
            thread.pushArgument(1);
            thread.pushFloat(0.0);
        } else {
            double value = thread.checkNumber(1);
            double integral = value < 0 ? Math.ceil(value) : Math.floor(value);
            pushIntegerIfExact(thread, integral);
            thread.pushFloat(value == integral ? 0.0 : value - integral);
        }
        return 2;
    }

    static int ult(LuaThread thread, int argumentCount) {
        long left = thread.checkInteger(1);
        long right = thread.checkInteger(2);
        thread.pushBoolean(Long.compareUnsigned(left, right) < 0);
        return 1;
    }

    static int log(LuaThread thread, int argumentCount) {
        double x = thread.checkNumber(1);
        double result;
        if (thread.isNoneOrNil(2)) {
            result = MathFunctions.log(x);
        } else {
            double base = thread.checkNumber(2);
            if (base == 2.0) {
                result = MathFunctions.log2(x);
            } else if (base == 10.0) {
                result = MathFunctions.log10(x);
            } else {
                result = MathFunctions.log(x) / MathFunctions.log(base);
            }
        }
        thread.pushFloat(result);
        return 1;
    }

    static int pow(LuaThread thread, int argumentCount) {
        double x = thread.checkNumber(1);
        double y = thread.checkNumber(2);
        thread.pushFloat(MathFunctions.pow(x, y));
        return 1;
    }

    static int frexp(LuaThread thread, int argumentCount) {
        double value = thread.checkNumber(1);
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            thread.pushFloat(value);
            thread.pushInteger(0);
            return 2;
        }
        int exponent = Math.getExponent(value);
        if (exponent < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
            value *= 0x1p64;
            exponent = Math.getExponent(value) - 64;
            thread.pushFloat(Math.scalb(value, -(exponent + 64) - 1));
        } else {
            thread.pushFloat(Math.scalb(value, -exponent - 1));
        }
        thread.pushInteger(exponent + 1);
        return 2;
    }

    static int ldexp(LuaThread thread, int argumentCount) {
        double value = thread.checkNumber(1);
        int exponent = (int) thread.checkInteger(2);
        thread.pushFloat(Math.scalb(value, exponent));
        return 1;
    }

    static int tointeger(LuaThread thread, int argumentCount) {
        byte tag = thread.argumentTag(1);
        long bits = tag == LuaThread.NONE ? 0 : thread.integerArgument(1);
        if (tag == Tag.STRING) {
            byte parsed = Conversions.parseNumber((LuaString) thread.refArgument(1), thread.scratch, 0);
            if (parsed != Tag.NIL) {
                tag = parsed;
                bits = thread.scratch[0];
            }
        }
        if (tag == Tag.INTEGER) {
            thread.pushInteger(bits);
            return 1;
        }
        if (tag == Tag.FLOAT && org.crescent.runtime.LuaArithmetic.hasIntegerValue(Double.longBitsToDouble(bits))) {
            thread.pushInteger((long) Double.longBitsToDouble(bits));
            return 1;
        }
        thread.checkAny(1);
        thread.pushNil();
        return 1;
    }

    static int type(LuaThread thread, int argumentCount) {
        byte tag = thread.argumentTag(1);
        if (tag == Tag.INTEGER) {
            thread.pushString(INTEGER_NAME);
        } else if (tag == Tag.FLOAT) {
            thread.pushString(FLOAT_NAME);
        } else {
            thread.checkAny(1);
            thread.pushNil();
        }
        return 1;
    }

    static int min(LuaThread thread, int argumentCount) {
        if (argumentCount < 1) {
            throw thread.argumentError(1, "value expected");
        }
        int best = thread.slot(1);
        for (int n = 2; n <= argumentCount; n++) {
            int candidate = thread.slot(n);
            if (Compare.lessThan(thread, candidate, best)) {
                best = candidate;
            }
        }
        thread.pushSlot(best);
        return 1;
    }

    static int max(LuaThread thread, int argumentCount) {
        if (argumentCount < 1) {
            throw thread.argumentError(1, "value expected");
        }
        int best = thread.slot(1);
        for (int n = 2; n <= argumentCount; n++) {
            int candidate = thread.slot(n);
            if (Compare.lessThan(thread, best, candidate)) {
                best = candidate;
            }
        }
        thread.pushSlot(best);
        return 1;
    }

    static int random(LuaThread thread, int argumentCount) {
        XoshiroGenerator generator = (XoshiroGenerator) LibraryFunction.state(thread);
        long random = generator.next();
        long low;
        long up;
        switch (argumentCount) {
            case 0:
                thread.pushFloat(XoshiroGenerator.toFloat(random));
                return 1;
            case 1:
                low = 1;
                up = thread.checkInteger(1);
                if (up == 0) {
                    thread.pushInteger(random);
                    return 1;
                }
                break;
            case 2:
                low = thread.checkInteger(1);
                up = thread.checkInteger(2);
                break;
            default:
                throw thread.error("wrong number of arguments");
        }
        if (low > up) {
            throw thread.argumentError(1, "interval is empty");
        }
        thread.pushInteger(generator.project(random, up - low) + low);
        return 1;
    }

    static int randomSeed(LuaThread thread, int argumentCount) {
        XoshiroGenerator generator = (XoshiroGenerator) LibraryFunction.state(thread);
        if (argumentCount == 0) {
            return randomSeed(thread, generator);
        }
        long first = thread.checkInteger(1);
        long second = thread.optInteger(2, 0);
        generator.seed(first, second);
        thread.pushInteger(first);
        thread.pushInteger(second);
        return 2;
    }

    /** C Lua's randseed: the time in seconds and an address-like value of the running state. */
    private static int randomSeed(LuaThread thread, XoshiroGenerator generator) {
        long first = timeSeed();
        long second = addressSeed(thread);
        generator.seed(first, second);
        thread.pushInteger(first);
        thread.pushInteger(second);
        return 2;
    }

    private static long timeSeed() {
        return System.currentTimeMillis() / 1000;
    }

    /** Stands for C Lua's address of the state: varies between runs. */
    private static long addressSeed(LuaThread thread) {
        return System.nanoTime() ^ ((long) System.identityHashCode(thread) << 24);
    }
}
