package org.crescent.bytecode;

import java.nio.charset.StandardCharsets;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * Reads a binary chunk written by {@link BinaryChunkWriter} back into a prototype tree. Any
 * input is safe: a malformed chunk raises a {@link LuaError} whose value is C Lua's message,
 * "name: bad binary format (why)" ("truncated chunk", "not a binary chunk", "version
 * mismatch", "format mismatch", ...; "not a Crescent chunk" for one of C Lua's), never another exception and never an allocation larger
 * than the input justifies. Beyond the format it checks what the interpreter relies on when it
 * creates closures: line and upvalue-name tables sized as the code and upvalues, upvalue
 * descriptors within the enclosing function. Like C Lua it does not verify instructions.
 * A stripped chunk reads with source "=?" and no lines, locals or upvalue names.
 */
public final class BinaryChunkReader {
    /** Deeper nesting than the compiler can produce (it stops at 200 syntax levels). */
    private static final int MAX_DEPTH = 250;
    private static final LuaString STRIPPED_SOURCE = LuaString.of("=?");
    private static final LocalVariableInfo[] NO_LOCALS = new LocalVariableInfo[0];

    private final byte[] chunk;
    private final String name;
    private int position;

    private BinaryChunkReader(byte[] chunk, String name) {
        this.chunk = chunk;
        this.name = name;
    }

    /**
     * The main prototype of {@code chunk}, a binary chunk loaded under {@code chunkName} (as
     * given to load: "@file", "=name", or the chunk itself), which only serves messages.
     */
    public static Prototype read(byte[] chunk, LuaString chunkName) {
        BinaryChunkReader reader = new BinaryChunkReader(chunk, displayName(chunkName));
        int upvalueCount = reader.header();
        Prototype main = reader.function(null, 0);
        if (main.upvalues.length != upvalueCount) throw reader.error("upvalue count mismatch");
        return main;
    }

    /** lundump.c's naming: "@x" and "=x" show as x, a chunk passed as its own name as "binary string". */
    private static String displayName(LuaString chunkName) {
        String text = new String(chunkName.bytes(), StandardCharsets.ISO_8859_1);
        if (text.startsWith("@") || text.startsWith("=")) return text.substring(1);
        if (text.startsWith("\u001b")) return "binary string";
        return text;
    }

    private LuaError error(String why) {
        return new LuaError(LuaString.wrap((name + ": bad binary format (" + why + ")").getBytes(StandardCharsets.ISO_8859_1)));
    }

    // ---------------------------------------------------------------- structure

    private int header() {
        position = 1;  // the first byte was checked by the caller
        literal(BinaryChunkWriter.SIGNATURE, 1, "not a binary chunk");
        if (readByte() != BinaryChunkWriter.VERSION) throw error("version mismatch");
        if (readByte() != BinaryChunkWriter.FORMAT) throw error("format mismatch");
        literal(BinaryChunkWriter.CHECK_DATA, 0, "corrupted chunk");
        size(BinaryChunkWriter.INSTRUCTION_SIZE, "Instruction");
        size(BinaryChunkWriter.INTEGER_SIZE, "lua_Integer");
        size(BinaryChunkWriter.FLOAT_SIZE, "lua_Number");
        if (fixed64() != BinaryChunkWriter.CHECK_INTEGER) throw error("integer format mismatch");
        if (Double.longBitsToDouble(fixed64()) != BinaryChunkWriter.CHECK_FLOAT) throw error("float format mismatch");
        if (readByte() != BinaryChunkWriter.CRESCENT_MARKER) throw error("not a Crescent chunk");
        if (readByte() != BinaryChunkWriter.CRESCENT_LAYOUT) throw error("format mismatch");
        return readByte();
    }

    private void literal(byte[] expected, int from, String why) {
        for (int i = from; i < expected.length; i++) {
            if (readByte() != (expected[i] & 0xFF)) throw error(why);
        }
    }

    private void size(int expected, String typeName) {
        if (readByte() != expected) throw error(typeName + " size mismatch");
    }

    /** One function; {@code parentSource} is null for the main function. */
    private Prototype function(LuaString parentSource, int depth) {
        if (depth > MAX_DEPTH) throw error("functions nested too deeply");
        LuaString source = nullableString();
        if (source == null) source = parentSource != null ? parentSource : STRIPPED_SOURCE;
        int lineDefined = readInt();
        int lastLineDefined = readInt();
        int parameterCount = readByte();
        boolean isVararg = readByte() != 0;
        int maxStackSize = readByte();
        int[] code = new int[count(4)];
        for (int pc = 0; pc < code.length; pc++) code[pc] = fixed32();
        int constantCount = count(1);
        byte[] constantTags = new byte[constantCount];
        long[] constantBits = new long[constantCount];
        Object[] constantObjects = new Object[constantCount];
        for (int i = 0; i < constantCount; i++) {
            byte tag = (byte) readByte();
            constantTags[i] = tag;
            switch (tag) {
                case Tag.NIL: case Tag.FALSE: case Tag.TRUE:
                    break;
                case Tag.INTEGER: case Tag.FLOAT:
                    constantBits[i] = fixed64();
                    break;
                case Tag.STRING:
                    constantObjects[i] = string();
                    break;
                default:
                    throw error("bad format for constant");
            }
        }
        UpvalueInfo[] upvalues = new UpvalueInfo[count(3)];
        int[] upvalueFields = new int[upvalues.length * 3];
        for (int i = 0; i < upvalueFields.length; i++) upvalueFields[i] = readByte();
        Prototype[] prototypes = new Prototype[count(1)];
        PartialFunction self = new PartialFunction(maxStackSize, upvalues.length);
        for (int i = 0; i < prototypes.length; i++) {
            prototypes[i] = function(source, depth + 1);
            checkUpvalues(prototypes[i], self);
        }
        int lineCount = count(1);
        if (lineCount != 0 && lineCount != code.length) throw error("line information mismatch");
        int[] lines = new int[lineCount];
        long line = lineDefined;
        for (int pc = 0; pc < lineCount; pc++) {
            long encoded = varint(-1L);
            line += (encoded >>> 1) ^ -(encoded & 1);
            if (line < 0 || line > Integer.MAX_VALUE) throw error("line information mismatch");
            lines[pc] = (int) line;
        }
        int localCount = count(3);
        LocalVariableInfo[] locals = localCount == 0 ? NO_LOCALS : new LocalVariableInfo[localCount];
        for (int i = 0; i < localCount; i++) {
            locals[i] = new LocalVariableInfo(string(), readInt(), readInt());
        }
        int nameCount = count(1);
        if (nameCount != 0 && nameCount != upvalues.length) throw error("upvalue information mismatch");
        for (int i = 0; i < upvalues.length; i++) {
            LuaString upvalueName = nameCount == 0 ? null : nullableString();
            upvalues[i] = new UpvalueInfo(upvalueName, upvalueFields[3 * i] != 0, upvalueFields[3 * i + 1], upvalueFields[3 * i + 2]);
        }
        return new Prototype(code, lines, constantTags, constantBits, constantObjects, prototypes, upvalues,
                locals, parameterCount, isVararg, maxStackSize, source, lineDefined, lastLineDefined);
    }

    /** What a nested function's upvalue descriptors are checked against. */
    private record PartialFunction(int maxStackSize, int upvalueCount) {}

    /** A closure made from {@code child} captures registers or upvalues its parent has. */
    private void checkUpvalues(Prototype child, PartialFunction parent) {
        for (UpvalueInfo upvalue : child.upvalues) {
            int limit = upvalue.inStack() ? parent.maxStackSize() : parent.upvalueCount();
            if (upvalue.index() >= limit) throw error("invalid upvalue index");
        }
    }

    // ---------------------------------------------------------------- decoding

    private int readByte() {
        if (position >= chunk.length) throw error("truncated chunk");
        return chunk[position++] & 0xFF;
    }

    /** An unsigned varint no larger than {@code limit} (unsigned). */
    private long varint(long limit) {
        long value = 0;
        int shift = 0;
        int b;
        do {
            b = readByte();
            if (shift >= 64 || (shift == 63 && (b & 0x7E) != 0)) throw error("integer overflow");
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (Long.compareUnsigned(value, limit) > 0) throw error("integer overflow");
        return value;
    }

    private int readInt() {
        return (int) varint(Integer.MAX_VALUE);
    }

    /** A count of items taking at least {@code itemSize} bytes each: no more than the bytes left. */
    private int count(int itemSize) {
        int count = readInt();
        if ((long) count * itemSize > chunk.length - position) throw error("truncated chunk");
        return count;
    }

    private int fixed32() {
        if (chunk.length - position < 4) throw error("truncated chunk");
        int value = 0;
        for (int i = 0; i < 4; i++) value |= (chunk[position++] & 0xFF) << (8 * i);
        return value;
    }

    private long fixed64() {
        if (chunk.length - position < 8) throw error("truncated chunk");
        long value = 0;
        for (int i = 0; i < 8; i++) value |= (chunk[position++] & 0xFFL) << (8 * i);
        return value;
    }

    private LuaString bytes(int count) {
        if (count > chunk.length - position) throw error("truncated chunk");
        LuaString text = LuaString.copyOf(chunk, position, count);
        position += count;
        return text;
    }

    private LuaString string() {
        return bytes(readInt());
    }

    private LuaString nullableString() {
        long size = varint(Integer.MAX_VALUE + 1L);
        return size == 0 ? null : bytes((int) (size - 1));
    }
}
