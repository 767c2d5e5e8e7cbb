package org.crescent.stdlib;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaStringBuilder;

/**
 * The engine of {@code string.pack}, {@code string.unpack} and {@code string.packsize}
 * (lstrlib.c's pack section) for a 64-bit little-endian machine as C Lua on x86-64 Linux
 * sees it: {@code h} 2 bytes, {@code i} and {@code f} 4, {@code l j T n d} 8, native
 * alignment 8. Every option, alignment rule, overflow check and error message follows C
 * Lua. The format is read as a C string: it ends at its first zero byte. Stateless.
 */
public final class StringPack {
    /** C Lua's MAXSIZE for these functions: INT_MAX. */
    private static final long MAX_SIZE = Integer.MAX_VALUE;
    private static final int INTEGER_BYTES = 8;

    /** Arguments of string.pack, numbered as in Lua (the format is argument 1). */
    public interface Arguments {
        /** {@code luaL_checkinteger}, raising the library's usual argument errors. */
        long checkInteger(int argument);

        /** {@code luaL_checknumber}. */
        double checkNumber(int argument);

        /** {@code luaL_checklstring}: a string, or a number converted to one. */
        LuaString checkString(int argument);
    }

    /** Receives the values string.unpack produces, in order. */
    public interface Results {
        void pushInteger(long value);

        void pushFloat(double value);

        void pushString(LuaString value);
    }

    private StringPack() {}

    /** {@code string.pack(format, ...)}. */
    public static LuaString pack(LuaString format, Arguments arguments) {
        PackFormat reader = new PackFormat(format);
        LuaStringBuilder out = new LuaStringBuilder();
        long totalSize = 0;
        int argument = 1;
        while (reader.hasMore()) {
            int option = reader.nextDetails(totalSize);
            int size = reader.size;
            totalSize += reader.alignmentPadding + size;
            out.repeat(0, reader.alignmentPadding);
            argument++;
            switch (option) {
                case PackFormat.SIGNED: {
                    long value = arguments.checkInteger(argument);
                    if (size < INTEGER_BYTES) {
                        long limit = 1L << (size * 8 - 1);
                        if (value < -limit || value >= limit) throw LibraryError.argumentError(argument, "integer overflow");
                    }
                    packInteger(out, value, reader.littleEndian, size, value < 0);
                    break;
                }
                case PackFormat.UNSIGNED: {
                    long value = arguments.checkInteger(argument);
                    if (size < INTEGER_BYTES && Long.compareUnsigned(value, 1L << (size * 8)) >= 0) {
                        throw LibraryError.argumentError(argument, "unsigned overflow");
                    }
                    packInteger(out, value, reader.littleEndian, size, false);
                    break;
                }
                case PackFormat.FLOAT: {
                    float value = (float) arguments.checkNumber(argument);
                    packInteger(out, Float.floatToRawIntBits(value), reader.littleEndian, 4, false);
                    break;
                }
                case PackFormat.DOUBLE: {
                    double value = arguments.checkNumber(argument);
                    packInteger(out, Double.doubleToRawLongBits(value), reader.littleEndian, 8, false);
                    break;
                }
                case PackFormat.FIXED_STRING: {
                    LuaString value = arguments.checkString(argument);
                    if (value.length() > size) throw LibraryError.argumentError(argument, "string longer than given size");
                    out.append(value);
                    out.repeat(0, size - value.length());
                    break;
                }
                case PackFormat.COUNTED_STRING: {
                    LuaString value = arguments.checkString(argument);
                    int length = value.length();
                    if (size < 8 && length >= 1L << (size * 8)) {
                        throw LibraryError.argumentError(argument, "string length does not fit in given size");
                    }
                    packInteger(out, length, reader.littleEndian, size, false);
                    out.append(value);
                    totalSize += length;
                    break;
                }
                case PackFormat.ZERO_STRING: {
                    LuaString value = arguments.checkString(argument);
                    if (containsZero(value)) throw LibraryError.argumentError(argument, "string contains zeros");
                    out.append(value);
                    out.append(0);
                    totalSize += value.length() + 1;
                    break;
                }
                case PackFormat.PADDING:
                    out.append(0);
                    argument--;
                    break;
                default:  // alignment padding and no-ops take no argument
                    argument--;
                    break;
            }
        }
        return out.toLuaString();
    }

    /** {@code string.packsize(format)}. */
    public static long packSize(LuaString format) {
        PackFormat reader = new PackFormat(format);
        long totalSize = 0;
        while (reader.hasMore()) {
            int option = reader.nextDetails(totalSize);
            if (option == PackFormat.COUNTED_STRING || option == PackFormat.ZERO_STRING) {
                throw LibraryError.argumentError(1, "variable-length format");
            }
            long size = reader.size + (long) reader.alignmentPadding;
            if (totalSize > MAX_SIZE - size) throw LibraryError.argumentError(1, "format result too large");
            totalSize += size;
        }
        return totalSize;
    }

    /**
     * {@code string.unpack(format, data, init)} with Lua's 1-based, possibly negative init:
     * pushes the values to {@code results} and returns the position after the last byte
     * read (its final result).
     */
    public static long unpack(LuaString format, LuaString data, long init, Results results) {
        byte[] bytes = data.bytes();
        int length = data.length();
        long position = LuaPattern.startPosition(init, length) - 1;
        if (position > length) throw LibraryError.argumentError(3, "initial position out of string");
        PackFormat reader = new PackFormat(format);
        while (reader.hasMore()) {
            int option = reader.nextDetails(position);
            int size = reader.size;
            if ((long) reader.alignmentPadding + size > length - position) {
                throw LibraryError.argumentError(2, "data string too short");
            }
            position += reader.alignmentPadding;
            int at = (int) position;
            switch (option) {
                case PackFormat.SIGNED: case PackFormat.UNSIGNED:
                    results.pushInteger(unpackInteger(bytes, at, reader.littleEndian, size, option == PackFormat.SIGNED));
                    break;
                case PackFormat.FLOAT:
                    results.pushFloat(Float.intBitsToFloat((int) unpackInteger(bytes, at, reader.littleEndian, 4, false)));
                    break;
                case PackFormat.DOUBLE:
                    results.pushFloat(Double.longBitsToDouble(unpackInteger(bytes, at, reader.littleEndian, 8, false)));
                    break;
                case PackFormat.FIXED_STRING:
                    results.pushString(LuaString.copyOf(bytes, at, size));
                    break;
                case PackFormat.COUNTED_STRING: {
                    long stringLength = unpackInteger(bytes, at, reader.littleEndian, size, false);
                    if (Long.compareUnsigned(stringLength, length - position - size) > 0) {
                        throw LibraryError.argumentError(2, "data string too short");
                    }
                    results.pushString(LuaString.copyOf(bytes, at + size, (int) stringLength));
                    position += stringLength;
                    break;
                }
                case PackFormat.ZERO_STRING: {
                    int end = at;
                    while (end < length && bytes[end] != 0) end++;
                    if (end >= length) throw LibraryError.argumentError(2, "unfinished string for format 'z'");
                    results.pushString(LuaString.copyOf(bytes, at, end - at));
                    position += end - at + 1;
                    break;
                }
                default:
                    break;
            }
            position += size;
        }
        return position + 1;
    }

    /**
     * Writes the low {@code size} bytes of {@code value} in the given byte order; bytes
     * beyond the eighth are the sign extension (0xFF when {@code negative}, else 0).
     */
    private static void packInteger(LuaStringBuilder out, long value, boolean littleEndian, int size, boolean negative) {
        byte[] buffer = out.reserve(size);
        int base = out.length();
        for (int i = 0; i < size; i++) {
            int b = i < INTEGER_BYTES ? (int) (value >>> (8 * i)) & 0xFF : (negative ? 0xFF : 0);
            buffer[base + (littleEndian ? i : size - 1 - i)] = (byte) b;
        }
        out.advance(size);
    }

    /**
     * Reads a {@code size}-byte integer, sign-extending short signed ones; longer ones must
     * carry only sign-extension bytes beyond the eighth.
     */
    private static long unpackInteger(byte[] bytes, int at, boolean littleEndian, int size, boolean signed) {
        long result = 0;
        int limit = Math.min(size, INTEGER_BYTES);
        for (int i = limit - 1; i >= 0; i--) {
            result = (result << 8) | (bytes[at + (littleEndian ? i : size - 1 - i)] & 0xFF);
        }
        if (size < INTEGER_BYTES) {
            if (signed) {
                long mask = 1L << (size * 8 - 1);
                result = (result ^ mask) - mask;
            }
        } else if (size > INTEGER_BYTES) {
            int expected = (!signed || result >= 0) ? 0 : 0xFF;
            for (int i = limit; i < size; i++) {
                if ((bytes[at + (littleEndian ? i : size - 1 - i)] & 0xFF) != expected) {
                    throw LibraryError.error(size + "-byte integer does not fit into Lua Integer");
                }
            }
        }
        return result;
    }

    private static boolean containsZero(LuaString value) {
        byte[] bytes = value.bytes();
        for (int i = 0, n = value.length(); i < n; i++) {
            if (bytes[i] == 0) return true;
        }
        return false;
    }
}
