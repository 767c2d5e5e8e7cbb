package org.crescent.stdlib;

import org.crescent.runtime.LuaString;

/**
 * Reads a string.pack format option by option (lstrlib.c's Header, getoption and
 * getdetails): the endianness and maximum alignment set by '<', '>', '=' and '!', and for
 * each option its kind, size and the padding that aligns it. Reading past the end of the
 * format, or up to a zero byte, sees '\0' as C does. Invariant: {@link #size} and
 * {@link #alignmentPadding} describe the option last returned by {@link #nextDetails}.
 */
final class PackFormat {
    static final int SIGNED = 0;
    static final int UNSIGNED = 1;
    static final int FLOAT = 2;
    /** 'n' and 'd': both are C doubles here. */
    static final int DOUBLE = 3;
    static final int FIXED_STRING = 4;
    static final int COUNTED_STRING = 5;
    static final int ZERO_STRING = 6;
    static final int PADDING = 7;
    static final int ALIGNMENT_PADDING = 8;
    static final int NO_OPERATION = 9;

    private static final int MAX_INTEGER_SIZE = 16;
    private static final int NATIVE_ALIGNMENT = 8;
    /** getnum stops reading digits beyond this, so that sizes fit in an int. */
    private static final int DIGIT_LIMIT = (Integer.MAX_VALUE - 9) / 10;

    private final byte[] format;
    private final int end;
    private int position;
    boolean littleEndian = true;
    private int maxAlignment = 1;
    int size;
    int alignmentPadding;

    PackFormat(LuaString format) {
        this.format = format.bytes();
        int length = format.length();
        int zero = 0;
        while (zero < length && this.format[zero] != 0) zero++;
        this.end = zero;
    }

    boolean hasMore() {
        return position < end;
    }

    private int peek() {
        return position < end ? format[position] & 0xFF : 0;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** getnum: a decimal number at the current position, or {@code fallback} if none. */
    private int number(int fallback) {
        if (!isDigit(peek())) return fallback;
        int value = 0;
        do {
            value = value * 10 + (format[position++] - '0');
        } while (isDigit(peek()) && value <= DIGIT_LIMIT);
        return value;
    }

    /** getnumlimit: an integral size within [1, 16]. */
    private int sizeLimit(int fallback) {
        int value = number(fallback);
        if (value > MAX_INTEGER_SIZE || value <= 0) {
            throw LibraryError.error("integral size (" + value + ") out of limits [1," + MAX_INTEGER_SIZE + "]");
        }
        return value;
    }

    /** getoption: reads one option; sets {@link #size} and returns its kind. */
    private int option() {
        int c = peek();
        position++;
        size = 0;
        switch (c) {
            case 'b': size = 1; return SIGNED;
            case 'B': size = 1; return UNSIGNED;
            case 'h': size = 2; return SIGNED;
            case 'H': size = 2; return UNSIGNED;
            case 'l': case 'j': size = 8; return SIGNED;
            case 'L': case 'J': case 'T': size = 8; return UNSIGNED;
            case 'f': size = 4; return FLOAT;
            case 'n': case 'd': size = 8; return DOUBLE;
            case 'i': size = sizeLimit(4); return SIGNED;
            case 'I': size = sizeLimit(4); return UNSIGNED;
            case 's': size = sizeLimit(8); return COUNTED_STRING;
            case 'c':
                size = number(-1);
                if (size == -1) throw LibraryError.error("missing size for format option 'c'");
                return FIXED_STRING;
            case 'z': return ZERO_STRING;
            case 'x': size = 1; return PADDING;
            case 'X': return ALIGNMENT_PADDING;
            case ' ': return NO_OPERATION;
            case '<': case '=': littleEndian = true; return NO_OPERATION;
            case '>': littleEndian = false; return NO_OPERATION;
            case '!': maxAlignment = sizeLimit(NATIVE_ALIGNMENT); return NO_OPERATION;
            default: throw LibraryError.error("invalid format option '" + (char) c + "'");
        }
    }

    /**
     * getdetails: reads the next option and computes the padding that aligns it at
     * {@code offset} (the bytes so far). 'X' takes its alignment from the option after it,
     * which it consumes.
     */
    int nextDetails(long offset) {
        int kind = option();
        int optionSize = size;
        int alignment = optionSize;
        if (kind == ALIGNMENT_PADDING) {
            if (position >= end || option() == FIXED_STRING || size == 0) {
                throw LibraryError.argumentError(1, "invalid next option for option 'X'");
            }
            alignment = size;
            size = optionSize;
        }
        if (alignment <= 1 || kind == FIXED_STRING) {
            alignmentPadding = 0;
        } else {
            if (alignment > maxAlignment) alignment = maxAlignment;
            if ((alignment & (alignment - 1)) != 0) {
                throw LibraryError.argumentError(1, "format asks for alignment not power of 2");
            }
            alignmentPadding = (alignment - (int) (offset & (alignment - 1))) & (alignment - 1);
        }
        return kind;
    }
}
