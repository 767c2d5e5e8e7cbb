package org.crescent.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.crescent.bytecode.Listing;
import org.crescent.compiler.Compiler;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.IoLib;
import org.crescent.stdlib.ProcessExit;
import org.crescent.stdlib.StandardLibraries;

/**
 * The {@code crescent} command: runs scripts as the {@code lua} command does
 * ({@code crescent [options] [script [args]]}) and lists bytecode with {@code -l}.
 */
public final class Main {
    static final String PROGRAM = "crescent";

    private Main() {}

    public static void main(String[] args) {
        // Our own buffered stdout (C's stdio buffers a pipe fully, a terminal by lines); set as
        // System.out so that child processes know they may inherit it.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                System.console() != null);
        System.setOut(out);
        int status = run(args, System.in, out, System.err);
        out.flush();
        System.exit(status);
    }

    /** Runs the command with the given streams and returns its exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, null);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with relative paths resolved against {@code directory}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, java.nio.file.Path directory) {
        GlobalState global = new GlobalState();
        boolean closeState = true;
        try {
            return runWith(global, args, in, out, err, directory);
        } catch (ProcessExit exit) {
            closeState = exit.closedState;
            return exit.status;
        } finally {
            // lua.c ends with lua_close, whose finalizers close the files (waiting for
            // io.popen children); os.exit without closing only flushes them, as C's exit does.
            if (closeState) {
                IoLib.closeAll(global);
            } else {
                IoLib.flushAll(global);
            }
            out.flush();
            err.flush();
        }
    }

    private static int runWith(GlobalState global, String[] args, InputStream in, PrintStream out, PrintStream err,
            java.nio.file.Path directory) {
        if (directory != null) {
            global.workingDirectory = directory.toAbsolutePath();
        }
        global.standardOutput = out;
        global.standardError = err;
        global.standardInput = in;
        StandardLibraries.openAll(global);
        int index = 0;
        boolean list = false;
        while (index < args.length && args[index].startsWith("-") && !args[index].equals("-")) {
            String option = args[index];
            if (option.equals("--")) {
                index++;
                break;
            }
            if (option.equals("-l") && index + 1 < args.length && args[index + 1].endsWith(".lua")) {
                list = true;
                index++;
                continue;
            }
            if (option.equals("-e")) {
                if (index + 1 >= args.length) {
                    err.println(PROGRAM + ": '-e' needs argument");
                    return 1;
                }
                if (!runChunk(global, args[index + 1].getBytes(StandardCharsets.UTF_8), "=(command line)", new String[0], err)) {
                    return 1;
                }
                index += 2;
                continue;
            }
            if (option.equals("-v") || option.equals("--version")) {
                out.println("Crescent 0.1 (Lua 5.4)");
                index++;
                continue;
            }
            err.println(PROGRAM + ": unrecognized option '" + option + "'");
            return 1;
        }
        if (index >= args.length) {
            return 0;
        }
        String script = args[index];
        String[] scriptArgs = java.util.Arrays.copyOfRange(args, index + 1, args.length);
        if (list) {
            return listScript(global, script, out, err);
        }
        setArgTable(global, args, index);
        byte[] source;
        try {
            source = script.equals("-") ? ChunkLoader.skipComment(in.readAllBytes()) : ChunkLoader.readScript(global, script);
        } catch (LuaError error) {
            err.println(PROGRAM + ": " + error.getMessage());
            return 1;
        } catch (java.io.IOException error) {
            err.println(PROGRAM + ": " + error.getMessage());
            return 1;
        }
        boolean ok = runChunk(global, source, script.equals("-") ? "=stdin" : "@" + script, scriptArgs, err);
        closeState(global, err);
        return ok ? 0 : 1;
    }

    /** lua_close: pending __gc finalizers run before the command exits. */
    static void closeState(GlobalState global, PrintStream err) {
        try {
            global.finalizers.closeState(global.mainThread);
        } catch (LuaError error) {
            err.println(PROGRAM + ": " + error.getMessage());
        }
    }

    private static void setArgTable(GlobalState global, String[] args, int scriptIndex) {
        LuaTable arg = new LuaTable();
        arg.setInteger(-scriptIndex - 1, Tag.STRING, 0, LuaString.of(PROGRAM));
        for (int i = 0; i < args.length; i++) {
            arg.setInteger(i - scriptIndex, Tag.STRING, 0, LuaString.of(args[i]));
        }
        global.globals.setString(LuaString.of("arg"), Tag.TABLE, 0, arg);
    }

    private static int listScript(GlobalState global, String script, PrintStream out, PrintStream err) {
        try {
            byte[] source = ChunkLoader.readScript(global, script);
            out.print(Listing.of(Compiler.compile(source, Errors.bytesOf("@" + script))));
            return 0;
        } catch (LuaSyntaxError error) {
            err.println(PROGRAM + ": " + Errors.latin(error.luaMessage()));
        } catch (LuaError error) {
            err.println(PROGRAM + ": " + error.getMessage());
        }
        return 1;
    }

    /** Loads and runs a chunk, reporting errors as lua.c does; false on error. */
    static boolean runChunk(GlobalState global, byte[] source, String chunkName, String[] args, PrintStream err) {
        LuaThread thread = global.mainThread;
        try {
            LuaClosure closure = ChunkLoader.load(source, Errors.bytesOf(chunkName), "bt", Tag.TABLE, 0, global.globals);
            // As lua.c runs chunks from its C function pmain, the chunk runs under a Java frame,
            // which tracebacks show as "[C]: in ?".
            JavaFunction host = new JavaFunction("?", (running, count) -> {
                int slot = running.top;
                running.pushFunction(closure);
                for (String arg : args) {
                    running.pushString(arg);
                }
                running.call(slot, args.length, 0);
                return 0;
            });
            int slot = thread.top;
            thread.pushFunction(host);
            thread.call(slot, 0, 0);
            thread.top = slot;
            return true;
        } catch (LuaError error) {
            thread.top = 0;
            String message = messageOf(thread, error);
            // As lua.c's message handler: an error object with __tostring is shown without a traceback.
            boolean described = error.valueTag != Tag.STRING && error.valueTag != Tag.INTEGER && error.valueTag != Tag.FLOAT
                    && hasToString(thread, error);
            String traceback = described ? null : error.luaTraceback();
            StringBuilder text = new StringBuilder(PROGRAM).append(": ").append(message).append('\n');
            if (traceback != null) {
                text.append(traceback).append('\n');
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            err.write(bytes, 0, bytes.length);
            err.flush();
            return false;
        }
    }

    private static boolean hasToString(LuaThread thread, LuaError error) {
        int slot = thread.top;
        thread.pushNil();
        try {
            return org.crescent.interpreter.Metatables.loadField(thread, error.valueTag, error.valueRef, LuaString.of("__tostring"), slot);
        } finally {
            thread.top = slot;
        }
    }

    private static String messageOf(LuaThread thread, LuaError error) {
        if (error.valueTag == Tag.STRING) {
            return Errors.latin((LuaString) error.valueRef);
        }
        if (error.valueTag == Tag.INTEGER || error.valueTag == Tag.FLOAT) {
            return Errors.latin(ValueFormatter.plain(thread, error.valueTag, error.valueBits, null));
        }
        int slot = thread.top;
        thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
        try {
            if (thread.global.metatable(error.valueTag, error.valueRef) != null) {
                return Errors.latin(ValueFormatter.toLuaString(thread, slot));
            }
        } catch (LuaError ignored) {
            // fall through to the generic message
        } finally {
            thread.top = slot;
        }
        return "(error object is a " + Tag.typeName(error.valueTag) + " value)";
    }
}
