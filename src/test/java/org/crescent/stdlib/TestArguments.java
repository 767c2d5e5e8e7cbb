package org.crescent.stdlib;

import java.nio.charset.StandardCharsets;
import org.crescent.runtime.LuaArithmetic;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.ReferenceCases;
import org.crescent.runtime.Tag;

/**
 * Test-side argument list for the string engines, behaving as the library's value stack
 * will: Lua's coercions and C Lua's argument error messages. Argument 1 is the format; the
 * values follow. Decodes the encodings of the generator scripts.
 */
class TestArguments implements StringFormat.Arguments, StringPack.Arguments {
    /** The error C Lua would raise, with the function name as the reference shows it. */
    static final class ArgumentFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ArgumentFailure(String message) {
            super(message, null, false, false);
        }
    }

    private final String functionName;
    private final byte[] tags;
    private final long[] payloads;
    private final LuaString[] strings;

    TestArguments(String functionName, String[] encoded) {
        this.functionName = functionName;
        int count = encoded.length + 1;
        tags = new byte[count];
        payloads = new long[count];
        strings = new LuaString[count];
        tags[0] = Tag.STRING;
        for (int i = 0; i < encoded.length; i++) {
            decode(encoded[i], i + 1);
        }
    }

    /** Decodes a text field: "=" printable text or "#" hex bytes. */
    static byte[] text(String field) {
        if (field.startsWith("=")) return field.substring(1).getBytes(StandardCharsets.ISO_8859_1);
        return ReferenceCases.unhex(field.substring(1));
    }

    static String show(String field) {
        return ReferenceCases.show(text(field));
    }

    private void decode(String field, int index) {
        if (field.equals("nil")) {
            tags[index] = Tag.NIL;
        } else if (field.equals("true")) {
            tags[index] = Tag.TRUE;
        } else if (field.equals("false")) {
            tags[index] = Tag.FALSE;
        } else if (field.equals("table")) {
            tags[index] = Tag.TABLE;
        } else if (field.startsWith("i:")) {
            tags[index] = Tag.INTEGER;
            payloads[index] = Long.parseLong(field.substring(2));
        } else if (field.startsWith("f:")) {
            tags[index] = Tag.FLOAT;
            payloads[index] = Long.parseLong(field.substring(2));
        } else if (field.startsWith("s")) {
            tags[index] = Tag.STRING;
            strings[index] = LuaString.wrap(text(field.substring(1)));
        } else {
            throw new IllegalArgumentException(field);
        }
    }

    ArgumentFailure argumentError(int argument, String message) {
        return new ArgumentFailure("bad argument #" + argument + " to '" + functionName + "' (" + message + ")");
    }

    /** Renders a library error as C Lua prints it from pcall(string.f, ...). */
    String message(LibraryError error) {
        if (error.argument() == 0) return error.getMessage();
        return argumentError(error.argument(), error.getMessage()).getMessage();
    }

    @Override
    public int top() {
        return tags.length;
    }

    private int slot(int argument) {
        return argument - 1;
    }

    @Override
    public byte tag(int argument) {
        return slot(argument) < tags.length ? tags[slot(argument)] : Tag.NIL;
    }

    private String typeName(int argument) {
        if (slot(argument) >= tags.length) return "no value";
        return Tag.typeName(tags[slot(argument)]);
    }

    @Override
    public long checkInteger(int argument) {
        int i = slot(argument);
        byte tag = tag(argument);
        long payload = i < tags.length ? payloads[i] : 0;
        if (tag == Tag.STRING) {
            long[] out = new long[1];
            tag = LuaNumbers.parse(strings[i], out, 0);
            payload = out[0];
            if (tag == Tag.NIL) throw argumentError(argument, "number expected, got string");
        }
        if (tag == Tag.INTEGER) return payload;
        if (tag == Tag.FLOAT) {
            double value = Double.longBitsToDouble(payload);
            if (LuaArithmetic.hasIntegerValue(value)) return (long) value;
            throw argumentError(argument, "number has no integer representation");
        }
        throw argumentError(argument, "number expected, got " + typeName(argument));
    }

    @Override
    public double checkNumber(int argument) {
        int i = slot(argument);
        byte tag = tag(argument);
        long payload = i < tags.length ? payloads[i] : 0;
        if (tag == Tag.STRING) {
            long[] out = new long[1];
            tag = LuaNumbers.parse(strings[i], out, 0);
            payload = out[0];
            if (tag == Tag.NIL) throw argumentError(argument, "number expected, got string");
        }
        if (tag == Tag.INTEGER) return payload;
        if (tag == Tag.FLOAT) return Double.longBitsToDouble(payload);
        throw argumentError(argument, "number expected, got " + typeName(argument));
    }

    @Override
    public LuaString checkString(int argument) {
        byte tag = tag(argument);
        if (tag == Tag.STRING) return strings[slot(argument)];
        if (tag == Tag.INTEGER || tag == Tag.FLOAT) return toLuaString(argument);
        throw argumentError(argument, "string expected, got " + typeName(argument));
    }

    @Override
    public long integerValue(int argument) {
        return payloads[slot(argument)];
    }

    @Override
    public double floatValue(int argument) {
        return Double.longBitsToDouble(payloads[slot(argument)]);
    }

    @Override
    public LuaString stringValue(int argument) {
        return strings[slot(argument)];
    }

    @Override
    public LuaString toLuaString(int argument) {
        int i = slot(argument);
        switch (tag(argument)) {
            case Tag.STRING: return strings[i];
            case Tag.INTEGER: return LuaNumbers.toLuaString(payloads[i]);
            case Tag.FLOAT: return LuaNumbers.toLuaString(Double.longBitsToDouble(payloads[i]));
            case Tag.NIL: return LuaString.of("nil");
            case Tag.TRUE: return LuaString.of("true");
            case Tag.FALSE: return LuaString.of("false");
            default: throw new IllegalStateException("tables have no stable text");
        }
    }

    @Override
    public long pointer(int argument) {
        byte tag = tag(argument);
        return tag >= Tag.STRING ? 0x55550000L + argument : 0;
    }
}
