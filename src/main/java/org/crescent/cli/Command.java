package org.crescent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.function.Predicate;
import org.crescent.bytecode.Listing;
import org.crescent.compiler.Compiler;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.IoLib;
import org.crescent.stdlib.ProcessExit;
import org.crescent.stdlib.Sandbox;
import org.crescent.stdlib.StandardLibraries;

/**
 * One run of the {@code crescent} command, in the order of lua.c's pmain: options, version,
 * {@code -E}, the libraries, the {@code arg} table, {@code LUA_INIT}, then {@code -e},
 * {@code -l} and {@code -W} in order, the script, and the REPL (with {@code -i}, or with no
 * arguments on a terminal) or standard input run as a file.
 */
final class Command {
    static final String VERSION = "Crescent " + Main.VERSION + " (Lua 5.4)  Lua language Copyright (C) 1994-2022 Lua.org, PUC-Rio";

    private final String program;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Path directory;
    private final Map<String, String> environment;
    /** Whether standard input and output are a terminal: the REPL then edits lines with JLine. */
    private final boolean terminal;
    /** Whether SIGINT is caught while code runs (the real process only). */
    private final boolean handleSignals;

    private GlobalState global;
    private ChunkRunner runner;
    private boolean interactive;

    Command(String program, InputStream in, PrintStream out, PrintStream err, Path directory,
            Map<String, String> environment, boolean terminal, boolean handleSignals) {
        this.program = program;
        this.in = in;
        this.out = out;
        this.err = err;
        this.directory = directory;
        this.environment = environment;
        this.terminal = terminal;
        this.handleSignals = handleSignals;
    }

    /** Runs the command line and returns the exit status. */
    int run(String[] arguments) {
        global = new GlobalState();
        if (directory != null) {
            global.workingDirectory = directory.toAbsolutePath();
        }
        global.standardOutput = out;
        global.standardError = err;
        global.standardInput = in;
        runner = new ChunkRunner(global, err, handleSignals);
        int status;
        boolean closeState = true;
        try {
            status = runOptions(arguments) ? 0 : 1;
        } catch (ProcessExit exit) {
            status = exit.status;
            closeState = exit.closedState;
        }
        try {
            if (closeState) {
                status = closeState(status);
            } else {
                // os.exit without closing the state: C's exit only flushes the streams.
                IoLib.flushAll(global);
            }
        } finally {
            out.flush();
            err.flush();
        }
        return status;
    }

    /**
     * lua_close, as lua.c's main ends: pending finalizers run (a finalizer may still call
     * os.exit, whose status then wins), and the io library's files are closed.
     */
    private int closeState(int status) {
        try {
            for (;;) {
                global.limits.enter();
                try {
                    global.mainThread.top = 0;
                    global.finalizers.closeState(global.mainThread);
                    break;
                } catch (ProcessExit exit) {
                    // os.exit(code, true) in a finalizer: the closing goes on with the others.
                    status = exit.status;
                    if (!exit.closedState) {
                        break;
                    }
                } finally {
                    global.limits.leave();
                }
            }
        } catch (LuaError error) {
            runner.message(program, error.getMessage());
        } finally {
            IoLib.closeAll(global);
        }
        return status;
    }

    private boolean runOptions(String[] arguments) {
        // A class, not a lambda: the first lambda of a process costs milliseconds of start-up.
        Options options = Options.parse(arguments, new Predicate<String>() {
            @Override
            public boolean test(String name) {
                return Files.isRegularFile(global.workingDirectory.resolve(name));
            }
        });
        if (options.badOption != null) {
            byte[] usage = Options.usage(program, options.badOption).getBytes(StandardCharsets.ISO_8859_1);
            err.write(usage, 0, usage.length);
            return false;
        }
        if (options.listingFile != null) {
            return list(options.listingFile);
        }
        if (options.version) {
            out.println(VERSION);
            out.flush();
        }
        if (options.ignoreEnvironment) {
            global.registry.setString(LuaString.of("LUA_NOENV"), Tag.TRUE, 0, null);
        }
        StandardLibraries.openAll(global);
        if (options.sandbox) {
            Sandbox.restrict(global);
        }
        global.limits.setInstructionLimit(options.maxInstructions);
        global.limits.setTimeLimit(options.timeLimitNanos);
        global.limits.setMemoryLimit(options.maxMemory);
        int script = options.scriptIndex;
        createArgTable(arguments, script);
        if (!options.ignoreEnvironment && !runInit()) {
            return false;
        }
        if (!runArguments(arguments, script)) {
            return false;
        }
        if (script < arguments.length && !runScript(arguments, script)) {
            return false;
        }
        if (options.interactive) {
            repl();
        } else if (script == arguments.length && !options.execute && !options.version) {
            if (terminal) {
                out.println(VERSION);
                repl();
            } else {
                return doFile(null);
            }
        }
        return true;
    }

    /** createargtable: the script name at 0, its arguments after, the interpreter and options before. */
    private void createArgTable(String[] arguments, int script) {
        // lua.c counts argv[0], the program, as argument 0: shift by one.
        int base = script == arguments.length ? 0 : script + 1;
        LuaTable arg = new LuaTable(Math.max(arguments.length - script, 0), script + 1);
        arg.setInteger(-base, Tag.STRING, 0, LuaString.of(program));
        for (int i = 0; i < arguments.length; i++) {
            arg.setInteger(i + 1 - base, Tag.STRING, 0, LuaString.of(arguments[i]));
        }
        global.globals.setString(LuaString.of("arg"), Tag.TABLE, 0, arg);
    }

    /** handle_luainit: LUA_INIT_5_4, else LUA_INIT; "@file" runs the file. */
    private boolean runInit() {
        String name = "LUA_INIT_5_4";
        String init = environment.get(name);
        if (init == null) {
            name = "LUA_INIT";
            init = environment.get(name);
        }
        if (init == null) {
            return true;
        }
        if (init.startsWith("@")) {
            return doFile(init.substring(1));
        }
        return doString(init, "=" + name);
    }

    /** runargs: -e and -l in order, and -W. */
    private boolean runArguments(String[] arguments, int script) {
        for (int i = 0; i < script; i++) {
            String argument = arguments[i];
            if (argument.length() < 2 || argument.charAt(0) != '-') {
                continue;
            }
            char option = argument.charAt(1);
            if (argument.equals("--") || argument.equals("--version")) {
                continue;
            }
            if (option == 'e' || option == 'l') {
                String extra = argument.length() > 2 ? argument.substring(2) : arguments[++i];
                boolean ok = option == 'e' ? doString(extra, "=(command line)") : doLibrary(extra);
                if (!ok) {
                    return false;
                }
            } else if (option == 'W') {
                global.warningsOn = true;
            }
        }
        return true;
    }

    /** dolibrary: {@code global = require(module)} for "global=module" or "module". */
    private boolean doLibrary(String text) {
        int equals = text.indexOf('=');
        String globalName = equals < 0 ? text : text.substring(0, equals);
        String moduleName = equals < 0 ? text : text.substring(equals + 1);
        LuaThread thread = global.mainThread;
        thread.top = 0;
        thread.ensureStack(4);
        global.globals.getString(LuaString.of("require"), thread.tags, thread.bits, thread.refs, 0);
        thread.top = 1;
        thread.pushString(commandLineString(moduleName));
        if (!runner.call(0, 1, 1)) {
            return report();
        }
        global.globals.setString(commandLineString(globalName), thread.tags[0], thread.bits[0], thread.refs[0]);
        thread.top = 0;
        return true;
    }

    private boolean doString(String text, String chunkName) {
        return doChunk(commandLineBytes(text), chunkName);
    }

    /** dofile: a file (null: standard input) run without arguments. */
    private boolean doFile(String fileName) {
        byte[] source;
        try {
            source = readChunk(fileName);
        } catch (LuaError error) {
            runner.message(program, Errors.latin((LuaString) error.valueRef));
            return false;
        }
        return doChunk(source, fileName == null ? "=stdin" : "@" + fileName);
    }

    private boolean doChunk(byte[] source, String chunkName) {
        LuaThread thread = global.mainThread;
        thread.top = 0;
        try {
            thread.pushFunction(load(source, chunkName));
        } catch (LuaError error) {
            runner.message(program, messageOf(error));
            return false;
        }
        if (!runner.call(0, 0, 0)) {
            return report();
        }
        thread.top = 0;
        return true;
    }

    /** handle_script: loads the script, then calls it with arg[1..#arg] as its arguments. */
    private boolean runScript(String[] arguments, int script) {
        String fileName = arguments[script];
        if (fileName.equals("-") && !(script > 0 && arguments[script - 1].equals("--"))) {
            fileName = null;
        }
        LuaThread thread = global.mainThread;
        thread.top = 0;
        try {
            byte[] source = readChunk(fileName);
            thread.pushFunction(load(source, fileName == null ? "=stdin" : "@" + fileName));
        } catch (LuaError error) {
            runner.message(program, messageOf(error));
            return false;
        }
        LuaTable arg = argTable();
        if (arg == null) {
            runner.message(program, "'arg' is not a table");
            return false;
        }
        long count = arg.length();
        thread.ensureStack((int) Math.min(count, LuaThread.MAX_STACK_SIZE) + 3);
        for (long i = 1; i <= count; i++) {
            thread.ensureStack(thread.top + 1);
            arg.getInteger(i, thread.tags, thread.bits, thread.refs, thread.top);
            thread.top++;
        }
        if (!runner.call(0, (int) count, -1)) {
            return report();
        }
        thread.top = 0;
        return true;
    }

    private LuaTable argTable() {
        int slot = global.globals.findString(LuaString.of("arg"));
        if (slot < 0 || global.globals.valueTags[slot] != Tag.TABLE) {
            return null;
        }
        return (LuaTable) global.globals.valueRefs[slot];
    }

    /** Whether the command ran the interactive loop (a terminal library may have started threads). */
    boolean ranInteractively() {
        return interactive;
    }

    private void repl() {
        interactive = true;
        Repl.start(global, runner, program, terminal, terminal ? historyFile() : null, in, out);
    }

    /** ~/.crescent_history ($HOME first, as shells do). */
    private Path historyFile() {
        String home = environment.get("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        return home == null ? null : Paths.get(home, ".crescent_history");
    }

    private boolean report() {
        runner.message(program, runner.lastError());
        return false;
    }

    private byte[] readChunk(String fileName) {
        if (fileName != null) {
            return ChunkLoader.readScript(global, fileName);
        }
        try {
            return ChunkLoader.skipComment(in.readAllBytes());
        } catch (IOException error) {
            throw new LuaError(Errors.bytesOf("cannot read stdin: " + error.getMessage()));
        }
    }

    private LuaClosure load(byte[] source, String chunkName) {
        return ChunkLoader.load(source, Errors.bytesOf(chunkName), "bt", Tag.TABLE, 0, global.globals);
    }

    private static String messageOf(LuaError error) {
        return error.valueTag == Tag.STRING ? Errors.latin((LuaString) error.valueRef) : error.getMessage();
    }

    /** -l file.lua: the bytecode listing, as luac -l prints it. */
    private boolean list(String fileName) {
        try {
            byte[] source = ChunkLoader.readScript(global, fileName);
            out.print(Listing.of(Compiler.compile(source, Errors.bytesOf("@" + fileName))));
            return true;
        } catch (LuaSyntaxError error) {
            runner.message(program, Errors.latin(error.luaMessage()));
        } catch (LuaError error) {
            runner.message(program, messageOf(error));
        }
        return false;
    }

    /** Command-line text as Lua bytes: the bytes the process received (UTF-8 here). */
    private static byte[] commandLineBytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static LuaString commandLineString(String text) {
        return LuaString.wrap(commandLineBytes(text));
    }
}
