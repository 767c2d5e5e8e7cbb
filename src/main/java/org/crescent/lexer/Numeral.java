package org.crescent.lexer;

import java.nio.charset.StandardCharsets;

/**
 * Converts numeral text to a Lua number by C Lua's rules ({@code luaO_str2num}): optional
 * surrounding whitespace and sign; decimal integers that overflow become floats; hexadecimal
 * integers wrap around modulo 2^64; floats in decimal or hexadecimal (with a {@code p}
 * binary exponent) are correctly rounded; {@code inf} and {@code nan} are rejected.
 *
 * <p>An instance holds the result of the last conversion so that no number is boxed; it is
 * not thread-safe and is meant to be reused by one reader.
 */
public final class Numeral {
    /** Result kind: the text is not a numeral. */
    public static final int INVALID = 0;
    /** Result kind: the value is in {@link #integerValue()}. */
    public static final int INTEGER = 1;
    /** Result kind: the value is in {@link #floatValue()}. */
    public static final int FLOAT = 2;

    private long integerValue;
    private double floatValue;

    public long integerValue() {
        return integerValue;
    }

    public double floatValue() {
        return floatValue;
    }

    /** Converts {@code text[start, end)}; returns INVALID, INTEGER or FLOAT. */
    public int convert(byte[] text, int start, int end) {
        if (toInteger(text, start, end)) return INTEGER;
        if (toFloat(text, start, end)) return FLOAT;
        return INVALID;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The value of a hexadecimal digit, or -1. */
    static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static boolean isHexPrefix(byte[] text, int i, int end) {
        return i + 1 < end && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X');
    }

    private boolean toInteger(byte[] text, int start, int end) {
        int i = start;
        while (i < end && isSpace(text[i])) i++;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        long value = 0;
        boolean empty = true;
        if (isHexPrefix(text, i, end)) {
            for (i += 2; i < end && hexValue(text[i]) >= 0; i++) {
                value = value * 16 + hexValue(text[i]);
                empty = false;
            }
        } else {
            final long maxByTen = Long.MAX_VALUE / 10;
            final int maxLastDigit = (int) (Long.MAX_VALUE % 10);
            for (; i < end && isDigit(text[i]); i++) {
                int digit = text[i] - '0';
                if (Long.compareUnsigned(value, maxByTen) >= 0
                        && (Long.compareUnsigned(value, maxByTen) > 0 || digit > maxLastDigit + (negative ? 1 : 0))) {
                    return false;
                }
                value = value * 10 + digit;
                empty = false;
            }
        }
        while (i < end && isSpace(text[i])) i++;
        if (empty || i != end) return false;
        integerValue = negative ? -value : value;
        return true;
    }

    private boolean toFloat(byte[] text, int start, int end) {
        int i = start;
        while (i < end && isSpace(text[i])) i++;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        boolean hex = isHexPrefix(text, i, end);
        int mantissaStart = hex ? i + 2 : i;
        int j = mantissaStart;
        int digits = 0;
        boolean dot = false;
        for (; j < end; j++) {
            int c = text[j];
            if (c == '.' && !dot) {
                dot = true;
            } else if (hex ? hexValue(c) >= 0 : isDigit(c)) {
                digits++;
            } else {
                break;
            }
        }
        if (digits == 0) return false;
        int mantissaEnd = j;
        int exponentStart = -1;
        if (j < end && (hex ? (text[j] == 'p' || text[j] == 'P') : (text[j] == 'e' || text[j] == 'E'))) {
            int k = j + 1;
            if (k < end && (text[k] == '-' || text[k] == '+')) k++;
            if (k < end && isDigit(text[k])) {
                exponentStart = j + 1;
                while (k < end && isDigit(text[k])) k++;
                j = k;
            }
        }
        int numberEnd = j;
        while (j < end && isSpace(text[j])) j++;
        if (j != end) return false;
        StringBuilder normalized = new StringBuilder(numberEnd - i + 4);
        if (hex) normalized.append("0x");
        normalized.append(new String(text, mantissaStart, mantissaEnd - mantissaStart, StandardCharsets.ISO_8859_1));
        if (exponentStart >= 0) {
            normalized.append(hex ? 'p' : 'e')
                    .append(new String(text, exponentStart, numberEnd - exponentStart, StandardCharsets.ISO_8859_1));
        } else if (hex) {
            normalized.append("p0");
        }
        double value = Double.parseDouble(normalized.toString());
        floatValue = negative ? -value : value;
        return true;
    }
}
