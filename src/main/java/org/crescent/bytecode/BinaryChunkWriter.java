package org.crescent.bytecode;

import java.util.Arrays;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * Writes a prototype tree as a Crescent binary chunk, the bytes {@code string.dump} returns
 * and {@link BinaryChunkReader} reads back to an equal tree. The layout:
 *
 * <pre>
 * header    C Lua 5.4's header, byte for byte: "\x1bLua", version 0x54, format 0,
 *           "\x19\x93\r\n\x1a\n" (catches text-mode conversions), the sizes 4 8 8 of an
 *           instruction, an integer and a float, the integer 0x5678 and the float 370.5
 *           (8 bytes each, little-endian), as the official test suite checks; then Crescent's
 *           marker 'C' and layout version 1 (where C Lua's chunks have the main function's
 *           upvalue count, so that Crescent refuses C Lua's chunks cleanly; C Lua does not
 *           verify what follows its header), then the main function's upvalue count
 * function  source (nullable string: absent when stripped or equal to the parent's),
 *           lineDefined, lastLineDefined, parameterCount (byte), isVararg (byte),
 *           maxStackSize (byte),
 *           code (count, then 4 bytes little-endian per instruction),
 *           constants (count, then per constant its {@link Tag} byte and, for an integer or
 *           a float, 8 bytes of bits, for a string a string),
 *           upvalues (count, then inStack, index, kind as bytes), nested functions (count,
 *           then each function), and debug information: lines (count, 0 when stripped,
 *           else one per instruction, as signed differences from the previous line starting
 *           at lineDefined), local variables (count, then name, startPc, endPc) and upvalue
 *           names (count, 0 when stripped, then a nullable string each)
 * </pre>
 *
 * Counts and other unsigned numbers are varints (7 bits a byte, least significant group
 * first, high bit set on every byte but the last); a string is its length then its bytes;
 * a nullable string is 0 for absent, or its length + 1 then its bytes. Signed differences
 * are zigzag-encoded varints. Stateless apart from the buffer of the chunk being written.
 */
public final class BinaryChunkWriter {
    static final byte[] SIGNATURE = {0x1B, 'L', 'u', 'a'};
    static final int VERSION = 0x54;
    /** C Lua's official format: the official test suite checks the header byte for byte. */
    static final int FORMAT = 0;
    /** What follows C Lua's header in Crescent's chunks, and the version of its layout. */
    static final int CRESCENT_MARKER = 'C';
    static final int CRESCENT_LAYOUT = 1;
    static final byte[] CHECK_DATA = {0x19, (byte) 0x93, '\r', '\n', 0x1A, '\n'};
    static final int INSTRUCTION_SIZE = 4;
    static final int INTEGER_SIZE = 8;
    static final int FLOAT_SIZE = 8;
    static final long CHECK_INTEGER = 0x5678;
    static final double CHECK_FLOAT = 370.5;

    private byte[] buffer = new byte[256];
    private int length;
    private final boolean strip;

    private BinaryChunkWriter(boolean strip) {
        this.strip = strip;
    }

    /**
     * The binary chunk of {@code main}, a closure with {@code upvalueCount} upvalues; without
     * lines, local and upvalue names and source when {@code strip} is set.
     */
    public static byte[] write(Prototype main, int upvalueCount, boolean strip) {
        BinaryChunkWriter writer = new BinaryChunkWriter(strip);
        writer.header(upvalueCount);
        writer.function(main, null);
        return Arrays.copyOf(writer.buffer, writer.length);
    }

    private void header(int upvalueCount) {
        bytes(SIGNATURE, SIGNATURE.length);
        writeByte(VERSION);
        writeByte(FORMAT);
        bytes(CHECK_DATA, CHECK_DATA.length);
        writeByte(INSTRUCTION_SIZE);
        writeByte(INTEGER_SIZE);
        writeByte(FLOAT_SIZE);
        fixed64(CHECK_INTEGER);
        fixed64(Double.doubleToRawLongBits(CHECK_FLOAT));
        writeByte(CRESCENT_MARKER);
        writeByte(CRESCENT_LAYOUT);
        writeByte(upvalueCount);
    }

    private void function(Prototype f, LuaString parentSource) {
        nullableString(strip || f.source.equals(parentSource) ? null : f.source);
        varint(f.lineDefined);
        varint(f.lastLineDefined);
        writeByte(f.parameterCount);
        writeByte(f.isVararg ? 1 : 0);
        writeByte(f.maxStackSize);
        varint(f.code.length);
        for (int instruction : f.code) fixed32(instruction);
        constants(f);
        varint(f.upvalues.length);
        for (UpvalueInfo upvalue : f.upvalues) {
            writeByte(upvalue.inStack() ? 1 : 0);
            writeByte(upvalue.index());
            writeByte(upvalue.kind());
        }
        varint(f.prototypes.length);
        for (Prototype child : f.prototypes) function(child, f.source);
        debug(f);
    }

    private void constants(Prototype f) {
        int count = f.constantTags.length;
        varint(count);
        for (int i = 0; i < count; i++) {
            byte tag = f.constantTags[i];
            writeByte(tag);
            if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
                fixed64(f.constantBits[i]);
            } else if (tag == Tag.STRING) {
                string((LuaString) f.constantObjects[i]);
            }
        }
    }

    private void debug(Prototype f) {
        if (strip) {
            varint(0);
            varint(0);
            varint(0);
            return;
        }
        varint(f.lines.length);
        long previous = f.lineDefined;
        for (int line : f.lines) {
            long difference = line - previous;
            varint((difference << 1) ^ (difference >> 63));
            previous = line;
        }
        varint(f.localVariables.length);
        for (LocalVariableInfo local : f.localVariables) {
            string(local.name());
            varint(local.startPc());
            varint(local.endPc());
        }
        varint(f.upvalues.length);
        for (UpvalueInfo upvalue : f.upvalues) nullableString(upvalue.name());
    }

    // ---------------------------------------------------------------- encoding

    private void ensure(int extra) {
        if (length + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + extra));
        }
    }

    private void writeByte(int value) {
        ensure(1);
        buffer[length++] = (byte) value;
    }

    private void bytes(byte[] source, int count) {
        ensure(count);
        System.arraycopy(source, 0, buffer, length, count);
        length += count;
    }

    private void varint(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buffer[length++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        buffer[length++] = (byte) value;
    }

    private void fixed32(int value) {
        ensure(4);
        for (int i = 0; i < 4; i++) buffer[length++] = (byte) (value >>> (8 * i));
    }

    private void fixed64(long value) {
        ensure(8);
        for (int i = 0; i < 8; i++) buffer[length++] = (byte) (value >>> (8 * i));
    }

    private void string(LuaString text) {
        varint(text.length());
        bytes(text.bytes(), text.length());
    }

    private void nullableString(LuaString text) {
        if (text == null) {
            varint(0);
        } else {
            varint(text.length() + 1L);
            bytes(text.bytes(), text.length());
        }
    }
}
