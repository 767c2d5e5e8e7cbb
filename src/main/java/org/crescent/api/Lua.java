package org.crescent.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.Interrupts;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTermination;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.IoLib;
import org.crescent.stdlib.PackageLib;
import org.crescent.stdlib.ProcessExit;
import org.crescent.stdlib.Sandbox;

/**
 * A Lua runtime for Java programs: its own globals, standard libraries and standard streams.
 * <pre>{@code
 * try (Lua lua = Lua.create()) {
 *     lua.set("name", "world");
 *     lua.register("twice", args -> args.checkInteger(1) * 2);
 *     Object result = lua.eval("return 'hello ' .. name, twice(21)");   // "hello world"
 *     LuaCallable greet = (LuaCallable) lua.eval("return function(x) return x + 1 end");
 *     Object two = greet.call(1);                                          // 2L
 * }
 * }</pre>
 *
 * <p>Values cross between Java and Lua as {@link ValueBridge} describes: Long, Double,
 * String, Boolean and null for Lua's numbers, strings, booleans and nil; tables as live
 * {@link LuaTableView}s; functions as {@link LuaCallable}s; other Java objects as userdata.
 * Every error arrives as a {@link LuaException}.
 *
 * <p>A runtime is confined to one thread at a time: using it from a second thread while a
 * first one is inside it throws {@link IllegalStateException}. Different runtimes share no
 * mutable state and run in parallel freely. {@link #interrupt()} is the one method any thread
 * may call at any time.
 */
public final class Lua implements AutoCloseable {
    /** Crescent's version. */
    public static final String VERSION = "0.1";
    private static final LuaString INDEX = LuaString.of("__index");
    private static final LuaString NAME = LuaString.of("__name");

    final GlobalState global = new GlobalState();
    final ThreadGuard guard = new ThreadGuard();
    final ValueBridge bridge = new ValueBridge(this);
    private final Map<Class<?>, LuaTable> typeMetatables = new HashMap<>();

    private Lua() {}

    /** A runtime with every standard library. */
    public static Lua create() {
        return create(EnumSet.allOf(StandardLibrary.class));
    }

    /** A runtime with the given standard libraries only (opened in C Lua's order). */
    public static Lua create(StandardLibrary... libraries) {
        EnumSet<StandardLibrary> set = EnumSet.noneOf(StandardLibrary.class);
        for (StandardLibrary library : libraries) {
            set.add(library);
        }
        return create(set);
    }

    /** A runtime with the given standard libraries only (opened in C Lua's order). */
    public static Lua create(Set<StandardLibrary> libraries) {
        Lua lua = new Lua();
        for (StandardLibrary library : EnumSet.copyOf(libraries.isEmpty() ? EnumSet.noneOf(StandardLibrary.class) : libraries)) {
            library.open(lua.global);
        }
        return lua;
    }

    /**
     * A runtime for scripts the host does not trust: the standard libraries without any access
     * to files, processes or the environment, as {@link Sandbox} lists ({@code io},
     * {@code debug}, most of {@code os}, {@code dofile}, {@code loadfile}, binary chunks and
     * {@code require} of files are out). Java modules registered with
     * {@link #registerModule} can still be required. Budgets are separate: see
     * {@link #setInstructionLimit}, {@link #setTimeLimit} and {@link #setMemoryLimit}.
     */
    public static Lua sandboxed() {
        return sandboxed(StandardLibrary.BASE, StandardLibrary.PACKAGE, StandardLibrary.COROUTINE, StandardLibrary.TABLE,
                StandardLibrary.OS, StandardLibrary.STRING, StandardLibrary.MATH, StandardLibrary.UTF8);
    }

    /** As {@link #sandboxed()}, with only the given libraries ({@code IO} and {@code DEBUG} are removed regardless). */
    public static Lua sandboxed(StandardLibrary... libraries) {
        Lua lua = create(libraries);
        Sandbox.restrict(lua.global);
        return lua;
    }

    // ---- budgets ----

    /**
     * Limits each call from Java into Lua ({@link #eval}, {@link LuaCallable#call}...) to
     * {@code instructions} VM instructions, work in library functions counting about one per
     * element handled (0, the default, is no limit). Past it the script stops with
     * {@link LuaStoppedException} (reason INSTRUCTION_LIMIT, message "instruction limit
     * exceeded"), which Lua code cannot catch. Counting costs while a limit is set: every
     * instruction is checked, and the JVM-bytecode tier stands aside.
     */
    public void setInstructionLimit(long instructions) {
        global.limits.setInstructionLimit(instructions);
    }

    /**
     * Limits each call from Java into Lua to {@code limit} of wall-clock time (null or zero: no
     * limit); past it the script stops with {@link LuaStoppedException} (reason TIME_LIMIT,
     * message "time limit exceeded"), within a few milliseconds of the limit.
     */
    public void setTimeLimit(java.time.Duration limit) {
        global.limits.setTimeLimit(limit == null ? 0 : Math.max(limit.toNanos(), limit.isZero() ? 0 : 1));
    }

    /**
     * Limits the memory this runtime's Lua values take to about {@code bytes} (0: no limit),
     * as estimated by {@link org.crescent.runtime.MemoryMeter}; an allocation that would pass it
     * fails with Lua's "not enough memory" error (which pcall can catch, as in C Lua).
     */
    public void setMemoryLimit(long bytes) {
        global.limits.setMemoryLimit(bytes);
    }

    // ---- running code ----

    /** Runs a chunk of Lua source and returns its first result (null if none). */
    public Object eval(String source) {
        return load(source).call();
    }

    /** As {@link #eval(String)}, naming the chunk in messages ({@code name:1: ...}). */
    public Object eval(String source, String chunkName) {
        return load(source, chunkName).call();
    }

    /** Runs a Lua file with {@code arguments} as its {@code ...}, and returns its first result. */
    public Object execute(Path file, Object... arguments) {
        return loadFile(file).call(arguments);
    }

    /** Compiles a chunk; the chunk is named by its own text in messages, as Lua's {@code load} names it. */
    public LuaCallable load(String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        return load(bytes, LuaString.wrap(bytes));
    }

    /**
     * Compiles a chunk of source. {@code chunkName} is shown in messages; "@file" and "=name"
     * follow Lua's conventions, and a plain name is shown as it is.
     */
    public LuaCallable load(String source, String chunkName) {
        return load(source.getBytes(StandardCharsets.UTF_8), chunkName);
    }

    /**
     * As {@link #load(String, String)}, for source text as bytes (any bytes, not only UTF-8) or
     * a pre-compiled (binary) chunk such as {@code string.dump} produces.
     */
    public LuaCallable load(byte[] chunk, String chunkName) {
        String name = chunkName.startsWith("=") || chunkName.startsWith("@") ? chunkName : "=" + chunkName;
        return load(chunk, Errors.bytesOf(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
    }

    /** Compiles a Lua file (a first line starting with '#' is skipped, as lua does). */
    public LuaCallable loadFile(Path file) {
        guard.enter();
        try {
            byte[] chunk = ChunkLoader.readScript(global, file.toString());
            return load(chunk, Errors.bytesOf("@" + file));
        } catch (LuaError error) {
            throw bridge.exception(global.running(), error);
        } finally {
            guard.leave();
        }
    }

    /** Compiles a Lua file found as a class-path resource, e.g. {@code "scripts/init.lua"}. */
    public LuaCallable loadResource(String resourceName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null || loader.getResource(resourceName) == null) {
            loader = Lua.class.getClassLoader();
        }
        return loadResource(loader, resourceName);
    }

    /** As {@link #loadResource(String)}, from the given class loader. */
    public LuaCallable loadResource(ClassLoader loader, String resourceName) {
        byte[] chunk;
        try (InputStream in = loader.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new LuaException("cannot open resource " + resourceName);
            }
            chunk = ChunkLoader.skipComment(in.readAllBytes());
        } catch (IOException error) {
            throw new LuaException("cannot read resource " + resourceName + ": " + error.getMessage());
        }
        return load(chunk, "@" + resourceName);
    }

    private LuaCallable load(byte[] chunk, LuaString chunkName) {
        guard.enter();
        try {
            LuaClosure closure = ChunkLoader.load(chunk, chunkName, "bt", Tag.TABLE, 0, global.globals);
            return new LuaCallable(this, Tag.FUNCTION, 0, closure);
        } catch (LuaError error) {
            throw bridge.exception(global.running(), error);
        } finally {
            guard.leave();
        }
    }

    /** Calls the global function {@code name} and returns its first result. */
    public Object call(String name, Object... arguments) {
        Object function = get(name);
        if (!(function instanceof LuaCallable)) {
            throw new LuaException("attempt to call a " + (function == null ? "nil" : "non-function") + " value (global '" + name + "')");
        }
        return ((LuaCallable) function).call(arguments);
    }

    // ---- globals ----

    /** The global variable {@code name}, converted to Java (raw access: no metamethods of _G). */
    public Object get(String name) {
        return globals().get(name);
    }

    /** Sets the global variable {@code name} to {@code value} converted to Lua (null removes it). */
    public void set(String name, Object value) {
        globals().put(name, value);
    }

    /** Registers a Java function as the global {@code name}. */
    public void register(String name, LuaCallback function) {
        guard.enter();
        try {
            global.globals.setString(LuaString.of(name), Tag.FUNCTION, 0, bridge.function(name, function));
        } finally {
            guard.leave();
        }
    }

    /** The globals table, live. */
    public LuaTableView globals() {
        return new LuaTableView(this, global.globals);
    }

    /** A new empty table. */
    public LuaTableView newTable() {
        return new LuaTableView(this, new LuaTable());
    }

    // ---- userdata and modules ----

    /**
     * The metatable for Java objects of {@code type} (and its subclasses) seen from Lua, created
     * on first call with {@code __name = name} (the type's name in error messages) and
     * {@code __index} set to itself, so functions put in it are the objects' methods:
     * <pre>{@code
     * LuaTableView point = lua.registerType(Point.class, "Point");
     * point.put("norm", (LuaCallback) args -> args.checkUserdata(1, Point.class).norm());
     * lua.set("p", new Point(3, 4));   // Lua: p:norm() == 5.0
     * }</pre>
     */
    public LuaTableView registerType(Class<?> type, String name) {
        guard.enter();
        try {
            LuaTable metatable = typeMetatables.get(type);
            if (metatable == null) {
                metatable = new LuaTable();
                metatable.setString(NAME, Tag.STRING, 0, LuaString.of(name));
                metatable.setString(INDEX, Tag.TABLE, 0, metatable);
                typeMetatables.put(type, metatable);
            }
            return new LuaTableView(this, metatable);
        } finally {
            guard.leave();
        }
    }

    /** The metatable registered for the class or its nearest registered superclass or interface. */
    LuaTable metatableOf(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            LuaTable metatable = typeMetatables.get(current);
            if (metatable != null) {
                return metatable;
            }
            for (Class<?> implemented : current.getInterfaces()) {
                metatable = typeMetatables.get(implemented);
                if (metatable != null) {
                    return metatable;
                }
            }
        }
        return null;
    }

    /** The name Lua shows for values of {@code type}: its registered {@code __name}, else its simple name. */
    String typeName(Class<?> type) {
        LuaTable metatable = metatableOf(type);
        if (metatable != null) {
            int slot = metatable.findString(NAME);
            if (slot >= 0 && metatable.valueTags[slot] == Tag.STRING) {
                return metatable.valueRefs[slot].toString();
            }
        }
        return type.getSimpleName();
    }

    /**
     * Makes {@code require(name)} return what {@code opener} returns (called once, with the
     * module name as argument 1; its result is kept in {@code package.loaded}), before any file
     * is searched: a module written in Java.
     */
    public void registerModule(String name, LuaCallback opener) {
        guard.enter();
        try {
            JavaFunction function = bridge.function(name, opener);
            PackageLib.registerModule(global, name, function.body);
        } finally {
            guard.leave();
        }
    }

    // ---- environment ----

    /** Where {@code print}, {@code io.write} and {@code io.stdout} write. */
    public void setStandardOutput(OutputStream out) {
        global.standardOutput = printStream(out);
    }

    /** Where {@code io.stderr} and warnings write. */
    public void setStandardError(OutputStream err) {
        global.standardError = printStream(err);
    }

    /** Where {@code io.read} and {@code io.stdin} read. */
    public void setStandardInput(InputStream in) {
        global.standardInput = in;
    }

    /** The directory relative file names in Lua ({@code io.open}, {@code dofile}) are resolved against. */
    public void setWorkingDirectory(Path directory) {
        global.workingDirectory = directory.toAbsolutePath();
    }

    private static PrintStream printStream(OutputStream out) {
        return out instanceof PrintStream ? (PrintStream) out : new PrintStream(out, true);
    }

    /**
     * Stops the Lua code running in this runtime: at its next loop iteration or call (or within
     * about a thousand steps of a library loop) it raises "interrupted!", which Lua code cannot
     * catch: the call into Lua throws {@link LuaStoppedException} (reason INTERRUPTED). Any
     * thread may call this, at any time (a watchdog, a cancel button); a request made while
     * nothing runs is dropped at the next call into Lua.
     */
    public void interrupt() {
        global.limits.stop(LuaTermination.Reason.INTERRUPTED);
    }

    /**
     * The interpreter state behind this runtime, for code that works at the level of the
     * standard libraries (see the project's LIBRARY_API notes). The same confinement rules apply.
     */
    public GlobalState globalState() {
        return global;
    }

    /** Ends the runtime: output is flushed; later use throws IllegalStateException. */
    @Override
    public void close() {
        if (guard.isClosed()) {
            return;
        }
        guard.enter();
        try {
            LuaThread thread = global.mainThread;
            thread.top = 0;
            // What lua_close does: pending finalizers run, then the io library's files close.
            // They are script code: the budgets bound them as they bound any call.
            global.limits.enter();
            try {
                global.finalizers.closeState(thread);
            } finally {
                global.limits.leave();
            }
        } catch (LuaError | ProcessExit | StackOverflowError | OutOfMemoryError ignored) {
            // The runtime is going away: nothing is left to report an error to.
        } finally {
            IoLib.closeAll(global);
            global.standardOutput.flush();
            global.standardError.flush();
            guard.leave();
            guard.close();
        }
    }

    // ---- calls from handles ----

    /** Calls a Lua value with Java arguments, returning all results converted. */
    Object[] call(byte tag, long bits, Object ref, Object[] arguments, int wanted) {
        guard.enter();
        LuaThread thread = global.running();
        int slot = thread.top;
        boolean exited = false;
        global.limits.enter();
        try {
            if (thread == global.mainThread && thread.frameCount == 0) {
                // Nothing runs: a request made meanwhile is stale.
                Interrupts.clear(global);
            }
            thread.ensureCapacity(arguments.length + 1);
            thread.pushValue(tag, bits, ref);
            Value value = new Value();
            for (Object argument : arguments) {
                bridge.toLua(argument, value);
                thread.pushValue(value.tag, value.bits, value.ref);
            }
            thread.call(slot, arguments.length, wanted);
            int count = thread.top - slot;
            if (wanted >= 0) {
                count = wanted;
            }
            Object[] results = new Object[count];
            for (int i = 0; i < count; i++) {
                results[i] = bridge.toJava(thread.tags[slot + i], thread.bits[slot + i], thread.refs[slot + i]);
            }
            return results;
        } catch (LuaError error) {
            throw bridge.exception(thread, error);
        } catch (ProcessExit exit) {
            // os.exit ends the runtime, not the JVM: the runtime is finished, as after C's exit.
            exited = true;
            throw new LuaExitException(exit.status);
        } catch (StackOverflowError error) {
            throw new LuaException("stack overflow");
        } catch (OutOfMemoryError error) {
            throw new LuaException("not enough memory");
        } finally {
            global.limits.leave();
            thread.top = slot;
            if (guard.leave() && exited) {
                close();
            }
        }
    }
}
