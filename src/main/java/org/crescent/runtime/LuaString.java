package org.crescent.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable Lua string: a sequence of bytes, never a {@link String}. Any byte sequence
 * round-trips. Invariant: {@code bytes} is never modified after construction and is owned by
 * this object; the hash is computed once, lazily, from the bytes alone, so two equal strings
 * always have equal hashes.
 */
public final class LuaString implements Comparable<LuaString> {
    public static final LuaString EMPTY = new LuaString(new byte[0]);

    private final byte[] bytes;
    private int hash;
    private boolean hashIsZero;

    private LuaString(byte[] bytes) {
        MemoryMeter.chargeString(bytes.length);
        this.bytes = bytes;
        if (bytes.length >= LargeStrings.THRESHOLD) LargeStrings.track(bytes);
    }

    /** Wraps a byte array the caller promises never to modify again. */
    public static LuaString wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new LuaString(bytes);
    }

    /** Copies {@code length} bytes starting at {@code offset}. */
    public static LuaString copyOf(byte[] source, int offset, int length) {
        return length == 0 ? EMPTY : new LuaString(Arrays.copyOfRange(source, offset, offset + length));
    }

    /** Encodes a Java string as UTF-8 (the API edge's conversion). */
    public static LuaString of(String text) {
        return wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    public int length() {
        return bytes.length;
    }

    /** The byte at {@code index} as an unsigned value 0-255. */
    public int byteAt(int index) {
        return bytes[index] & 0xFF;
    }

    /**
     * The backing array, for readers that promise not to modify it (patterns, formatting,
     * I/O). Exposed to avoid a copy on every library call.
     */
    public byte[] bytes() {
        return bytes;
    }

    public LuaString substring(int begin, int end) {
        if (begin == 0 && end == bytes.length) {
            return this;
        }
        return copyOf(bytes, begin, end - begin);
    }

    public LuaString concat(LuaString other) {
        if (other.bytes.length == 0) return this;
        if (bytes.length == 0) return other;
        byte[] joined = Arrays.copyOf(bytes, bytes.length + other.bytes.length);
        System.arraycopy(other.bytes, 0, joined, bytes.length, other.bytes.length);
        return new LuaString(joined);
    }

    /**
     * Small enough for the JIT to inline into every table lookup; the loop is out of line. As
     * String's: a hash of 0 is remembered by a flag, so a racing reader recomputes rather than
     * ever seeing a wrong value.
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            h = computeHash();
        }
        return h;
    }

    private int computeHash() {
        int h = bytes.length;
        for (byte b : bytes) {
            h = h * 31 + b;
        }
        h ^= h >>> 16;
        if (h == 0) {
            hashIsZero = true;
        } else {
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) return true;
        if (!(other instanceof LuaString)) return false;
        LuaString that = (LuaString) other;
        return bytes.length == that.bytes.length
                && hashCode() == that.hashCode()
                && Arrays.equals(bytes, that.bytes);
    }

    /** Byte-wise unsigned comparison, as C Lua's {@code strcoll} in the "C" locale. */
    @Override
    public int compareTo(LuaString other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    /** Decodes as UTF-8, replacing malformed input (the API edge's conversion). */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
