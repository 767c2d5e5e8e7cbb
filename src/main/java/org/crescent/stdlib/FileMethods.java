package org.crescent.stdlib;

import org.crescent.interpreter.CallFrame;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.Tag;

/**
 * The methods of file handles (f:read, f:write, f:lines, f:seek, f:setvbuf, f:flush,
 * f:close and the metamethods) and the reading, writing and line-iteration machinery io.read,
 * io.write and io.lines share with them, after liolib.c.
 */
final class FileMethods {
    /** C Lua's L_MAXLENNUM: the longest numeral read by the "n" format. */
    private static final int MAX_NUMERAL = 200;
    /** C Lua's MAXARGLINE: formats one lines iterator may carry. */
    private static final int MAX_LINE_FORMATS = 250;
    /** Reads of this many bytes or more fail as malloc does for them on a usual machine. */
    private static final long MAX_READ_SIZE = 1L << 40;
    private static final String[] SEEK_OPTIONS = {"set", "cur", "end"};
    private static final String[] BUFFER_OPTIONS = {"no", "full", "line"};
    private static final int[] BUFFER_MODES = {LuaFile.UNBUFFERED, LuaFile.FULLY_BUFFERED, LuaFile.LINE_BUFFERED};
    private static final LuaString CLOSED = LuaString.of("file (closed)");

    private FileMethods() {}

    /**
     * The methods of file handles (the {@code FILE*} metatable's {@code __index} table) and,
     * not registered there, the metatable's own metamethods; each carries the {@link IoState}.
     */
    enum Method implements LibraryFunction {
        READ, WRITE, LINES, FLUSH, SEEK, CLOSE, SETVBUF,
        /** {@code __gc}. */
        COLLECT,
        /** {@code __close}. */
        CLOSE_VARIABLE,
        /** {@code __tostring}. */
        TOSTRING;

        @Override
        public String luaName() {
            return this == COLLECT ? "__gc"
                    : this == CLOSE_VARIABLE ? "__close"
                    : this == TOSTRING ? "__tostring"
                    : LibraryFunction.super.luaName();
        }

        @Override
        public boolean registered() {
            return compareTo(COLLECT) < 0;
        }

        @Override
        public int call(LuaThread thread, int count) {
            IoState io = (IoState) LibraryFunction.state(thread);
            return switch (this) {
                case READ -> read(thread, openFile(io, thread), 2);
                case WRITE -> writeMethod(io, thread);
                case LINES -> linesMethod(io, thread);
                case FLUSH -> flush(io, thread);
                case SEEK -> seek(io, thread);
                case CLOSE -> closeHandle(io, thread, openFile(io, thread));
                case SETVBUF -> setvbuf(io, thread);
                case COLLECT, CLOSE_VARIABLE -> collect(io, thread);
                case TOSTRING -> tostring(io, thread);
            };
        }
    }

    private static int writeMethod(IoState io, LuaThread thread) {
        LuaFile file = openFile(io, thread);
        thread.pushArgument(1);
        return write(thread, file, 2);
    }

    private static int linesMethod(IoState io, LuaThread thread) {
        openFile(io, thread);
        return lines(io, thread, (LuaUserdata) thread.refArgument(1), false);
    }

    private static int flush(IoState io, LuaThread thread) {
        LuaFile file = openFile(io, thread);
        return result(thread, file, file.flush());
    }

    private static int setvbuf(IoState io, LuaThread thread) {
        LuaFile file = openFile(io, thread);
        int option = checkOption(thread, 2, null, BUFFER_OPTIONS);
        long size = thread.optInteger(3, -1);
        return result(thread, file, file.setBuffering(BUFFER_MODES[option], size < 0 ? 0 : size));
    }

    static int collect(IoState io, LuaThread thread) {
        LuaFile file = checkHandle(io, thread);
        if (!file.closed) {
            int top = thread.top;
            closeHandle(io, thread, file);
            thread.top = top;
        }
        return 0;
    }

    static int tostring(IoState io, LuaThread thread) {
        LuaFile file = checkHandle(io, thread);
        thread.pushString(file.closed ? CLOSED : Errors.bytesOf("file (" + ValueFormatter.address(file) + ")"));
        return 1;
    }

    /** luaL_checkudata(L, 1, "FILE*"). */
    static LuaFile checkHandle(IoState io, LuaThread thread) {
        LuaFile file = io.fileOf(thread.argumentTag(1), thread.argumentCount() >= 1 ? thread.refArgument(1) : null);
        if (file == null) {
            throw thread.typeError(1, "FILE*");
        }
        return file;
    }

    /** tofile: argument 1 as an open file. */
    static LuaFile openFile(IoState io, LuaThread thread) {
        LuaFile file = checkHandle(io, thread);
        if (file.closed) {
            throw thread.error("attempt to use a closed file");
        }
        return file;
    }

    /** luaL_fileresult with no file name: true, or fail, message, errno. */
    static int result(LuaThread thread, LuaFile file, boolean success) {
        if (success) {
            thread.pushBoolean(true);
            return 1;
        }
        return file.failure.push(thread, null);
    }

    /** aux_close: closes by the file's kind and pushes what close returns. */
    static int closeHandle(IoState io, LuaThread thread, LuaFile file) {
        if (file.kind == LuaFile.STANDARD) {
            thread.pushNil();
            thread.pushString("cannot close standard file");
            return 2;
        }
        SystemError failure = file.closeStream();
        if (file.kind == LuaFile.PROCESS) {
            return ChildProcess.pushStatus(thread, file.process.waitForStatus());
        }
        if (failure != null) {
            return failure.push(thread, null);
        }
        thread.pushBoolean(true);
        return 1;
    }

    /** luaL_checkoption: the index of the argument among {@code options}. */
    static int checkOption(LuaThread thread, int argument, String defaultOption, String[] options) {
        String name = defaultOption != null && thread.isNoneOrNil(argument)
                ? defaultOption : Errors.latin(thread.checkString(argument));
        for (int i = 0; i < options.length; i++) {
            if (options[i].equals(name)) {
                return i;
            }
        }
        throw thread.argumentError(argument, "invalid option '" + name + "'");
    }

    private static int seek(IoState io, LuaThread thread) {
        LuaFile file = openFile(io, thread);
        int whence = checkOption(thread, 2, "cur", SEEK_OPTIONS);
        long offset = thread.optInteger(3, 0);
        long position = file.seek(whence, offset);
        if (position < 0) {
            return file.failure.push(thread, null);
        }
        thread.pushInteger(position);
        return 1;
    }

    // ---- reading

    /** g_read: reads by the formats from argument {@code first} on; pushes one result per format. */
    static int read(LuaThread thread, LuaFile file, int first) {
        int formats = thread.argumentCount() - first + 1;
        file.failure = null;
        boolean success;
        int count;
        if (formats <= 0) {
            success = pushLine(thread, file, false);
            count = 1;
        } else {
            thread.ensureCapacity(formats + 20);
            success = true;
            for (count = 0; count < formats && success; count++) {
                int argument = first + count;
                byte tag = thread.argumentTag(argument);
                if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
                    long size = thread.checkInteger(argument);
                    success = size == 0 ? pushEndTest(thread, file) : pushBytes(thread, file, size);
                    continue;
                }
                LuaString format = thread.checkString(argument);
                int index = format.length() > 0 && format.byteAt(0) == '*' ? 1 : 0;
                switch (index < format.length() ? format.byteAt(index) : 0) {
                    case 'n':
                        success = pushNumber(thread, file);
                        break;
                    case 'l':
                        success = pushLine(thread, file, false);
                        break;
                    case 'L':
                        success = pushLine(thread, file, true);
                        break;
                    case 'a':
                        thread.pushString(file.readAll());
                        break;
                    default:
                        throw thread.argumentError(argument, "invalid format");
                }
            }
        }
        if (file.failure != null) {
            return file.failure.push(thread, null);
        }
        if (!success) {
            thread.top--;
            thread.pushNil();
        }
        return count;
    }

    private static boolean pushLine(LuaThread thread, LuaFile file, boolean keepNewline) {
        LuaString line = file.readLine(keepNewline);
        thread.pushString(line == null ? LuaString.EMPTY : line);
        return line != null;
    }

    private static boolean pushEndTest(LuaThread thread, LuaFile file) {
        thread.pushString(LuaString.EMPTY);
        return !file.atEnd();
    }

    private static boolean pushBytes(LuaThread thread, LuaFile file, long size) {
        // C Lua allocates the whole buffer first: a size no allocation can satisfy (a
        // negative one is a huge size_t) fails before reading, whatever the file holds.
        if (size < 0 || size >= MAX_READ_SIZE) {
            throw new LuaError("not enough memory");
        }
        LuaString bytes = file.readBytes(size);
        thread.pushString(bytes == null ? LuaString.EMPTY : bytes);
        return bytes != null;
    }

    /**
     * The "n" format (liolib.c's read_number): reads the longest prefix that can start a
     * numeral, at most 200 characters, leaves the next character unread, and converts the
     * prefix as the lexer would (failing on an invalid one, which is still consumed).
     */
    private static boolean pushNumber(LuaThread thread, LuaFile file) {
        NumeralReader numeral = new NumeralReader(file);
        int c;
        do {
            c = file.read();
        } while (c == ' ' || (c >= '\t' && c <= '\r'));
        numeral.current = c;
        numeral.accept('-', '+');
        int digits = 0;
        boolean hex = false;
        if (numeral.accept('0', '0')) {
            if (numeral.accept('x', 'X')) {
                hex = true;
            } else {
                digits = 1;
            }
        }
        digits += numeral.digits(hex);
        if (numeral.accept('.', '.')) {
            digits += numeral.digits(hex);
        }
        if (digits > 0 && (hex ? numeral.accept('p', 'P') : numeral.accept('e', 'E'))) {
            numeral.accept('-', '+');
            numeral.digits(false);
        }
        if (numeral.current >= 0) {
            file.unread();
        }
        long[] value = file.io.number;
        byte tag = numeral.valid ? LuaNumbers.parse(numeral.text, 0, numeral.length, value, 0) : Tag.NIL;
        thread.pushValue(tag, value[0], null);
        return tag != Tag.NIL;
    }

    /** The state of read_number: the numeral so far and the look-ahead character. */
    private static final class NumeralReader {
        final LuaFile file;
        final byte[] text = new byte[MAX_NUMERAL];
        int length;
        int current;
        boolean valid = true;

        NumeralReader(LuaFile file) {
            this.file = file;
        }

        /** nextc: keeps the current character and reads the next; false when the numeral is too long. */
        boolean next() {
            if (length >= MAX_NUMERAL) {
                valid = false;
                return false;
            }
            text[length++] = (byte) current;
            current = file.read();
            return true;
        }

        /** test2: takes the current character if it is one of the two. */
        boolean accept(char first, char second) {
            return (current == first || current == second) && next();
        }

        int digits(boolean hex) {
            int count = 0;
            while (isDigit(current, hex) && next()) {
                count++;
            }
            return count;
        }

        private static boolean isDigit(int c, boolean hex) {
            return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        }
    }

    // ---- writing

    /** g_write: writes the arguments from {@code first} on; the handle already pushed is the result. */
    static int write(LuaThread thread, LuaFile file, int first) {
        boolean success = true;
        int last = thread.argumentCount();
        for (int argument = first; argument <= last; argument++) {
            byte tag = thread.argumentTag(argument);
            if (tag == Tag.INTEGER) {
                byte[] digits = file.io.digits;
                int end = LuaNumbers.writeInteger(thread.integerArgument(argument), digits, 0);
                success = file.write(digits, 0, end) && success;
            } else if (tag == Tag.FLOAT) {
                byte[] text = file.io.digits;
                int end = LuaNumbers.writeFloat(thread.floatArgument(argument), text, 0);
                if (end >= 2 && text[end - 2] == '.' && text[end - 1] == '0') {
                    end -= 2;  // "%.14g" has no ".0": that suffix is tostring's
                }
                success = file.write(text, 0, end) && success;
            } else {
                LuaString text = thread.checkString(argument);
                success = success && file.write(text.bytes(), 0, text.length());
            }
        }
        return success ? 1 : file.failure.push(thread, null);
    }

    // ---- lines

    /** What a lines iterator carries: its file, whether it closes it at the end, its formats. */
    private static final class LinesState {
        final IoState io;
        final LuaUserdata handle;
        final boolean closeAtEnd;
        final byte[] tags;
        final long[] bits;
        final Object[] refs;

        LinesState(IoState io, LuaUserdata handle, boolean closeAtEnd, int count) {
            this.io = io;
            this.handle = handle;
            this.closeAtEnd = closeAtEnd;
            this.tags = new byte[count];
            this.bits = new long[count];
            this.refs = new Object[count];
        }
    }

    /** aux_lines: the iterator over {@code handle} with the formats from argument 2 on. */
    static int lines(IoState io, LuaThread thread, LuaUserdata handle, boolean closeAtEnd) {
        int count = Math.max(thread.argumentCount(), 1) - 1;
        if (count > MAX_LINE_FORMATS) {
            throw thread.argumentError(MAX_LINE_FORMATS + 2, "too many arguments");
        }
        LinesState state = new LinesState(io, handle, closeAtEnd, count);
        for (int n = 0; n < count; n++) {
            int slot = thread.slot(n + 2);
            state.tags[n] = thread.tags[slot];
            state.bits[n] = thread.bits[slot];
            state.refs[n] = thread.refs[slot];
        }
        thread.pushFunction(new JavaFunction(LuaFunction.KIND_JAVA, "lines", FileMethods::nextLine, state));
        return 1;
    }

    /** io_readline: one step of a lines iterator. */
    private static int nextLine(LuaThread thread, int argumentCount) {
        CallFrame frame = thread.currentFrame();
        LinesState state = (LinesState) ((JavaFunction) frame.function).state;
        LuaFile file = (LuaFile) state.handle.value;
        if (file.closed) {
            throw thread.error("file is already closed");
        }
        int count = state.tags.length;
        // As C does (lua_settop(L, 1), then the formats): arguments 2.. are the formats.
        if (argumentCount == 0) {
            thread.tags[thread.callBase] = Tag.NIL;
        }
        thread.top = thread.callBase + 1;
        thread.ensureCapacity(count + 20);
        for (int n = 0; n < count; n++) {
            thread.pushValue(state.tags[n], state.bits[n], state.refs[n]);
        }
        thread.callArgumentCount = 1 + count;
        int results = read(thread, file, 2);
        int first = thread.top - results;
        if (thread.tags[first] > Tag.FALSE) {
            return results;
        }
        if (results > 1) {
            throw thread.error(Errors.latin((LuaString) thread.refs[first + 1]));
        }
        if (state.closeAtEnd) {
            int top = thread.top;
            closeHandle(state.io, thread, file);
            thread.top = top;
        }
        return 0;
    }
}
