package org.crescent.runtime;

/**
 * Lua 5.4's number semantics that Java's operators do not give directly (lvm.c, llimits.h):
 * float-to-integer conversions, exact comparisons between an integer and a float, floor
 * division and modulo with Lua's signs, shifts, exponentiation, and the numeric for-loop's
 * limit and iteration count. Stateless and allocation-free; errors such as a zero divisor are
 * left to the caller, which checks before calling.
 */
public final class LuaArithmetic {
    /** -2^63, the smallest float that converts to an integer. */
    private static final double MIN_INTEGER_FLOAT = -0x1p63;
    /** 2^63, the smallest float above every integer. */
    private static final double INTEGER_LIMIT_FLOAT = 0x1p63;
    /** Integers of at most this magnitude convert to floats exactly. */
    private static final long MAX_EXACT_FLOAT_INTEGER = 1L << 53;
    /** x86's default NaN, the result of invalid operations such as pow(-2, 0.5). */
    private static final double DEFAULT_NAN = Double.longBitsToDouble(0xFFF8000000000000L);

    private LuaArithmetic() {}

    // ---------------------------------------------------------------- float to integer

    /**
     * Whether a float has an exact integer value: integral and in [-2^63, 2^63) (the test
     * of {@code math.tointeger}, of float table keys and of integer-only operations). When
     * true, {@code (long) value} is that integer.
     */
    public static boolean hasIntegerValue(double value) {
        return value >= MIN_INTEGER_FLOAT && value < INTEGER_LIMIT_FLOAT && value == Math.floor(value);
    }

    /**
     * Whether an already integral float (a result of floor or ceil) is in integer range;
     * false for NaN.
     */
    public static boolean inIntegerRange(double integral) {
        return integral >= MIN_INTEGER_FLOAT && integral < INTEGER_LIMIT_FLOAT;
    }

    /** Whether floor(value) is a representable integer; then {@code (long) Math.floor(value)}. */
    public static boolean floorFits(double value) {
        return inIntegerRange(Math.floor(value));
    }

    /** Whether ceil(value) is a representable integer; then {@code (long) Math.ceil(value)}. */
    public static boolean ceilFits(double value) {
        return inIntegerRange(Math.ceil(value));
    }

    // ---------------------------------------------------------------- mixed comparisons

    /** Whether an integer converts to a float without rounding (|i| <= 2^53). */
    private static boolean fitsFloat(long i) {
        return i >= -MAX_EXACT_FLOAT_INTEGER && i <= MAX_EXACT_FLOAT_INTEGER;
    }

    /** {@code i < f}, exactly (false if f is NaN). */
    public static boolean lessThan(long i, double f) {
        if (fitsFloat(i)) return i < f;
        double ceil = Math.ceil(f);  // i < f  <=>  i < ceil(f)
        if (inIntegerRange(ceil)) return i < (long) ceil;
        return f > 0;
    }

    /** {@code i <= f}, exactly (false if f is NaN). */
    public static boolean lessOrEqual(long i, double f) {
        if (fitsFloat(i)) return i <= f;
        double floor = Math.floor(f);  // i <= f  <=>  i <= floor(f)
        if (inIntegerRange(floor)) return i <= (long) floor;
        return f > 0;
    }

    /** {@code f < i}, exactly (false if f is NaN). */
    public static boolean lessThan(double f, long i) {
        if (fitsFloat(i)) return f < i;
        double floor = Math.floor(f);  // f < i  <=>  floor(f) < i
        if (inIntegerRange(floor)) return (long) floor < i;
        return f < 0;
    }

    /** {@code f <= i}, exactly (false if f is NaN). */
    public static boolean lessOrEqual(double f, long i) {
        if (fitsFloat(i)) return f <= i;
        double ceil = Math.ceil(f);  // f <= i  <=>  ceil(f) <= i
        if (inIntegerRange(ceil)) return (long) ceil <= i;
        return f < 0;
    }

    /** {@code i == f}: equal only if f has exactly the integer value i. */
    public static boolean equal(long i, double f) {
        return hasIntegerValue(f) && (long) f == i;
    }

    // ---------------------------------------------------------------- arithmetic

    /**
     * Integer floor division {@code m // n} (rounding toward minus infinity). The caller
     * raises "attempt to divide by zero" (lua5.4's wording for integer // by 0) for n == 0;
     * n == -1 wraps like negation.
     */
    public static long floorDivide(long m, long n) {
        if (n == -1) return -m;
        long quotient = m / n;
        if ((m ^ n) < 0 && quotient * n != m) quotient--;
        return quotient;
    }

    /**
     * Integer modulo {@code m % n}, with the sign of n. The caller raises
     * "attempt to perform 'n%0'" for n == 0.
     */
    public static long modulo(long m, long n) {
        if (n == -1) return 0;
        long remainder = m % n;
        if (remainder != 0 && (remainder ^ n) < 0) remainder += n;
        return remainder;
    }

    /** Float modulo: C's fmod (Java's {@code %}), moved to the sign of the divisor. */
    public static double modulo(double m, double n) {
        double remainder = m % n;
        if (remainder > 0 ? n < 0 : (remainder < 0 && n > 0)) remainder += n;
        return remainder;
    }

    /** Float floor division: floor(m / n). */
    public static double floorDivide(double m, double n) {
        return Math.floor(m / n);
    }

    /**
     * {@code a ^ b}: C's pow as glibc computes it; b == 2 is a plain product, as in C Lua.
     * Java's Math.pow differs from glibc where the exact result is an ulp boundary case
     * (about one input in a thousand differs in the last bit: neither is correctly rounded
     * there), and in the special values handled here: C gives 1 for pow(1, NaN) and
     * pow(-1, +-inf), and NaN results carry the sign glibc gives them (printed "nan" or
     * "-nan").
     */
    public static double power(double a, double b) {
        if (b == 2) return a * a;
        if (b == 0 || a == 1) return 1;
        if (a != a || b != b) return nanPower(a, b);
        if (Double.isInfinite(b)) return a == -1 ? 1 : Math.pow(a, b);
        if (a < 0 && b != Math.rint(b) && a != Double.NEGATIVE_INFINITY) return DEFAULT_NAN;
        return Math.pow(a, b);
    }

    /**
     * pow with a NaN operand: glibc returns a + b when b is NaN (x86 keeps the first NaN
     * operand, sign included), and a*a, made positive for an odd integral b, when only a is.
     */
    private static double nanPower(double a, double b) {
        if (b != b) return a != a ? a : b;
        long bits = Double.doubleToRawLongBits(a);
        boolean odd = b == Math.rint(b) && Math.abs(b) < 0x1p53 && ((long) b & 1) != 0;
        return odd && bits < 0 ? Double.longBitsToDouble(bits & Long.MAX_VALUE) : a;
    }

    /** {@code x << n}: logical; counts of 64 or more give 0; negative counts shift right. */
    public static long shiftLeft(long x, long n) {
        if (n < 0) {
            return n <= -64 ? 0 : x >>> -n;
        }
        return n >= 64 ? 0 : x << n;
    }

    /** {@code x >> n}: logical (zero-filling); counts of 64 or more give 0; negative counts shift left. */
    public static long shiftRight(long x, long n) {
        if (n > 0) {
            return n >= 64 ? 0 : x >>> n;
        }
        return n <= -64 ? 0 : x << -n;
    }

    // ---------------------------------------------------------------- numeric for loop

    /**
     * For an integer loop whose limit is a float: whether the loop runs zero times because
     * the limit lies beyond every integer on the side the loop never reaches (lvm.c's
     * forlimit). Call {@link #forLimit} only when this is false. {@code step} is nonzero.
     */
    public static boolean forLimitSkips(long init, double limit, long step) {
        double integral = step < 0 ? Math.ceil(limit) : Math.floor(limit);
        if (inIntegerRange(integral)) {
            long clipped = (long) integral;
            return step > 0 ? init > clipped : init < clipped;
        }
        if (0 < limit) return step < 0;
        return step > 0;  // below every integer, or NaN
    }

    /**
     * The integer limit of an integer loop whose limit is a float: floor (ascending) or
     * ceil (descending), clipped to the integer range (NaN counts as below it).
     */
    public static long forLimit(double limit, long step) {
        double integral = step < 0 ? Math.ceil(limit) : Math.floor(limit);
        if (inIntegerRange(integral)) return (long) integral;
        return 0 < limit ? Long.MAX_VALUE : Long.MIN_VALUE;
    }

    /**
     * Whether an integer loop with an integer limit runs zero times
     * ({@code step} nonzero).
     */
    public static boolean forSkips(long init, long limit, long step) {
        return step > 0 ? init > limit : init < limit;
    }

    /**
     * The number of further iterations after the first of an integer loop that runs
     * ({@link #forSkips} false), as an unsigned 64-bit count, computed as lvm.c's forprep
     * does so that no iteration overflows.
     */
    public static long forIterationCount(long init, long limit, long step) {
        if (step > 0) {
            long count = limit - init;
            return step == 1 ? count : Long.divideUnsigned(count, step);
        }
        return Long.divideUnsigned(init - limit, -(step + 1) + 1L);
    }
}
