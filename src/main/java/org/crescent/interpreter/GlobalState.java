package org.crescent.interpreter;

import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * What all threads of one Lua runtime share: the registry, the globals table, the
 * metatables of non-table types, the main thread and which thread is running.
 * Invariant: exactly one thread of a runtime is RUNNING while Lua code runs.
 */
public final class GlobalState {
    /** C Lua's LUAI_MAXCCALLS: nested Java-to-Lua calls (and parser levels) allowed. */
    public static final int MAX_JAVA_CALLS = 200;

    public final LuaTable registry = new LuaTable();
    public final LuaTable globals = new LuaTable();
    /** Metatables of the non-table, non-userdata types, indexed by tag (booleans under TRUE). */
    public final LuaTable[] typeMetatables = new LuaTable[Tag.COUNT];
    public final LuaThread mainThread;
    LuaThread running;
    /** Where print and io.write go, and where io.read reads; the embedding API can redirect them. */
    public java.io.PrintStream standardOutput = System.out;
    public java.io.PrintStream standardError = System.err;
    public java.io.InputStream standardInput = System.in;
    /** The directory relative file names are resolved against (the process's, unless embedded otherwise). */
    public java.nio.file.Path workingDirectory = java.nio.file.Paths.get("").toAbsolutePath();
    /** Whether warn() messages are shown (turned on by "@on", or the -W option). */
    public boolean warningsOn;
    /** What collectgarbage reports: the JVM collects, these only answer its queries. */
    public boolean collectorRunning = true;
    public boolean collectorGenerational;
    public int collectorPause = 200;
    public int collectorStepMultiplier = 100;
    /** Heap in use after the last explicit collection (-1: none yet), and this thread's allocation then. */
    public long heapAfterCollection = -1;
    public long allocatedAtCollection;
    public final Finalizers finalizers = new Finalizers();
    /** Compiles hot prototypes to JVM bytecode; null runs everything in the interpreter. */
    public TierCompiler tierCompiler = Tier.defaultCompiler();
    /** Set when a switch made outside a call instruction (a metamethod yielding) must end the dispatch loop. */
    boolean exitRequested;
    /** Nested dispatch loops started from Java (C Lua's nCcalls). */
    int javaCallDepth;
    /**
     * The last Java exception a call turned into a Lua error ("internal error: ...", "Java
     * exception in Lua call: ..."): a bug in Crescent or in a Java function. Kept so that tests
     * and fuzzers can tell such errors from Lua's own, whatever the Lua code did with them.
     */
    public volatile RuntimeException lastJavaException;
    /** Set from another thread to stop the running code (see {@link Interrupts}). */
    volatile boolean interruptRequested;
    /** Instruction, time and memory budgets, and why the running script is being stopped. */
    public final ExecutionLimits limits = new ExecutionLimits(this);

    public GlobalState() {
        mainThread = new LuaThread(this);
        mainThread.status = LuaThread.STATUS_RUNNING;
        running = mainThread;
    }

    public LuaThread running() {
        return running;
    }

    /** The metatable of a value with the given tag and reference, or null. */
    public LuaTable metatable(byte tag, Object ref) {
        if (tag == Tag.TABLE) {
            return ((LuaTable) ref).metatable;
        }
        if (tag == Tag.USERDATA && ref instanceof org.crescent.runtime.LuaUserdata) {
            return ((org.crescent.runtime.LuaUserdata) ref).metatable;
        }
        return typeMetatables[tag == Tag.FALSE ? Tag.TRUE : tag == Tag.FLOAT ? Tag.INTEGER : tag];
    }

    public void setTypeMetatable(byte tag, LuaTable metatable) {
        typeMetatables[tag == Tag.FALSE ? Tag.TRUE : tag == Tag.FLOAT ? Tag.INTEGER : tag] = metatable;
    }
}
