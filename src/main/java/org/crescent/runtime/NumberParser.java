package org.crescent.runtime;

/**
 * Text to number as C Lua's {@code lua_stringtonumber}: surrounding whitespace, decimal and
 * hexadecimal integers (hexadecimal wraps around), decimal integers too large for 64 bits
 * become floats, decimal and hexadecimal floats. "inf" and "nan" are not numerals.
 */
public final class NumberParser {
    /** A parsed number: its tag (INTEGER or FLOAT) and bits. */
    public static final class Result {
        public final byte tag;
        public final long bits;

        Result(byte tag, long bits) {
            this.tag = tag;
            this.bits = bits;
        }
    }

    private NumberParser() {}

    /** The number the whole string denotes, or null. */
    public static Result parse(LuaString text) {
        byte[] bytes = text.bytes();
        int start = 0;
        int end = bytes.length;
        while (start < end && isSpace(bytes[start])) start++;
        while (end > start && isSpace(bytes[end - 1])) end--;
        if (start == end) {
            return null;
        }
        int position = start;
        boolean negative = false;
        if (bytes[position] == '-') {
            negative = true;
            position++;
        } else if (bytes[position] == '+') {
            position++;
        }
        if (position + 1 < end && bytes[position] == '0' && (bytes[position + 1] | 0x20) == 'x') {
            return parseHex(bytes, position + 2, end, negative);
        }
        return parseDecimal(bytes, start, position, end, negative);
    }

    static boolean isSpace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    private static Result parseDecimal(byte[] bytes, int start, int position, int end, boolean negative) {
        boolean isFloat = false;
        int digits = 0;
        for (int i = position; i < end; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                digits++;
            } else if (b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-') {
                isFloat = true;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        String literal = new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!isFloat) {
            long value = 0;
            boolean overflow = false;
            for (int i = position; i < end; i++) {
                int digit = bytes[i] - '0';
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    if (!(negative && value == 922337203685477580L && digit == 8 && i == end - 1)) {
                        overflow = true;
                        break;
                    }
                    return new Result(Tag.INTEGER, Long.MIN_VALUE);
                }
                value = value * 10 + digit;
            }
            if (!overflow) {
                return new Result(Tag.INTEGER, negative ? -value : value);
            }
        }
        if (!validDecimalFloat(bytes, position, end)) {
            return null;
        }
        try {
            double value = Double.parseDouble(literal);
            return new Result(Tag.FLOAT, Double.doubleToRawLongBits(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** digits [. digits] [(e|E) [+|-] digits], with at least one digit in the mantissa. */
    private static boolean validDecimalFloat(byte[] bytes, int i, int end) {
        int mantissaDigits = 0;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') { i++; mantissaDigits++; }
        if (i < end && bytes[i] == '.') {
            i++;
            while (i < end && bytes[i] >= '0' && bytes[i] <= '9') { i++; mantissaDigits++; }
        }
        if (mantissaDigits == 0) return false;
        if (i < end && (bytes[i] | 0x20) == 'e') {
            i++;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) i++;
            int exponentDigits = 0;
            while (i < end && bytes[i] >= '0' && bytes[i] <= '9') { i++; exponentDigits++; }
            if (exponentDigits == 0) return false;
        }
        return i == end;
    }

    private static Result parseHex(byte[] bytes, int i, int end, boolean negative) {
        long mantissa = 0;
        int exponent = 0;
        boolean anyDigit = false;
        boolean isFloat = false;
        int significant = 0;
        while (i < end && hexValue(bytes[i]) >= 0) {
            int digit = hexValue(bytes[i++]);
            anyDigit = true;
            if (significant < 30 || true) {
                if (mantissa == 0 && digit == 0) {
                    // leading zeros do not count
                } else if (significant < 16) {
                    mantissa = (mantissa << 4) | digit;
                    significant++;
                } else {
                    mantissa = (mantissa << 4) | digit;
                    exponent += 0;
                    significant++;
                }
            }
        }
        long integerPart = mantissa;
        double floatMantissa = 0;
        if (i < end && bytes[i] == '.') {
            isFloat = true;
            i++;
            while (i < end && hexValue(bytes[i]) >= 0) {
                anyDigit = true;
                exponent -= 4;
                mantissa = (mantissa << 4) | hexValue(bytes[i++]);
            }
        }
        if (!anyDigit) {
            return null;
        }
        if (i < end && (bytes[i] | 0x20) == 'p') {
            isFloat = true;
            i++;
            boolean negativeExponent = false;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int value = 0;
            int exponentDigits = 0;
            while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
                value = Math.min(value * 10 + (bytes[i++] - '0'), 100000);
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return null;
            }
            exponent += negativeExponent ? -value : value;
        }
        if (i != end) {
            return null;
        }
        if (!isFloat) {
            return new Result(Tag.INTEGER, negative ? -integerPart : integerPart);
        }
        floatMantissa = parseHexFloatExactly(bytes, negative, exponent, mantissa);
        return new Result(Tag.FLOAT, Double.doubleToRawLongBits(floatMantissa));
    }

    private static double parseHexFloatExactly(byte[] bytes, boolean negative, int exponent, long mantissa) {
        // Mantissa may have overflowed for very long inputs; unsigned conversion keeps it usable.
        double value = mantissa >= 0 ? (double) mantissa : ((double) (mantissa >>> 1)) * 2.0;
        value = Math.scalb(value, exponent);
        return negative ? -value : value;
    }

    static int hexValue(byte b) {
        if (b >= '0' && b <= '9') return b - '0';
        int lower = b | 0x20;
        if (lower >= 'a' && lower <= 'f') return lower - 'a' + 10;
        return -1;
    }
}
