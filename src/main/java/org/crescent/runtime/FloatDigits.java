package org.crescent.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact decimal digits of a double, as glibc's printf produces them: the exact binary value
 * is rounded to the requested number of digits with ties going to the even digit. The common
 * magnitudes are done in 64/128-bit integer arithmetic; the rest falls back to
 * {@link BigDecimal}, which is exact. Invariant: every method returns the digits of the
 * correctly rounded exact value, whichever path computed them.
 */
public final class FloatDigits {
    /** Powers of ten that fit in a signed long: 10^0 .. 10^18. */
    static final long[] POWERS_OF_TEN = new long[19];

    static {
        long power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power;
            power *= 10;
        }
    }

    /** 10^19 as an unsigned 64-bit value. */
    private static final long TEN_TO_19 = POWERS_OF_TEN[18] * 10;

    /** Returned by the fast path when it cannot compute the answer exactly. */
    private static final long UNAVAILABLE = -1;

    private FloatDigits() {}

    /**
     * Writes the first {@code precision} significant decimal digits of {@code value} (finite,
     * greater than zero), correctly rounded, as ASCII into
     * {@code digits[offset..offset+precision)} and returns the decimal exponent of the first
     * digit: value ~ d.ddd x 10^exponent.
     */
    public static int significant(double value, int precision, byte[] digits, int offset) {
        if (precision <= 18) {
            long bits = Double.doubleToRawLongBits(value);
            long mantissa = mantissaOf(bits);
            int binaryExponent = binaryExponentOf(bits);
            int exponent = (int) Math.floor(Math.log10(value));
            for (int attempt = 0; attempt < 3; attempt++) {
                long scaled = scaledRound(mantissa, binaryExponent, precision - 1 - exponent);
                if (scaled == UNAVAILABLE) break;
                if (scaled >= POWERS_OF_TEN[precision]) {
                    exponent++;
                } else if (scaled < POWERS_OF_TEN[precision - 1]) {
                    exponent--;
                } else {
                    writeDigits(scaled, digits, offset, precision);
                    return exponent;
                }
            }
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        String unscaled = rounded.unscaledValue().toString();
        int length = unscaled.length();
        for (int i = 0; i < precision; i++) {
            digits[offset + i] = i < length ? (byte) unscaled.charAt(i) : (byte) '0';
        }
        return length - 1 - rounded.scale();
    }

    /**
     * Writes the decimal digits of round(value x 10^fractionDigits) for finite {@code value}
     * greater than or equal to zero, without leading zeros (a zero result is "0"), into
     * {@code digits} and returns their count. The caller places the decimal point
     * {@code fractionDigits} digits from the right. {@code digits} must hold 330 +
     * fractionDigits bytes.
     */
    public static int fixed(double value, int fractionDigits, byte[] digits) {
        if (fractionDigits <= 19) {
            long bits = Double.doubleToRawLongBits(value);
            long scaled = value == 0 ? 0 : scaledRound(mantissaOf(bits), binaryExponentOf(bits), fractionDigits);
            if (scaled != UNAVAILABLE) {
                int count = decimalLength(scaled);
                writeDigits(scaled, digits, 0, count);
                return count;
            }
        }
        String text = new BigDecimal(value).setScale(fractionDigits, RoundingMode.HALF_EVEN)
                .unscaledValue().toString();
        int count = text.length();
        for (int i = 0; i < count; i++) {
            digits[i] = (byte) text.charAt(i);
        }
        return count;
    }

    /** The integer significand m of a finite double's absolute value = m x 2^e. */
    static long mantissaOf(long bits) {
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        return ((bits >>> 52) & 0x7FF) == 0 ? fraction : fraction | (1L << 52);
    }

    /** The exponent e of a finite double's absolute value = m x 2^e. */
    static int binaryExponentOf(long bits) {
        int biased = (int) (bits >>> 52) & 0x7FF;
        return biased == 0 ? -1074 : biased - 1075;
    }

    /** Number of decimal digits of a non-negative long (1 for zero). */
    static int decimalLength(long value) {
        int length = 1;
        while (length < 19 && value >= POWERS_OF_TEN[length]) {
            length++;
        }
        return length;
    }

    /** Writes exactly {@code count} decimal digits of {@code value}, zero-padded on the left. */
    static void writeDigits(long value, byte[] digits, int offset, int count) {
        for (int i = offset + count - 1; i >= offset; i--) {
            digits[i] = (byte) ('0' + (int) (value % 10));
            value /= 10;
        }
    }

    /**
     * round_half_even(mantissa x 2^binaryExponent x 10^decimalExponent) when it is below
     * 2^63 and computable exactly in 128-bit arithmetic, else {@link #UNAVAILABLE}.
     * {@code mantissa} is below 2^53.
     */
    static long scaledRound(long mantissa, int binaryExponent, int decimalExponent) {
        if (decimalExponent >= 0) {
            if (decimalExponent > 19) return UNAVAILABLE;
            long factor = decimalExponent == 19 ? TEN_TO_19 : POWERS_OF_TEN[decimalExponent];
            long low = mantissa * factor;
            long high = Math.multiplyHigh(mantissa, factor) + ((factor >> 63) & mantissa);
            if (binaryExponent >= 0) {
                if (high != 0 || low < 0 || binaryExponent >= 63) return UNAVAILABLE;
                if ((low >>> (63 - binaryExponent)) != 0) return UNAVAILABLE;
                return low << binaryExponent;
            }
            return shiftRightRounded(high, low, -binaryExponent);
        }
        if (-decimalExponent > 18) return UNAVAILABLE;
        long divisor = POWERS_OF_TEN[-decimalExponent];
        long numerator = mantissa;
        if (binaryExponent >= 0) {
            if (binaryExponent > 10) return UNAVAILABLE;
            numerator = mantissa << binaryExponent;
        } else {
            int shift = -binaryExponent;
            if (shift >= 63 || divisor > (Long.MAX_VALUE >> shift)) return UNAVAILABLE;
            divisor <<= shift;
        }
        long quotient = numerator / divisor;
        long remainder = numerator - quotient * divisor;
        int comparison = Long.compareUnsigned(remainder << 1, divisor);
        if (comparison > 0 || (comparison == 0 && (quotient & 1) != 0)) quotient++;
        return quotient;
    }

    /**
     * round_half_even of the unsigned 128-bit value high:low divided by 2^shift (shift >= 1),
     * or {@link #UNAVAILABLE} if the quotient is 2^63 or more.
     */
    private static long shiftRightRounded(long high, long low, int shift) {
        long quotient;
        long remainderHigh;
        long remainderLow;
        long halfHigh;
        long halfLow;
        if (shift < 64) {
            if ((high >>> shift) != 0) return UNAVAILABLE;
            quotient = (low >>> shift) | (shift == 0 ? 0 : high << (64 - shift));
            remainderHigh = 0;
            remainderLow = low & ((1L << shift) - 1);
            halfHigh = 0;
            halfLow = 1L << (shift - 1);
        } else if (shift < 128) {
            int highShift = shift - 64;
            quotient = high >>> highShift;
            remainderHigh = highShift == 0 ? 0 : high & ((1L << highShift) - 1);
            remainderLow = low;
            halfHigh = highShift == 0 ? 0 : 1L << (highShift - 1);
            halfLow = highShift == 0 ? 1L << 63 : 0;
        } else {
            return 0;  // the value is below 2^117, far below half of 2^128
        }
        if (quotient < 0) return UNAVAILABLE;
        int comparison = Long.compareUnsigned(remainderHigh, halfHigh);
        if (comparison == 0) comparison = Long.compareUnsigned(remainderLow, halfLow);
        if (comparison > 0 || (comparison == 0 && (quotient & 1) != 0)) quotient++;
        return quotient < 0 ? UNAVAILABLE : quotient;
    }
}
