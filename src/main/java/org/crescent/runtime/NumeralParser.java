package org.crescent.runtime;

import java.nio.charset.StandardCharsets;

/**
 * The float half of {@code lua_stringtonumber}: glibc strtod's grammar for decimal and
 * hexadecimal floating numerals in the "C" locale, minus "inf" and "nan" (which Lua rejects),
 * with the whole string required to be the numeral plus surrounding spaces. Results are
 * correctly rounded to nearest, ties to even, as strtod's are. Stateless.
 */
final class NumeralParser {
    /** Decimal significand digits kept exactly; more are folded into a sticky flag. */
    private static final int MAX_DECIMAL_DIGITS = 18;
    /** Hexadecimal significand digits kept exactly (64 bits). */
    private static final int MAX_HEX_DIGITS = 16;
    /** Exponents beyond this magnitude saturate: the result is already zero or infinite. */
    private static final long EXPONENT_LIMIT = 1_000_000_000L;

    private NumeralParser() {}

    /** Parses text[start..end) as a float numeral; on success stores its raw bits. */
    static boolean parseFloat(byte[] text, int start, int end, long[] payload, int slot) {
        int i = start;
        while (i < end && LuaNumbers.isSpace(text[i])) i++;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        double magnitude;
        if (i + 1 < end && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
            magnitude = parseHex(text, i + 2, end);
        } else {
            magnitude = parseDecimal(text, i, end);
        }
        if (magnitude != magnitude) return false;  // NaN marks a syntax error here
        double value = negative ? -magnitude : magnitude;
        payload[slot] = Double.doubleToRawLongBits(value);
        return true;
    }

    /** Index just past trailing spaces if they reach {@code end}, else -1. */
    private static boolean onlySpacesFrom(byte[] text, int i, int end) {
        while (i < end && LuaNumbers.isSpace(text[i])) i++;
        return i == end;
    }

    /**
     * digits [ '.' digits ] [ ('e'|'E') [sign] digits ] followed by spaces only; at least one
     * significand digit. Returns the magnitude, or NaN on a syntax error.
     */
    private static double parseDecimal(byte[] text, int start, int end) {
        int i = start;
        long significand = 0;
        int keptDigits = 0;
        boolean sticky = false;  // a nonzero digit was dropped
        long exponentAdjust = 0;
        boolean anyDigit = false;
        boolean seenDot = false;
        for (; i < end; i++) {
            int c = text[i];
            if (c == '.') {
                if (seenDot) break;
                seenDot = true;
                continue;
            }
            if (c < '0' || c > '9') break;
            anyDigit = true;
            if (significand == 0 && c == '0') {
                if (seenDot) exponentAdjust--;
                continue;
            }
            if (keptDigits < MAX_DECIMAL_DIGITS) {
                significand = significand * 10 + (c - '0');
                keptDigits++;
                if (seenDot) exponentAdjust--;
            } else {
                if (c != '0') sticky = true;
                if (!seenDot) exponentAdjust++;
            }
        }
        if (!anyDigit) return Double.NaN;
        int numeralEnd = i;
        long exponent = 0;
        if (i < end && (text[i] == 'e' || text[i] == 'E')) {
            int j = i + 1;
            boolean negativeExponent = false;
            if (j < end && (text[j] == '-' || text[j] == '+')) {
                negativeExponent = text[j] == '-';
                j++;
            }
            if (j >= end || text[j] < '0' || text[j] > '9') return Double.NaN;
            while (j < end && text[j] >= '0' && text[j] <= '9') {
                if (exponent < EXPONENT_LIMIT) exponent = exponent * 10 + (text[j] - '0');
                j++;
            }
            if (negativeExponent) exponent = -exponent;
            i = j;
            numeralEnd = j;
        }
        if (!onlySpacesFrom(text, i, end)) return Double.NaN;
        if (significand == 0) return 0.0;
        long decimalExponent = exponent + exponentAdjust;
        if (!sticky && LuaNumbers.fitsDoubleMantissa(significand)) {
            if (decimalExponent >= 0 && decimalExponent <= 22) {
                return significand * LuaNumbers.exactPowerOfTen((int) decimalExponent);
            }
            if (decimalExponent < 0 && decimalExponent >= -22) {
                return significand / LuaNumbers.exactPowerOfTen((int) -decimalExponent);
            }
        }
        // Java's parser is correctly rounded and accepts exactly this grammar.
        String numeral = new String(text, start, numeralEnd - start, StandardCharsets.ISO_8859_1);
        return Double.parseDouble(numeral);
    }

    /**
     * After "0x": hexdigits [ '.' hexdigits ] [ ('p'|'P') [sign] digits ] followed by spaces
     * only; at least one hexadecimal digit. Returns the magnitude, or NaN on a syntax error.
     */
    private static double parseHex(byte[] text, int start, int end) {
        int i = start;
        long significand = 0;
        int keptDigits = 0;
        boolean sticky = false;
        long exponent = 0;  // binary exponent of the kept significand
        boolean anyDigit = false;
        boolean seenDot = false;
        for (; i < end; i++) {
            int c = text[i];
            if (c == '.') {
                if (seenDot) break;
                seenDot = true;
                continue;
            }
            int digit = LuaNumbers.hexValue(c);
            if (digit < 0) break;
            anyDigit = true;
            if (significand == 0 && digit == 0) {
                if (seenDot) exponent -= 4;
                continue;
            }
            if (keptDigits < MAX_HEX_DIGITS) {
                significand = (significand << 4) | digit;
                keptDigits++;
                if (seenDot) exponent -= 4;
            } else {
                if (digit != 0) sticky = true;
                if (!seenDot) exponent += 4;
            }
        }
        if (!anyDigit) return Double.NaN;
        if (i < end && (text[i] == 'p' || text[i] == 'P')) {
            int j = i + 1;
            boolean negativeExponent = false;
            if (j < end && (text[j] == '-' || text[j] == '+')) {
                negativeExponent = text[j] == '-';
                j++;
            }
            if (j >= end || text[j] < '0' || text[j] > '9') return Double.NaN;
            long written = 0;
            while (j < end && text[j] >= '0' && text[j] <= '9') {
                if (written < EXPONENT_LIMIT) written = written * 10 + (text[j] - '0');
                j++;
            }
            exponent += negativeExponent ? -written : written;
            i = j;
        }
        if (!onlySpacesFrom(text, i, end)) return Double.NaN;
        if (significand == 0) return 0.0;
        return roundBinary(significand, sticky, exponent);
    }

    /**
     * The double nearest to (significand + epsilon) x 2^exponent, ties to even, where the
     * unsigned {@code significand} is nonzero and epsilon is a positive amount below one unit
     * exactly when {@code sticky}.
     */
    static double roundBinary(long significand, boolean sticky, long exponent) {
        int leadingZeros = Long.numberOfLeadingZeros(significand);
        significand <<= leadingZeros;  // now in [2^63, 2^64)
        exponent -= leadingZeros;
        long unbiased = exponent + 63;  // value in [2^unbiased, 2^(unbiased+1))
        if (unbiased > 1023) return Double.POSITIVE_INFINITY;
        int shift = 11;
        if (unbiased < -1022) {
            long extra = -1022 - unbiased;
            if (extra > 53) return 0.0;
            shift += (int) extra;
        }
        long kept;
        boolean above;
        boolean half;
        if (shift == 64) {
            kept = 0;
            half = significand == Long.MIN_VALUE && !sticky;
            above = !half;  // significand >= 2^63 is at least half of one unit
        } else {
            kept = significand >>> shift;
            long remainder = significand & ((1L << shift) - 1);
            long halfUnit = 1L << (shift - 1);
            half = remainder == halfUnit && !sticky;
            above = remainder > halfUnit || (remainder == halfUnit && sticky);
        }
        if (above || (half && (kept & 1) != 0)) kept++;
        if (shift == 11) {  // normal: kept in [2^52, 2^53]
            long biased = unbiased + 1023;
            if (kept == (1L << 53)) {
                kept >>>= 1;
                biased++;
                if (biased >= 2047) return Double.POSITIVE_INFINITY;
            }
            return Double.longBitsToDouble((biased << 52) | (kept & 0xFFFFFFFFFFFFFL));
        }
        // subnormal: kept below 2^52, or exactly 2^52 after rounding up (the smallest normal)
        return Double.longBitsToDouble(kept);
    }
}
