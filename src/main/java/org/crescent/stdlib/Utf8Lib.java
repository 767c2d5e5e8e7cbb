package org.crescent.stdlib;

import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * The utf8 library (manual section 6.5) as C Lua 5.4.4's lutf8lib.c: sequences of up to six
 * bytes encode values up to 2^31 - 1; strict mode (the default) also rejects surrogates and
 * values above U+10FFFF, the lax mode accepts them. Positions are byte positions counted
 * from 1, negative ones from the end.
 */
public final class Utf8Lib {
    private static final int MAX_UNICODE = 0x10FFFF;
    private static final long MAX_UTF = 0x7FFFFFFFL;
    /** Smallest value for each count of continuation bytes: anything less is overlong. */
    private static final long[] LIMITS = {~0L >>> 1, 0x80, 0x800, 0x10000, 0x200000, 0x4000000};
    /** "[\0-\x7F\xC2-\xFD][\x80-\xBF]*": one encoded character, as a pattern. */
    private static final LuaString CHARACTER_PATTERN = LuaString.wrap(new byte[] {
        '[', 0, '-', 0x7F, (byte) 0xC2, '-', (byte) 0xFD, ']', '[', (byte) 0x80, '-', (byte) 0xBF, ']', '*'});
    /** Result of {@link #decode} for an invalid sequence. */
    private static final long INVALID = -1;

    private Utf8Lib() {}

    public static void open(GlobalState global) {
        Library.create(global, "utf8")
                .registerAll(Function.values())
                .set("charpattern", Tag.STRING, 0, CHARACTER_PATTERN);
    }

    /** The registration table, in lutf8lib.c's order, and the two iterators utf8.codes hands out. */
    enum Function implements LibraryFunction {
        OFFSET, CODEPOINT, CHAR, LEN, CODES, STRICT_STEP, LAX_STEP;

        @Override
        public String luaName() {
            return this == STRICT_STEP ? "iter_auxstrict" : this == LAX_STEP ? "iter_auxlax" : LibraryFunction.super.luaName();
        }

        @Override
        public boolean registered() {
            return compareTo(STRICT_STEP) < 0;
        }

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case OFFSET -> offset(thread, count);
                case CODEPOINT -> codepoint(thread, count);
                case CHAR -> character(thread, count);
                case LEN -> length(thread, count);
                case CODES -> codes(thread, STRICT_STEP_FUNCTION, LAX_STEP_FUNCTION);
                case STRICT_STEP -> codesStep(thread, true);
                case LAX_STEP -> codesStep(thread, false);
            };
        }
    }

    private static final JavaFunction STRICT_STEP_FUNCTION = Function.STRICT_STEP.function(null);
    private static final JavaFunction LAX_STEP_FUNCTION = Function.LAX_STEP.function(null);

    /** A relative string position made absolute: negative counts back from the end (0 if before the start). */
    static long absolutePosition(long position, int length) {
        if (position >= 0) {
            return position;
        }
        if (-position > length) {
            return 0;
        }
        return length + position + 1;
    }

    private static boolean isContinuation(byte[] bytes, int index) {
        return index < bytes.length && (bytes[index] & 0xC0) == 0x80;
    }

    /**
     * Decodes the sequence starting at {@code index}: the value in the low 32 bits and the
     * sequence's length in bytes in the high 32 bits, or {@link #INVALID}. A missing byte past
     * the end reads as C's terminating zero, which is no continuation byte.
     */
    static long decode(byte[] bytes, int index, boolean strict) {
        int first = bytes[index] & 0xFF;
        long value;
        int count = 0;
        if (first < 0x80) {
            value = first;
        } else {
            value = 0;
            int lead = first;
            for (; (lead & 0x40) != 0; lead <<= 1) {
                int next = index + ++count < bytes.length ? bytes[index + count] & 0xFF : 0;
                if ((next & 0xC0) != 0x80) {
                    return INVALID;
                }
                value = (value << 6) | (next & 0x3F);
            }
            value |= (long) (lead & 0x7F) << (count * 5);
            if (count > 5 || value > MAX_UTF || value < LIMITS[count]) {
                return INVALID;
            }
        }
        if (strict && (value > MAX_UNICODE || (value >= 0xD800 && value <= 0xDFFF))) {
            return INVALID;
        }
        return ((long) (count + 1) << 32) | value;
    }

    /** utf8.len(s [, i [, j [, lax]]]). */
    static int length(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        byte[] bytes = text.bytes();
        int length = bytes.length;
        long start = absolutePosition(thread.optInteger(2, 1), length);
        long end = absolutePosition(thread.optInteger(3, -1), length);
        boolean lax = thread.toBoolean(4);
        if (!(1 <= start && --start <= length)) {
            throw thread.argumentError(2, "initial position out of bounds");
        }
        if (!(--end < length)) {
            throw thread.argumentError(3, "final position out of bounds");
        }
        long count = 0;
        while (start <= end) {
            long decoded = decode(bytes, (int) start, !lax);
            if (decoded == INVALID) {
                thread.pushNil();
                thread.pushInteger(start + 1);
                return 2;
            }
            start += decoded >>> 32;
            count++;
        }
        thread.pushInteger(count);
        return 1;
    }

    /** utf8.codepoint(s [, i [, j [, lax]]]). */
    static int codepoint(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        byte[] bytes = text.bytes();
        int length = bytes.length;
        long start = absolutePosition(thread.optInteger(2, 1), length);
        long end = absolutePosition(thread.optInteger(3, start), length);
        boolean lax = thread.toBoolean(4);
        if (start < 1) {
            throw thread.argumentError(2, "out of bounds");
        }
        if (end > length) {
            throw thread.argumentError(3, "out of bounds");
        }
        if (start > end) {
            return 0;
        }
        if (end - start >= Integer.MAX_VALUE) {
            throw thread.error("string slice too long");
        }
        int most = (int) (end - start) + 1;
        if (thread.top + most >= LuaThread.MAX_STACK_SIZE) {
            throw thread.error("stack overflow (string slice too long)");
        }
        thread.ensureCapacity(most);
        int pushed = 0;
        for (int index = (int) start - 1; index < end; ) {
            long decoded = decode(bytes, index, !lax);
            if (decoded == INVALID) {
                throw thread.error("invalid UTF-8 code");
            }
            thread.pushInteger(decoded & 0xFFFFFFFFL);
            index += (int) (decoded >>> 32);
            pushed++;
        }
        return pushed;
    }

    /** utf8.char(...): each argument encoded, up to 2^31 - 1 (six bytes). */
    static int character(LuaThread thread, int argumentCount) {
        byte[] buffer = new byte[6 * argumentCount];
        int length = 0;
        for (int n = 1; n <= argumentCount; n++) {
            long code = thread.checkInteger(n);
            if (Long.compareUnsigned(code, MAX_UTF) > 0) {
                throw thread.argumentError(n, "value out of range");
            }
            length += encode(code, buffer, length);
        }
        thread.pushString(LuaString.copyOf(buffer, 0, length));
        return 1;
    }

    /** Writes the UTF-8 bytes of {@code code} (at most 2^31 - 1) at {@code offset}; returns their count. */
    static int encode(long code, byte[] buffer, int offset) {
        if (code < 0x80) {
            buffer[offset] = (byte) code;
            return 1;
        }
        byte[] reversed = new byte[6];
        int count = 0;
        long firstByteLimit = 0x3F; // largest value that still fits beside the length bits of the first byte
        do {
            reversed[count++] = (byte) (0x80 | (code & 0x3F));
            code >>= 6;
            firstByteLimit >>= 1;
        } while (code > firstByteLimit);
        buffer[offset] = (byte) ((~firstByteLimit << 1) | code);
        for (int i = 0; i < count; i++) {
            buffer[offset + 1 + i] = reversed[count - 1 - i];
        }
        return count + 1;
    }

    /** utf8.offset(s, n [, i]). */
    static int offset(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        byte[] bytes = text.bytes();
        int length = bytes.length;
        long n = thread.checkInteger(2);
        long defaultStart = n >= 0 ? 1 : length + 1L;
        long position = absolutePosition(thread.optInteger(3, defaultStart), length);
        if (!(1 <= position && --position <= length)) {
            throw thread.argumentError(3, "position out of bounds");
        }
        int index = (int) position;
        if (n == 0) {
            while (index > 0 && isContinuation(bytes, index)) {
                index--;
            }
        } else {
            if (isContinuation(bytes, index)) {
                throw thread.error("initial position is a continuation byte");
            }
            if (n < 0) {
                while (n < 0 && index > 0) {
                    do {
                        index--;
                    } while (index > 0 && isContinuation(bytes, index));
                    n++;
                }
            } else {
                n--;
                while (n > 0 && index < length) {
                    do {
                        index++;
                    } while (isContinuation(bytes, index));
                    n--;
                }
            }
        }
        if (n == 0) {
            thread.pushInteger(index + 1L);
        } else {
            thread.pushNil();
        }
        return 1;
    }

    /** utf8.codes(s [, lax]): the iterator, s, and 0. */
    static int codes(LuaThread thread, JavaFunction strictStep, JavaFunction laxStep) {
        boolean lax = thread.toBoolean(2);
        LuaString text = thread.checkString(1);
        thread.pushFunction(lax ? laxStep : strictStep);
        thread.pushString(text);
        thread.pushInteger(0);
        return 3;
    }

    /** One step of utf8.codes: the position and code point of the character after byte position n. */
    static int codesStep(LuaThread thread, boolean strict) {
        LuaString text = thread.checkString(1);
        byte[] bytes = text.bytes();
        int length = bytes.length;
        long n = integerOrZero(thread, 2);
        if (Long.compareUnsigned(n, length) < 0) {
            while (isContinuation(bytes, (int) n)) {
                n++;
            }
        }
        if (Long.compareUnsigned(n, length) >= 0) {
            return 0;
        }
        long decoded = decode(bytes, (int) n, strict);
        if (decoded == INVALID) {
            throw thread.error("invalid UTF-8 code");
        }
        thread.pushInteger(n + 1);
        thread.pushInteger(decoded & 0xFFFFFFFFL);
        return 2;
    }

    /** lua_tointeger: the argument as an integer if it is convertible, else 0. */
    private static long integerOrZero(LuaThread thread, int n) {
        byte tag = thread.argumentTag(n);
        if (tag == Tag.INTEGER) {
            return thread.integerArgument(n);
        }
        if (tag == Tag.FLOAT || tag == Tag.STRING) {
            try {
                return thread.checkInteger(n);
            } catch (org.crescent.runtime.LuaError notConvertible) {
                return 0;
            }
        }
        return 0;
    }
}
