package org.crescent.stdlib;

import org.crescent.runtime.FloatDigits;
import org.crescent.runtime.LuaStringBuilder;

/**
 * glibc printf's floating conversions {@code %e %E %f %g %G %a %A}, byte for byte: exact
 * decimal digits rounded half-even, {@code %g}'s choice of style and trailing-zero removal,
 * hexadecimal floats with glibc's nibble layout and rounding, "inf"/"nan" with their sign,
 * and the flags {@code - + space # 0} with width and precision. Holds scratch buffers, so one
 * instance serves one thread; each call leaves no state behind.
 */
final class PrintfFloat {
    static final int MINUS = 1;
    static final int PLUS = 2;
    static final int SPACE = 4;
    static final int HASH = 8;
    static final int ZERO = 16;

    /** Longest body: %.99f of the largest double has 309 + 1 + 99 characters. */
    private final byte[] body = new byte[512];
    private final byte[] digits = new byte[512];
    private int length;

    /**
     * Appends {@code value} formatted by the conversion (one of "eEfgGaA") with the given
     * flags, width (-1 for none) and precision (-1 for none).
     */
    void format(LuaStringBuilder out, double value, int conversion, int flags, int width, int precision) {
        long bits = Double.doubleToRawLongBits(value);
        int sign = bits < 0 ? '-' : (flags & PLUS) != 0 ? '+' : (flags & SPACE) != 0 ? ' ' : 0;
        double magnitude = Math.abs(value);
        boolean upper = conversion == 'E' || conversion == 'G' || conversion == 'A';
        int prefixLength = 0;
        length = 0;
        if (magnitude != magnitude || magnitude == Double.POSITIVE_INFINITY) {
            putWord(magnitude != magnitude ? "nan" : "inf", upper);
            flags &= ~ZERO;  // glibc pads infinities and NaNs with spaces
        } else {
            switch (conversion) {
                case 'e': case 'E':
                    exponential(magnitude, precision < 0 ? 6 : precision, flags, upper);
                    break;
                case 'f':
                    fixed(magnitude, precision < 0 ? 6 : precision, flags);
                    break;
                case 'g': case 'G':
                    general(magnitude, precision < 0 ? 6 : precision == 0 ? 1 : precision, flags, upper);
                    break;
                default:
                    hexadecimal(bits & Long.MAX_VALUE, precision, flags, upper);
                    prefixLength = 2;
                    break;
            }
        }
        int total = length + (sign != 0 ? 1 : 0);
        int padding = width - total;
        if (padding > 0 && (flags & (MINUS | ZERO)) == 0) out.repeat(' ', padding);
        if (sign != 0) out.append(sign);
        out.append(body, 0, prefixLength);
        if (padding > 0 && (flags & MINUS) == 0 && (flags & ZERO) != 0) out.repeat('0', padding);
        out.append(body, prefixLength, length - prefixLength);
        if (padding > 0 && (flags & MINUS) != 0) out.repeat(' ', padding);
    }

    private void putWord(String word, boolean upper) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            body[length++] = (byte) (upper ? Character.toUpperCase(c) : c);
        }
    }

    private void put(int c) {
        body[length++] = (byte) c;
    }

    private void putDigits(int from, int to) {
        for (int i = from; i < to; i++) body[length++] = digits[i];
    }

    private void putZeros(int count) {
        for (int i = 0; i < count; i++) body[length++] = '0';
    }

    /** Writes {@code count} significant digits into {@code digits}; returns the exponent. */
    private int significantDigits(double magnitude, int count) {
        if (magnitude == 0) {
            for (int i = 0; i < count; i++) digits[i] = '0';
            return 0;
        }
        return FloatDigits.significant(magnitude, count, digits, 0);
    }

    private void exponential(double magnitude, int precision, int flags, boolean upper) {
        int exponent = significantDigits(magnitude, precision + 1);
        put(digits[0]);
        if (precision > 0 || (flags & HASH) != 0) put('.');
        putDigits(1, precision + 1);
        putExponent(upper ? 'E' : 'e', exponent);
    }

    /** 'e' or 'E', the sign, and at least two digits, as glibc prints decimal exponents. */
    private void putExponent(int letter, int exponent) {
        put(letter);
        put(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude >= 100) put('0' + magnitude / 100);
        put('0' + magnitude / 10 % 10);
        put('0' + magnitude % 10);
    }

    private void fixed(double magnitude, int precision, int flags) {
        int count = FloatDigits.fixed(magnitude, precision, digits);
        int integerDigits = count - precision;
        if (integerDigits <= 0) {
            put('0');
        } else {
            putDigits(0, integerDigits);
        }
        if (precision > 0 || (flags & HASH) != 0) put('.');
        if (integerDigits < 0) {
            putZeros(-integerDigits);
            putDigits(0, count);
        } else {
            putDigits(integerDigits, count);
        }
    }

    private void general(double magnitude, int precision, int flags, boolean upper) {
        int exponent = significantDigits(magnitude, precision);
        boolean alternate = (flags & HASH) != 0;
        int pointAt;
        if (exponent < -4 || exponent >= precision) {
            put(digits[0]);
            pointAt = length;
            put('.');
            putDigits(1, precision);
            stripFraction(pointAt, alternate);
            putExponent(upper ? 'E' : 'e', exponent);
            return;
        }
        if (exponent >= 0) {
            putDigits(0, exponent + 1);
            pointAt = length;
            put('.');
            putDigits(exponent + 1, precision);
        } else {
            put('0');
            pointAt = length;
            put('.');
            putZeros(-exponent - 1);
            putDigits(0, precision);
        }
        stripFraction(pointAt, alternate);
    }

    /** %g's removal of trailing fraction zeros and of a bare point, unless '#'. */
    private void stripFraction(int pointAt, boolean alternate) {
        if (alternate) return;
        while (length > pointAt + 1 && body[length - 1] == '0') length--;
        if (length == pointAt + 1) length--;
    }

    /**
     * glibc's %a: "0x", a leading digit (1 for normal numbers, 0 for zero and subnormals,
     * which keep the exponent -1022), the 52 fraction bits as 13 nibbles without trailing
     * zeros, or rounded half-even to the precision (a carry may make the leading digit 2),
     * then 'p' and the binary exponent.
     */
    private void hexadecimal(long bits, int precision, int flags, boolean upper) {
        int biased = (int) (bits >>> 52);
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        int leading = biased == 0 ? 0 : 1;
        int exponent = biased == 0 ? (fraction == 0 ? 0 : -1022) : biased - 1023;
        int nibbles;
        if (precision < 0) {
            nibbles = 13;
            while (nibbles > 0 && ((fraction >>> (4 * (13 - nibbles))) & 0xF) == 0) nibbles--;
            fraction >>>= 4 * (13 - nibbles);
        } else if (precision < 13) {
            int dropped = 4 * (13 - precision);
            long kept = fraction >>> dropped;
            long remainder = fraction & ((1L << dropped) - 1);
            long half = 1L << (dropped - 1);
            long parity = precision == 0 ? leading : kept;
            if (remainder > half || (remainder == half && (parity & 1) != 0)) kept++;
            if ((kept >>> (4 * precision)) != 0) {
                leading++;
                kept &= (1L << (4 * precision)) - 1;
            }
            fraction = kept;
            nibbles = precision;
        } else {
            nibbles = 13;
        }
        put('0');
        put(upper ? 'X' : 'x');
        put('0' + leading);
        if (nibbles > 0 || precision > 0 || (flags & HASH) != 0) put('.');
        for (int i = nibbles - 1; i >= 0; i--) {
            int nibble = (int) (fraction >>> (4 * i)) & 0xF;
            put(nibble < 10 ? '0' + nibble : (upper ? 'A' : 'a') + nibble - 10);
        }
        if (precision > 13) putZeros(precision - 13);
        put(upper ? 'P' : 'p');
        put(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        int start = length;
        do {
            put('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte swap = body[i];
            body[i] = body[j];
            body[j] = swap;
        }
    }
}
