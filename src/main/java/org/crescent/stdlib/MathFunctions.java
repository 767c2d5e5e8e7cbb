package org.crescent.stdlib;

/**
 * The C library's floating-point functions as lua5.4 sees them on x86-64 glibc, where Java's
 * differ: special values (C99 Annex F for pow), the sign of the NaN a domain error yields
 * (it shows: Lua prints "nan" or "-nan"), log2, and for each function whichever of Math and
 * StrictMath agrees more often with glibc to the last bit (measured over random arguments).
 * Every function returns its NaN argument unchanged, as glibc does.
 */
final class MathFunctions {
    /** The NaN of an invalid operation on x86 (sign bit set). */
    static final double NEGATIVE_NAN = Double.longBitsToDouble(0xFFF8000000000000L);
    /** The NaN glibc returns for some domain errors (sign bit clear). */
    static final double POSITIVE_NAN = Double.longBitsToDouble(0x7FF8000000000000L);

    private static final double LOG_OF_2 = 0.6931471805599453;
    private static final double SQUARE_ROOT_OF_2 = 1.4142135623730951;

    private MathFunctions() {}

    static double sin(double x) {
        return Math.sin(x);
    }

    static double cos(double x) {
        return Math.cos(x);
    }

    static double tan(double x) {
        return Math.tan(x);
    }

    static double asin(double x) {
        return x > 1 || x < -1 ? POSITIVE_NAN : StrictMath.asin(x);
    }

    static double acos(double x) {
        return x > 1 || x < -1 ? POSITIVE_NAN : StrictMath.acos(x);
    }

    static double log(double x) {
        return Math.log(x);
    }

    static double log10(double x) {
        if (x != x) {
            return x;
        }
        return x < 0 ? POSITIVE_NAN : StrictMath.log10(x);
    }

    /** Base-2 logarithm: exact at powers of two, else exponent plus the logarithm of a mantissa near 1. */
    static double log2(double x) {
        if (x != x) {
            return x;
        }
        if (x < 0) {
            return NEGATIVE_NAN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        int exponent = Math.getExponent(x);
        if (exponent < Double.MIN_EXPONENT) { // subnormal
            x *= 0x1p64;
            exponent = Math.getExponent(x) - 64;
            x = Math.scalb(x, -64);
        }
        double mantissa = Math.scalb(x, -exponent); // in [1, 2)
        if (mantissa > SQUARE_ROOT_OF_2) {
            mantissa /= 2;
            exponent++;
        }
        if (mantissa == 1) {
            return exponent;
        }
        return exponent + Math.log(mantissa) / LOG_OF_2;
    }

    /** C's fmod: Java's remainder is the same function, NaN signs included. */
    static double fmod(double x, double y) {
        return x % y;
    }

    /** C's pow with glibc's handling of zeros, infinities, NaNs and negative bases. */
    static double pow(double x, double y) {
        if (y == 0 || Double.isInfinite(y) || y != y) {
            if (y == 0 || x == 1) {
                return 1.0;
            }
            if (x != x || y != y) {
                return x != x ? x : y;
            }
            if (x == -1) {
                return 1.0; // (-1)^(+-inf)
            }
            boolean small = Math.abs(x) < 1;
            return small == (y > 0) ? 0.0 : Double.POSITIVE_INFINITY;
        }
        if (x == 0 || Double.isInfinite(x) || x != x) {
            double square = x * x;
            if (Double.doubleToRawLongBits(x) < 0 && integerKind(y) == 1) {
                square = -square;
            }
            return y < 0 ? 1 / square : square;
        }
        if (x < 0 && integerKind(y) == 0) {
            return NEGATIVE_NAN;
        }
        return Math.pow(x, y);
    }

    /** glibc's checkint for a finite nonzero y: 0 if not an integer, 1 if odd, 2 if even. */
    private static int integerKind(double y) {
        if (y != Math.rint(y) || Double.isInfinite(y)) {
            return Double.isInfinite(y) ? 2 : 0;
        }
        if (Math.abs(y) >= 0x1p53) {
            return 2;
        }
        return ((long) y & 1) != 0 ? 1 : 2;
    }
}
