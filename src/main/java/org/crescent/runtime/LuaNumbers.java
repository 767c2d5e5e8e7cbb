package org.crescent.runtime;

/**
 * Conversions between Lua numbers and their text, exactly as C Lua 5.4 on Linux does them:
 * {@code tostring} of integers ({@code %d}) and floats ({@code %.14g}, plus ".0" when the
 * result looks like an integer), and {@code tonumber}/string coercion of numerals
 * ({@code lua_stringtonumber}, with strtod's correctly rounded decimal and hexadecimal
 * floats; "inf" and "nan" rejected), and {@code tonumber(s, base)}.
 * Stateless; the parsers write their result into a caller's {@code long[]} slot (such as a
 * register of the value stack) and return its tag, so parsing allocates nothing for the result.
 */
public final class LuaNumbers {
    /** Buffer space {@link #writeInteger} and {@link #writeFloat} may use past the offset. */
    public static final int MAX_NUMBER_TEXT = 32;

    private static final long TWO_TO_53 = 1L << 53;
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final byte[] NAN = {'n', 'a', 'n'};
    private static final byte[] INF = {'i', 'n', 'f'};

    private LuaNumbers() {}

    // ---------------------------------------------------------------- number to text

    /** {@code tostring} of an integer. */
    public static LuaString toLuaString(long value) {
        byte[] text = new byte[integerLength(value)];
        writeInteger(value, text, 0);
        return LuaString.wrap(text);
    }

    /** {@code tostring} of a float: {@code %.14g}, with ".0" added when it looks integral. */
    public static LuaString toLuaString(double value) {
        byte[] scratch = new byte[MAX_NUMBER_TEXT];
        int length = writeFloat(value, scratch, 0);
        return LuaString.copyOf(scratch, 0, length);
    }

    /** Number of characters of the decimal form of {@code value}. */
    public static int integerLength(long value) {
        if (value == Long.MIN_VALUE) return 20;
        if (value < 0) return 1 + FloatDigits.decimalLength(-value);
        return FloatDigits.decimalLength(value);
    }

    /**
     * Writes the decimal form of {@code value} at {@code offset} and returns the offset just
     * past it (at most 20 bytes).
     */
    public static int writeInteger(long value, byte[] buffer, int offset) {
        int end = offset + integerLength(value);
        int position = end;
        if (value < 0) {
            buffer[offset] = '-';
            do {  // negative remainders avoid overflow on Long.MIN_VALUE
                buffer[--position] = (byte) ('0' - (int) (value % 10));
                value /= 10;
            } while (value != 0);
        } else {
            do {
                buffer[--position] = (byte) ('0' + (int) (value % 10));
                value /= 10;
            } while (value != 0);
        }
        return end;
    }

    /**
     * Writes {@code tostring(value)} for a float at {@code offset} and returns the offset
     * just past it. The buffer must have {@link #MAX_NUMBER_TEXT} bytes free at the offset.
     */
    public static int writeFloat(double value, byte[] buffer, int offset) {
        long bits = Double.doubleToRawLongBits(value);
        int position = offset;
        if (bits < 0) {
            buffer[position++] = '-';  // glibc prints the sign of every value, NaN and -0 included
            value = -value;
        }
        if (value != value) return put(NAN, buffer, position);
        if (value == Double.POSITIVE_INFINITY) return put(INF, buffer, position);
        if (value < 1e14 && value == (long) value) {
            position = writeInteger((long) value, buffer, position);
            buffer[position++] = '.';
            buffer[position++] = '0';
            return position;
        }
        int start = position + 6;  // room to shift the digits right by "0.000" in place
        int exponent = FloatDigits.significant(value, 14, buffer, start);
        int last = start + 13;  // index of the last significant nonzero digit
        while (last > start && buffer[last] == '0') last--;
        if (exponent < -4 || exponent >= 14) {
            buffer[position++] = buffer[start];
            if (last > start) {
                buffer[position++] = '.';
                System.arraycopy(buffer, start + 1, buffer, position, last - start);
                position += last - start;
            }
            buffer[position++] = 'e';
            buffer[position++] = (byte) (exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude >= 100) buffer[position++] = (byte) ('0' + magnitude / 100);
            buffer[position++] = (byte) ('0' + magnitude / 10 % 10);
            buffer[position++] = (byte) ('0' + magnitude % 10);
            return position;
        }
        if (exponent >= 0) {
            int integerDigits = exponent + 1;
            System.arraycopy(buffer, start, buffer, position, integerDigits);
            position += integerDigits;
            buffer[position++] = '.';
            int fraction = last - start + 1 - integerDigits;
            if (fraction <= 0) {
                buffer[position++] = '0';
            } else {
                System.arraycopy(buffer, start + integerDigits, buffer, position, fraction);
                position += fraction;
            }
            return position;
        }
        int digitCount = last - start + 1;
        int zeros = -exponent - 1;
        System.arraycopy(buffer, start, buffer, position + 2 + zeros, digitCount);
        buffer[position++] = '0';
        buffer[position++] = '.';
        for (int i = 0; i < zeros; i++) buffer[position++] = '0';
        return position + digitCount;
    }

    private static int put(byte[] word, byte[] buffer, int position) {
        System.arraycopy(word, 0, buffer, position, word.length);
        return position + word.length;
    }

    // ---------------------------------------------------------------- text to number

    /** C's isspace in the "C" locale, which is also Lua's lisspace. */
    public static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * Converts a whole string to a number as {@code tonumber(s)} does. Returns
     * {@link Tag#INTEGER} or {@link Tag#FLOAT}, with the integer or the float's raw bits
     * stored in {@code payload[slot]}, or {@link Tag#NIL} (payload untouched) if the text is
     * not a numeral.
     */
    public static byte parse(LuaString text, long[] payload, int slot) {
        return parse(text.bytes(), 0, text.length(), payload, slot);
    }

    /** {@link #parse(LuaString, long[], int)} over {@code text[start..end)}. */
    public static byte parse(byte[] text, int start, int end, long[] payload, int slot) {
        if (parseInteger(text, start, end, payload, slot)) return Tag.INTEGER;
        return NumeralParser.parseFloat(text, start, end, payload, slot) ? Tag.FLOAT : Tag.NIL;
    }

    /**
     * C Lua's l_str2int: optional spaces and sign, then decimal digits (rejected on overflow,
     * so that the caller retries as a float) or "0x" and hexadecimal digits (wrapping modulo
     * 2^64), then optional spaces.
     */
    private static boolean parseInteger(byte[] text, int start, int end, long[] payload, int slot) {
        int i = start;
        while (i < end && isSpace(text[i])) i++;
        boolean negative = false;
        if (i < end && (text[i] == '-' || text[i] == '+')) {
            negative = text[i] == '-';
            i++;
        }
        long value = 0;
        boolean empty = true;
        if (i + 1 < end && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) {
            i += 2;
            int digit;
            while (i < end && (digit = hexValue(text[i])) >= 0) {
                value = value * 16 + digit;
                empty = false;
                i++;
            }
        } else {
            long limit = Long.MAX_VALUE / 10;
            int lastDigitLimit = (int) (Long.MAX_VALUE % 10) + (negative ? 1 : 0);
            while (i < end && text[i] >= '0' && text[i] <= '9') {
                int digit = text[i] - '0';
                // value < 0: "-9223372036854775808" was read (wrapped to Long.MIN_VALUE), and any
                // further digit overflows (C compares unsigned here).
                if (value < 0 || value >= limit && (value > limit || digit > lastDigitLimit)) return false;
                value = value * 10 + digit;
                empty = false;
                i++;
            }
        }
        while (i < end && isSpace(text[i])) i++;
        if (empty || i != end) return false;
        payload[slot] = negative ? -value : value;
        return true;
    }

    /** The value of a hexadecimal digit, or -1. */
    static int hexValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /**
     * {@code tonumber(s, base)} for a base in 2..36 (the caller checks the range): optional
     * spaces and sign, one or more alphanumeric digits below the base (wrapping modulo 2^64),
     * optional spaces. Returns {@link Tag#INTEGER} with the value in {@code payload[slot]},
     * or {@link Tag#NIL}.
     */
    public static byte parseInteger(LuaString text, int base, long[] payload, int slot) {
        byte[] bytes = text.bytes();
        int end = text.length();
        int i = 0;
        while (i < end && isSpace(bytes[i])) i++;
        boolean negative = false;
        if (i < end && bytes[i] == '-') {
            negative = true;
            i++;
        } else if (i < end && bytes[i] == '+') {
            i++;
        }
        if (i >= end || digitValue(bytes[i]) < 0) return Tag.NIL;
        long value = 0;
        int digit;
        while (i < end && (digit = digitValue(bytes[i])) >= 0) {
            if (digit >= base) return Tag.NIL;
            value = value * base + digit;
            i++;
        }
        while (i < end && isSpace(bytes[i])) i++;
        if (i != end) return Tag.NIL;
        payload[slot] = negative ? -value : value;
        return Tag.INTEGER;
    }

    /** The value of an ASCII alphanumeric character as a digit of base 36, or -1. */
    private static int digitValue(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return -1;
    }

    /** The exactly representable powers of ten 10^0..10^22, for the parser's fast path. */
    static double exactPowerOfTen(int exponent) {
        return EXACT_POWERS_OF_TEN[exponent];
    }

    /** Whether a long below 2^53 in magnitude converts to a double exactly. */
    static boolean fitsDoubleMantissa(long value) {
        return value < TWO_TO_53;
    }
}
