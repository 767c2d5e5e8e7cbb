package org.crescent.runtime;

import java.util.Arrays;

/**
 * A growable byte buffer that builds a {@link LuaString}, the counterpart of C Lua's
 * luaL_Buffer. Invariant: {@code bytes[0..length)} is the content; the array may be longer.
 */
public final class LuaStringBuilder {
    private byte[] bytes;
    private int length;

    public LuaStringBuilder() {
        this(64);
    }

    public LuaStringBuilder(int capacity) {
        MemoryMeter.charge(capacity);
        bytes = new byte[Math.max(capacity, 16)];
    }

    public int length() {
        return length;
    }

    /** Truncates to {@code newLength} bytes (no larger than the current length). */
    public void setLength(int newLength) {
        if (newLength < 0 || newLength > length) throw new IndexOutOfBoundsException(newLength);
        length = newLength;
    }

    /** The byte at {@code index} as an unsigned value 0-255. */
    public int byteAt(int index) {
        if (index >= length) throw new IndexOutOfBoundsException(index);
        return bytes[index] & 0xFF;
    }

    public LuaStringBuilder append(int byteValue) {
        if (length == bytes.length) grow(1);
        bytes[length++] = (byte) byteValue;
        return this;
    }

    /** Appends {@code count} copies of a byte. */
    public LuaStringBuilder repeat(int byteValue, int count) {
        if (count <= 0) return this;
        reserve(count);
        Arrays.fill(bytes, length, length + count, (byte) byteValue);
        length += count;
        return this;
    }

    public LuaStringBuilder append(byte[] source, int offset, int count) {
        reserve(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
        return this;
    }

    public LuaStringBuilder append(LuaString text) {
        return append(text.bytes(), 0, text.length());
    }

    /** Appends {@code text[begin..end)}. */
    public LuaStringBuilder append(LuaString text, int begin, int end) {
        return append(text.bytes(), begin, end - begin);
    }

    /** Appends the characters of an ASCII Java string (messages, fixed words). */
    public LuaStringBuilder appendAscii(String text) {
        int count = text.length();
        reserve(count);
        for (int i = 0; i < count; i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /**
     * Makes room for {@code count} more bytes and returns the backing array, so that a
     * writer can fill {@code array[length()..length()+count)} and then call {@link #advance}.
     */
    public byte[] reserve(int count) {
        if (bytes.length - length < count) grow(count);
        return bytes;
    }

    /** Commits {@code count} bytes written directly after the content (see {@link #reserve}). */
    public void advance(int count) {
        if (count < 0 || length + count > bytes.length) throw new IndexOutOfBoundsException(count);
        length += count;
    }

    public LuaString toLuaString() {
        return LuaString.copyOf(bytes, 0, length);
    }

    public void clear() {
        length = 0;
    }

    private void grow(int needed) {
        long wanted = Math.max((long) bytes.length * 2, (long) length + needed);
        if (wanted > Integer.MAX_VALUE - 8) {
            if ((long) length + needed > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("string too large");
            wanted = Integer.MAX_VALUE - 8;
        }
        MemoryMeter.charge(wanted - bytes.length);
        bytes = Arrays.copyOf(bytes, (int) wanted);
    }
}
