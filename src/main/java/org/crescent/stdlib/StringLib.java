package org.crescent.stdlib;

import org.crescent.bytecode.BinaryChunkWriter;
import org.crescent.interpreter.ExecutionLimits;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaStringBuilder;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.MemoryMeter;
import org.crescent.runtime.Tag;

/**
 * The string library (manual section 6.4), as lstrlib.c: the registration table, the string
 * metatable, and the functions that need no pattern matching. Pattern functions are in
 * {@link StringPatternFunctions}, the metatable's arithmetic in {@link StringMetamethods}.
 *
 * <p>One instance per runtime holds the engines' reusable state (the pattern functions, a {@link StringFormat}, a
 * scratch builder, the argument adapter). Invariant: the builder is in use by at most one
 * call ({@code builderBusy}); a call reached while it is busy (string.format inside a
 * __tostring of a value being formatted) builds in a fresh one.
 */
public final class StringLib {
    /** C Lua's MAXSIZE for string results: INT_MAX. */
    static final long MAX_SIZE = Integer.MAX_VALUE;
    /** The largest Java array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** A scratch builder grown beyond this is dropped after use rather than kept. */
    private static final int MAX_KEPT_BUILDER = 1 << 16;

    // Each made at first use: loading their classes cost every runtime's start-up ~3 ms,
    // and many scripts never format or match.
    private StringPatternFunctions patterns;
    private StringFormat formatter;
    private StackArguments arguments;
    private LuaStringBuilder builder;
    private boolean builderBusy;

    private StringLib() {}

    /** Creates the {@code string} table and installs the metatable of strings. */
    public static void open(GlobalState global) {
        Library library = Library.create(global, "string").registerAll(Function.values(), new StringLib());
        LuaTable metatable = StringMetamethods.create();
        metatable.setString(LuaString.of("__index"), Tag.TABLE, 0, library.table());
        global.setTypeMetatable(Tag.STRING, metatable);
    }

    /** The registration table, in lstrlib.c's order; each function carries the runtime's StringLib. */
    enum Function implements LibraryFunction, JavaFunction.FastCall {
        BYTE, CHAR, DUMP, FIND, FORMAT, GMATCH, GSUB, LEN, LOWER, MATCH, REP, REVERSE, SUB, UPPER,
        PACK, PACKSIZE, UNPACK;

        @Override
        public JavaFunction.FastCall fastCall() {
            return this == LEN || this == BYTE || this == SUB ? this : null;
        }

        @Override
        public boolean call(LuaThread thread, int slot, int argumentCount) {
            return switch (this) {
                case LEN -> fastLength(thread, slot, argumentCount);
                case BYTE -> fastByte(thread, slot, argumentCount);
                case SUB -> fastSub(thread, slot, argumentCount);
                default -> false;
            };
        }

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case BYTE -> byteValues(thread, count);
                case CHAR -> character(thread, count);
                case DUMP -> dump(thread, count);
                case FIND -> state(thread).patterns().find(thread, count);
                case FORMAT -> state(thread).format(thread, count);
                case GMATCH -> StringPatternFunctions.gmatch(thread, count);
                case GSUB -> state(thread).patterns().gsub(thread, count);
                case LEN -> length(thread, count);
                case LOWER -> lower(thread, count);
                case MATCH -> state(thread).patterns().match(thread, count);
                case REP -> repeat(thread, count);
                case REVERSE -> reverse(thread, count);
                case SUB -> sub(thread, count);
                case UPPER -> upper(thread, count);
                case PACK -> state(thread).pack(thread, count);
                case PACKSIZE -> packsize(thread, count);
                case UNPACK -> state(thread).unpack(thread, count);
            };
        }

        private static StringLib state(LuaThread thread) {
            return (StringLib) LibraryFunction.state(thread);
        }
    }

    /** The Lua error for an engine's error, in the form it stands for. */
    static LuaError raise(LuaThread thread, LibraryError error) {
        return error.argument() == 0
                ? thread.error(error.getMessage())
                : thread.argumentError(error.argument(), error.getMessage());
    }

    // ---------------------------------------------------------------- positions

    /** lstrlib.c's posrelatI: a start position, negative from the end, clipped to [1, inf). */
    static long startPosition(long position, int length) {
        return LuaPattern.startPosition(position, length);
    }

    /** lstrlib.c's getendpos: an end position, negative from the end, clipped to [0, length]. */
    static long endPosition(long position, int length) {
        if (position > length) return length;
        if (position >= 0) return position;
        if (position < -(long) length) return 0;
        return length + position + 1;
    }

    // ---------------------------------------------------------------- frameless paths
    // For compiled callers (JavaFunction.FastCall): a string and integer arguments only, one
    // result; numbers to convert, absent or nil optional arguments, floats and every error
    // run the functions below.

    static boolean fastLength(LuaThread thread, int slot, int argumentCount) {
        if (argumentCount < 1 || thread.tags[slot + 1] != Tag.STRING) {
            return false;
        }
        thread.bits[slot] = ((LuaString) thread.refs[slot + 1]).length();
        thread.tags[slot] = Tag.INTEGER;
        return true;
    }

    /** string.byte(s) and string.byte(s, i) with i inside the string: one byte. */
    static boolean fastByte(LuaThread thread, int slot, int argumentCount) {
        if (argumentCount < 1 || argumentCount > 2 || thread.tags[slot + 1] != Tag.STRING
                || (argumentCount == 2 && thread.tags[slot + 2] != Tag.INTEGER)) {
            return false;
        }
        LuaString text = (LuaString) thread.refs[slot + 1];
        int length = text.length();
        long first = argumentCount == 2 ? thread.bits[slot + 2] : 1;
        long start = startPosition(first, length);
        if (start != endPosition(first, length)) {
            return false; // no byte (the function returns nothing)
        }
        thread.bits[slot] = text.byteAt((int) start - 1) & 0xFF;
        thread.tags[slot] = Tag.INTEGER;
        return true;
    }

    /** string.sub(s, i) and string.sub(s, i, j) with integers. */
    static boolean fastSub(LuaThread thread, int slot, int argumentCount) {
        if (argumentCount < 2 || argumentCount > 3 || thread.tags[slot + 1] != Tag.STRING
                || thread.tags[slot + 2] != Tag.INTEGER || (argumentCount == 3 && thread.tags[slot + 3] != Tag.INTEGER)) {
            return false;
        }
        LuaString text = (LuaString) thread.refs[slot + 1];
        int length = text.length();
        long start = startPosition(thread.bits[slot + 2], length);
        long end = endPosition(argumentCount == 3 ? thread.bits[slot + 3] : -1, length);
        thread.refs[slot] = start <= end ? text.substring((int) start - 1, (int) end) : LuaString.EMPTY;
        thread.tags[slot] = Tag.STRING;
        return true;
    }

    // ---------------------------------------------------------------- simple functions

    static int length(LuaThread thread, int argumentCount) {
        thread.pushInteger(thread.checkString(1).length());
        return 1;
    }

    static int sub(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        int length = text.length();
        long start = startPosition(thread.checkInteger(2), length);
        long end = endPosition(thread.optInteger(3, -1), length);
        thread.pushString(start <= end ? text.substring((int) start - 1, (int) end) : LuaString.EMPTY);
        return 1;
    }

    static int reverse(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        byte[] source = text.bytes();
        int length = text.length();
        byte[] result = new byte[length];
        for (int i = 0; i < length; i++) {
            result[i] = source[length - 1 - i];
        }
        thread.pushString(LuaString.wrap(result));
        return 1;
    }

    static int lower(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        byte[] source = text.bytes();
        byte[] result = new byte[text.length()];
        for (int i = 0; i < result.length; i++) {
            byte c = source[i];
            result[i] = c >= 'A' && c <= 'Z' ? (byte) (c + ('a' - 'A')) : c;  // tolower in the "C" locale
        }
        thread.pushString(LuaString.wrap(result));
        return 1;
    }

    static int upper(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        byte[] source = text.bytes();
        byte[] result = new byte[text.length()];
        for (int i = 0; i < result.length; i++) {
            byte c = source[i];
            result[i] = c >= 'a' && c <= 'z' ? (byte) (c - ('a' - 'A')) : c;
        }
        thread.pushString(LuaString.wrap(result));
        return 1;
    }

    static int repeat(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        long count = thread.checkInteger(2);
        LuaString separator = thread.optString(3, LuaString.EMPTY);
        if (count <= 0) {
            thread.pushString(LuaString.EMPTY);
            return 1;
        }
        long length = text.length();
        long separatorLength = separator.length();
        if (length + separatorLength > MAX_SIZE / count) throw thread.error("resulting string too large");
        long total = count * length + (count - 1) * separatorLength;
        if (total == 0) {
            thread.pushString(LuaString.EMPTY);
            return 1;
        }
        if (total > MAX_ARRAY) throw thread.error("not enough memory");
        MemoryMeter.reserve(total);
        byte[] result = new byte[(int) total];
        if (separatorLength == 0) {
            System.arraycopy(text.bytes(), 0, result, 0, (int) length);
            int filled = (int) length;
            while (filled < total) {  // double the copied prefix each step
                int chunk = (int) Math.min(filled, total - filled);
                System.arraycopy(result, 0, result, filled, chunk);
                filled += chunk;
            }
        } else {
            int position = 0;
            for (long i = 1; i < count; i++) {
                if ((i & (ExecutionLimits.POLL_INTERVAL - 1)) == 0) {
                    ExecutionLimits.poll(thread, ExecutionLimits.POLL_INTERVAL);
                }
                System.arraycopy(text.bytes(), 0, result, position, (int) length);
                position += (int) length;
                System.arraycopy(separator.bytes(), 0, result, position, (int) separatorLength);
                position += (int) separatorLength;
            }
            System.arraycopy(text.bytes(), 0, result, position, (int) length);
        }
        thread.pushString(LuaString.wrap(result));
        return 1;
    }

    static int byteValues(LuaThread thread, int argumentCount) {
        LuaString text = thread.checkString(1);
        int length = text.length();
        long first = thread.optInteger(2, 1);
        long start = startPosition(first, length);
        long end = endPosition(thread.optInteger(3, first), length);
        if (start > end) return 0;
        if (end - start >= Integer.MAX_VALUE) throw thread.error("string slice too long");
        int count = (int) (end - start) + 1;
        if ((long) thread.top + count > LuaThread.MAX_STACK_SIZE) {
            throw thread.error("stack overflow (string slice too long)");
        }
        thread.ensureCapacity(count);
        byte[] bytes = text.bytes();
        for (int i = 0; i < count; i++) {
            thread.pushInteger(bytes[(int) start - 1 + i] & 0xFF);
        }
        return count;
    }

    static int character(LuaThread thread, int argumentCount) {
        byte[] result = new byte[argumentCount];
        for (int n = 1; n <= argumentCount; n++) {
            long value = thread.checkInteger(n);
            if (Long.compareUnsigned(value, 255) > 0) throw thread.argumentError(n, "value out of range");
            result[n - 1] = (byte) value;
        }
        thread.pushString(LuaString.wrap(result));
        return 1;
    }

    static int dump(LuaThread thread, int argumentCount) {
        boolean strip = thread.toBoolean(2);
        thread.checkType(1, Tag.FUNCTION);
        Object function = thread.refArgument(1);
        if (!(function instanceof LuaClosure)) throw thread.error("unable to dump given function");
        LuaClosure closure = (LuaClosure) function;
        thread.pushString(LuaString.wrap(BinaryChunkWriter.write(closure.prototype, closure.upvalues.length, strip)));
        return 1;
    }

    // ---------------------------------------------------------------- format and pack

    private StringPatternFunctions patterns() {
        if (patterns == null) {
            patterns = new StringPatternFunctions();
        }
        return patterns;
    }

    private StackArguments arguments() {
        if (arguments == null) {
            arguments = new StackArguments();
        }
        return arguments;
    }

    int format(LuaThread thread, int argumentCount) {
        LuaString format = thread.checkString(1);
        if (formatter == null) {
            formatter = new StringFormat();
            builder = new LuaStringBuilder(256);
        }
        StackArguments arguments = arguments();
        LuaThread saved = arguments.enter(thread);
        boolean shared = !builderBusy;
        LuaStringBuilder out = shared ? builder : new LuaStringBuilder(format.length() + 16);
        builderBusy = true;
        try {
            out.clear();
            formatter.format(format, arguments, out);
            thread.pushString(out.toLuaString());
            return 1;
        } catch (LibraryError error) {
            throw raise(thread, error);
        } finally {
            arguments.leave(saved);
            if (shared) {
                builderBusy = false;
                if (out.reserve(0).length > MAX_KEPT_BUILDER) builder = new LuaStringBuilder(256);
            }
        }
    }

    int pack(LuaThread thread, int argumentCount) {
        LuaString format = thread.checkString(1);
        StackArguments arguments = arguments();
        LuaThread saved = arguments.enterPacking(thread);
        try {
            thread.pushString(StringPack.pack(format, arguments));
            return 1;
        } catch (LibraryError error) {
            throw raise(thread, error);
        } finally {
            arguments.leave(saved);
        }
    }

    static int packsize(LuaThread thread, int argumentCount) {
        LuaString format = thread.checkString(1);
        try {
            thread.pushInteger(StringPack.packSize(format));
            return 1;
        } catch (LibraryError error) {
            throw raise(thread, error);
        }
    }

    int unpack(LuaThread thread, int argumentCount) {
        LuaString format = thread.checkString(1);
        LuaString data = thread.checkString(2);
        long init = thread.optInteger(3, 1);
        int first = thread.top;
        StackArguments arguments = arguments();
        LuaThread saved = arguments.enter(thread);
        try {
            long next = StringPack.unpack(format, data, init, arguments);
            thread.pushInteger(next);
            return thread.top - first;
        } catch (LibraryError error) {
            throw raise(thread, error);
        } finally {
            arguments.leave(saved);
        }
    }
}
