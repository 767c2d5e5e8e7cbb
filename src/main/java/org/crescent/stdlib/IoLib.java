package org.crescent.stdlib;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.Tag;

/**
 * The io library (manual section 6.8), after liolib.c: file handles are userdata with the
 * {@code FILE*} metatable around a {@link LuaFile}; the default input and output files live in
 * the registry as {@code _IO_input} and {@code _IO_output}; io.stdout and io.stderr write
 * through to the runtime's standard streams, so print and io.write interleave.
 */
public final class IoLib {
    private IoLib() {}

    public static void open(GlobalState global) {
        LuaTable metatable = new LuaTable();
        metatable.setString(LuaString.of("__name"), Tag.STRING, 0, IoState.FILE_HANDLE);
        global.registry.setString(IoState.FILE_HANDLE, Tag.TABLE, 0, metatable);
        IoState io = new IoState(global, metatable);
        global.registry.setString(IoState.REGISTRY_KEY, Tag.USERDATA, 0, new LuaUserdata(io));

        Library methods = new Library(new LuaTable()).registerAll(FileMethods.Method.values(), io);
        new Library(metatable).set("__index", Tag.TABLE, 0, methods.table())
                .register(FileMethods.Method.COLLECT, io)
                .register(FileMethods.Method.CLOSE_VARIABLE, io)
                .register(FileMethods.Method.TOSTRING, io);

        Library library = Library.create(global, "io").registerAll(Function.values(), io);

        io.standardInput = io.newHandle(LuaFile.ofInput(io, LuaFile.STANDARD, null));
        io.standardOutput = io.newHandle(LuaFile.ofStandardOutput(io, 1, LuaFile.FULLY_BUFFERED));
        io.standardError = io.newHandle(LuaFile.ofStandardOutput(io, 2, LuaFile.UNBUFFERED));
        global.registry.setString(IoState.INPUT_KEY, Tag.USERDATA, 0, io.standardInput);
        global.registry.setString(IoState.OUTPUT_KEY, Tag.USERDATA, 0, io.standardOutput);
        library.set("stdin", Tag.USERDATA, 0, io.standardInput)
                .set("stdout", Tag.USERDATA, 0, io.standardOutput)
                .set("stderr", Tag.USERDATA, 0, io.standardError);
    }

    /**
     * Flushes every file of the runtime that holds buffered output, and the standard streams
     * (C's fflush(NULL)). For embedders that read files the script wrote without closing.
     */
    public static void flushAll(GlobalState global) {
        IoState io = IoState.of(global);
        if (io != null) {
            io.flushAll();
        } else {
            global.standardOutput.flush();
        }
    }

    /**
     * What closing the runtime does to its files (lua_close runs their finalizers): every file
     * with buffered output is flushed and closed, every io.popen child is waited for. The
     * {@code crescent} command calls it when a script ends; embedders call it when they drop a
     * runtime whose scripts may have left files open.
     */
    public static void closeAll(GlobalState global) {
        IoState io = IoState.of(global);
        if (io != null) {
            io.closeAll();
        } else {
            global.standardOutput.flush();
        }
    }

    /** The registration table, in liolib.c's order; each function carries the {@link IoState}. */
    enum Function implements LibraryFunction {
        CLOSE, FLUSH, INPUT, LINES, OPEN, OUTPUT, POPEN, READ, TMPFILE, TYPE, WRITE;

        @Override
        public int call(LuaThread thread, int count) {
            IoState io = (IoState) LibraryFunction.state(thread);
            return switch (this) {
                case CLOSE -> close(io, thread);
                case FLUSH -> flush(io, thread);
                case INPUT -> switchFile(io, thread, IoState.INPUT_KEY, 'r');
                case LINES -> lines(io, thread);
                case OPEN -> openFunction(io, thread);
                case OUTPUT -> switchFile(io, thread, IoState.OUTPUT_KEY, 'w');
                case POPEN -> popen(io, thread);
                case READ -> FileMethods.read(thread, currentFile(io, thread, IoState.INPUT_KEY, "input"), 1);
                case TMPFILE -> tmpfile(io, thread);
                case TYPE -> type(io, thread);
                case WRITE -> write(io, thread);
            };
        }
    }

    private static int flush(IoState io, LuaThread thread) {
        LuaFile file = currentFile(io, thread, IoState.OUTPUT_KEY, "output");
        return FileMethods.result(thread, file, file.flush());
    }

    private static int write(IoState io, LuaThread thread) {
        LuaFile file = currentFile(io, thread, IoState.OUTPUT_KEY, "output");
        thread.pushValue(Tag.USERDATA, 0, registryValue(io, IoState.OUTPUT_KEY));
        return FileMethods.write(thread, file, 1);
    }

    private static Object registryValue(IoState io, LuaString key) {
        int slot = io.global.registry.findString(key);
        return slot >= 0 ? io.global.registry.valueRefs[slot] : null;
    }

    /** getiofile: the default input or output file, which must be open. */
    private static LuaFile currentFile(IoState io, LuaThread thread, LuaString key, String which) {
        LuaFile file = io.fileOf(Tag.USERDATA, registryValue(io, key));
        if (file == null || file.closed) {
            throw thread.error("default " + which + " file is closed");
        }
        return file;
    }

    /** io.input and io.output (g_iofile): sets the default file when given, returns it. */
    private static int switchFile(IoState io, LuaThread thread, LuaString key, char mode) {
        if (!thread.isNoneOrNil(1)) {
            byte tag = thread.argumentTag(1);
            if (tag == Tag.STRING || tag == Tag.INTEGER || tag == Tag.FLOAT) {
                LuaUserdata handle = openOrRaise(io, thread, thread.checkString(1), String.valueOf(mode));
                io.global.registry.setString(key, Tag.USERDATA, 0, handle);
            } else {
                FileMethods.openFile(io, thread);
                io.global.registry.setString(key, Tag.USERDATA, 0, thread.refArgument(1));
            }
        }
        Object current = registryValue(io, key);
        if (current == null) {
            thread.pushNil();
        } else {
            thread.pushValue(Tag.USERDATA, 0, current);
        }
        return 1;
    }

    private static int close(IoState io, LuaThread thread) {
        if (thread.argumentCount() == 0) {
            thread.pushValue(Tag.USERDATA, 0, registryValue(io, IoState.OUTPUT_KEY));
            thread.callArgumentCount = 1;
        }
        return FileMethods.closeHandle(io, thread, FileMethods.openFile(io, thread));
    }

    private static int type(IoState io, LuaThread thread) {
        thread.checkAny(1);
        LuaFile file = io.fileOf(thread.argumentTag(1), thread.refArgument(1));
        if (file == null) {
            thread.pushNil();
        } else {
            thread.pushString(file.closed ? "closed file" : "file");
        }
        return 1;
    }

    private static int lines(IoState io, LuaThread thread) {
        if (thread.argumentCount() == 0) {
            thread.pushNil();
            thread.callArgumentCount = 1;
        }
        if (thread.argumentTag(1) == Tag.NIL) {
            Object input = registryValue(io, IoState.INPUT_KEY);
            thread.tags[thread.slot(1)] = Tag.USERDATA;
            thread.refs[thread.slot(1)] = input;
            FileMethods.openFile(io, thread);
            return FileMethods.lines(io, thread, (LuaUserdata) input, false);
        }
        LuaUserdata handle = openOrRaise(io, thread, thread.checkString(1), "r");
        thread.tags[thread.slot(1)] = Tag.USERDATA;
        thread.refs[thread.slot(1)] = handle;
        FileMethods.lines(io, thread, handle, true);
        thread.pushNil();
        thread.pushNil();
        thread.pushValue(Tag.USERDATA, 0, handle);
        return 4;
    }

    /** opencheck: opens the file or raises "cannot open file 'name' (reason)". */
    private static LuaUserdata openOrRaise(IoState io, LuaThread thread, LuaString name, String mode) {
        try {
            return io.newHandle(openPath(io, name, mode));
        } catch (IOException e) {
            String fileName = Errors.latin(LuaString.wrap(FileNames.cBytes(name)));
            throw thread.error("cannot open file '" + fileName + "' (" + SystemError.of(e).message + ")");
        }
    }

    private static int openFunction(IoState io, LuaThread thread) {
        LuaString name = thread.checkString(1);
        LuaString mode = thread.optString(2, LuaString.of("r"));
        String modeText = Errors.latin(LuaString.wrap(FileNames.cBytes(mode)));
        if (!validMode(modeText)) {
            throw thread.argumentError(2, "invalid mode");
        }
        try {
            thread.pushValue(Tag.USERDATA, 0, io.newHandle(openPath(io, name, modeText)));
            return 1;
        } catch (IOException e) {
            return SystemError.of(e).push(thread, Errors.latin(LuaString.wrap(FileNames.cBytes(name))));
        }
    }

    /** l_checkmode: "[rwa]%+?b*". */
    static boolean validMode(String mode) {
        if (mode.isEmpty() || "rwa".indexOf(mode.charAt(0)) < 0) {
            return false;
        }
        int index = 1;
        if (index < mode.length() && mode.charAt(index) == '+') {
            index++;
        }
        for (; index < mode.length(); index++) {
            if (mode.charAt(index) != 'b') {
                return false;
            }
        }
        return true;
    }

    /** fopen: opens {@code name} with a valid C mode. */
    static LuaFile openPath(IoState io, LuaString name, String mode) throws IOException {
        io.reapUnreachable();
        Path path = FileNames.resolve(io.global, name);
        if (path == null) {
            throw new NoSuchFileException("");
        }
        char kind = mode.charAt(0);
        boolean update = mode.length() > 1 && mode.charAt(1) == '+';
        Set<OpenOption> options = new HashSet<>();
        if (kind == 'r' || update) {
            options.add(StandardOpenOption.READ);
        }
        if (kind != 'r' || update) {
            options.add(StandardOpenOption.WRITE);
        }
        if (kind != 'r') {
            options.add(StandardOpenOption.CREATE);
        }
        if (kind == 'w') {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        path = path.normalize();
        io.flushWritersOf(path);
        FileChannel channel = FileChannel.open(path, options);
        if (kind == 'a' && !update) {
            channel.position(channel.size());  // glibc starts "a" at the end, "a+" at the start
        }
        LuaFile file = LuaFile.ofChannel(io, channel, kind == 'r' || update, kind != 'r' || update, kind == 'a');
        file.path = path;
        return file;
    }

    private static int popen(IoState io, LuaThread thread) {
        LuaString command = thread.checkString(1);
        LuaString mode = thread.optString(2, LuaString.of("r"));
        String modeText = Errors.latin(LuaString.wrap(FileNames.cBytes(mode)));
        if (!modeText.equals("r") && !modeText.equals("w")) {
            throw thread.argumentError(2, "invalid mode");
        }
        io.flushAll();
        try {
            ChildProcess child = ChildProcess.start(io.global, FileNames.toSystem(command), modeText.charAt(0));
            LuaFile file = modeText.equals("r")
                    ? LuaFile.ofInput(io, LuaFile.PROCESS, child.process.getInputStream())
                    : LuaFile.ofOutput(io, LuaFile.PROCESS, child.process.getOutputStream());
            file.process = child;
            thread.pushValue(Tag.USERDATA, 0, io.newHandle(file));
            return 1;
        } catch (IOException e) {
            return SystemError.of(e).push(thread, Errors.latin(LuaString.wrap(FileNames.cBytes(command))));
        }
    }

    private static int tmpfile(IoState io, LuaThread thread) {
        io.reapUnreachable();
        try {
            Path path = Files.createTempFile(Paths.get(System.getProperty("java.io.tmpdir", "/tmp")), "lua_", null);
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            Files.deleteIfExists(path);
            thread.pushValue(Tag.USERDATA, 0, io.newHandle(LuaFile.ofChannel(io, channel, true, true, false)));
            return 1;
        } catch (IOException e) {
            return SystemError.of(e).push(thread, null);
        }
    }
}
