package org.crescent.interpreter;

import java.util.ServiceLoader;
import org.crescent.bytecode.Prototype;

/**
 * Where the dispatch loop meets the second tier: hotness counting and entry into compiled code
 * at function entry and loop back-edges. The dispatch loop calls these only when no line or
 * count hook traces instructions (so instruction budgets and debug hooks see every
 * instruction). A prototype is compiled once, when its count passes the threshold
 * ({@code -Dcrescent.jit.threshold}, default 1000; {@code -Dcrescent.jit=false} turns the tier
 * off); a failed compilation is remembered and not retried.
 */
public final class Tier {
    /** Count above which a prototype is compiled. */
    public static final int THRESHOLD = Integer.getInteger("crescent.jit.threshold", 1000);
    /**
     * What a numeric for loop's check adds: the loop reaches it once per 1024 iterations and at
     * its end, so one check stands for many executions of the body.
     */
    static final int FOR_LOOP_WEIGHT = 32;
    /** -Dcrescent.jit.debug=true reports each compilation on standard error. */
    private static final boolean DEBUG = Boolean.getBoolean("crescent.jit.debug");
    /**
     * False with {@code -Dcrescent.jit=false}: then HotSpot folds every entry check away and
     * the interpreter runs as if the tier did not exist.
     */
    static final boolean ENABLED = !"false".equals(System.getProperty("crescent.jit"));
    /** Marks a prototype whose compilation failed. */
    private static final Object FAILED = new Object();

    private Tier() {}

    /**
     * The tier compiler of a new runtime: one that finds the real compiler at its first
     * compilation, or null when the tier is turned off. Looking it up when a runtime starts
     * cost every process the ServiceLoader scan and the loading of ASM (~20 ms), also for
     * scripts that never get hot.
     */
    static TierCompiler defaultCompiler() {
        return ENABLED ? DefaultCompiler.INSTANCE : null;
    }

    /** Stands for the compiler found on the class path; compiles nothing when there is none. */
    private static final class DefaultCompiler implements TierCompiler {
        static final DefaultCompiler INSTANCE = new DefaultCompiler();

        @Override
        public CompiledCode compile(Prototype prototype) {
            TierCompiler compiler = Found.COMPILER;
            return compiler == null ? null : compiler.compile(prototype);
        }
    }

    /** The compiler on the class path, looked up once, at the first compilation of the process. */
    private static final class Found {
        /** The JVM-bytecode tier, named directly so the common case needs no ServiceLoader scan. */
        private static final String BYTECODE_TIER = "org.crescent.jit.BytecodeTier";
        static final TierCompiler COMPILER = find();

        private static TierCompiler find() {
            ClassLoader loader = TierCompiler.class.getClassLoader();
            try {
                return (TierCompiler) Class.forName(BYTECODE_TIER, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException notThere) {
                // another tier compiler, or none: the service lookup decides
            }
            try {
                return ServiceLoader.load(TierCompiler.class, loader).findFirst().orElse(null);
            } catch (java.util.ServiceConfigurationError | LinkageError error) {
                return null; // e.g. ASM missing from the class path: run interpreted
            }
        }
    }

    /**
     * At a Lua function's first instruction: counts the call and runs compiled code if there
     * is some. Returns the pc the interpreter continues at (0 when nothing ran).
     */
    static int atEntry(LuaThread thread, CallFrame frame) {
        if (!ENABLED) {
            return 0;
        }
        Prototype prototype = frame.closure.prototype;
        Object compiled = prototype.compiledCode;
        if (compiled == null) {
            if (++prototype.hotness <= THRESHOLD) {
                return 0;
            }
            compiled = compile(thread.global, prototype);
        }
        if (!(compiled instanceof CompiledCode)) {
            return 0;
        }
        byte[] stack = thread.tags;
        return checkStack(thread, frame, stack, ((CompiledCode) compiled).run(thread, frame, 0));
    }

    /**
     * Where the dispatch loop (re)loads a frame, at {@code pc}: a function's start counts as
     * an entry; elsewhere (after a call from Java, a metamethod, a slow path) compiled code
     * already made runs from there if {@code pc} is one of its entry points. Returns the pc to
     * continue at.
     */
    static int atReload(LuaThread thread, CallFrame frame, int pc) {
        if (pc == 0) {
            return atEntry(thread, frame);
        }
        return atReturn(thread, frame, pc);
    }

    /** After a call returned into {@code frame} at {@code pc}: runs its compiled code from there, if any. */
    static int atReturn(LuaThread thread, CallFrame frame, int pc) {
        if (!ENABLED) {
            return pc;
        }
        Object compiled = frame.closure.prototype.compiledCode;
        if (!(compiled instanceof CompiledCode)) {
            return pc;
        }
        byte[] stack = thread.tags;
        return checkStack(thread, frame, stack, ((CompiledCode) compiled).run(thread, frame, pc));
    }

    /**
     * At a loop back-edge instruction {@code pc} (FORLOOP, backward JMP) about to run: counts
     * it and runs compiled code from it if there is some. Returns the pc the interpreter
     * continues at, or -1 when it must run the instruction at {@code pc} itself.
     */
    static int atBackEdge(LuaThread thread, CallFrame frame, int pc, int weight) {
        if (!ENABLED) {
            return -1;
        }
        Prototype prototype = frame.closure.prototype;
        Object compiled = prototype.compiledCode;
        if (compiled == null) {
            if ((prototype.hotness += weight) <= THRESHOLD) {
                return -1;
            }
            compiled = compile(thread.global, prototype);
        }
        if (compiled instanceof CompiledCode) {
            byte[] stack = thread.tags;
            int exit = checkStack(thread, frame, stack, ((CompiledCode) compiled).run(thread, frame, pc));
            return exit == pc ? -1 : exit;
        }
        return -1;
    }

    /**
     * The dispatch loop holds the value-stack arrays in locals, read before it ran compiled
     * code; a call made by compiled code may have replaced them (grown the stack). Then an
     * exit is turned into FRAME_CHANGED with the frame's pc at the exit, so that the loop
     * reloads the frame (and the arrays) before running the instruction.
     */
    private static int checkStack(LuaThread thread, CallFrame frame, byte[] stackBefore, int exit) {
        if (exit == CompiledCode.TAIL_CALLED) {
            return runTailCalls(thread);
        }
        if (exit >= 0 && thread.tags != stackBefore) {
            frame.pc = exit;
            return CompiledCode.FRAME_CHANGED;
        }
        return exit;
    }

    /**
     * A coroutine {@code running} was just resumed by compiled code of {@code resumer}: runs
     * it here, from its top frame's pc, while it stays in compiled code (it usually yields back
     * from there, and the resumer goes on without passing through the interpreter). False when
     * it stopped in the interpreter (its frame's pc saved) or could not run here.
     */
    private static boolean runResumed(LuaThread resumer, LuaThread running) {
        if (running.hookMask != 0 || resumer.compiledDepth >= MAX_COMPILED_DEPTH || running.frameCount == 0) {
            return false;
        }
        CallFrame top = running.frames[running.frameCount - 1];
        if (top.closure == null) {
            return false;
        }
        int saved = running.compiledDepth;
        running.compiledDepth = resumer.compiledDepth + 1; // its compiled frames go on this Java stack
        int exit;
        try {
            exit = atReload(running, top, top.pc);
        } finally {
            running.compiledDepth = saved;
        }
        if (exit >= 0) {
            top.pc = exit;
            return false;
        }
        return true;
    }

    /**
     * After compiled code replaced its frame by a tail callee's: runs the new top frame's
     * compiled code (and its tail callees'), so that a chain of tail calls stays in compiled
     * code. The interpreter then reloads whatever frame is on top.
     */
    private static int runTailCalls(LuaThread thread) {
        int exit;
        do {
            CallFrame callee = thread.frames[thread.frameCount - 1];
            Object compiled = callee.closure.prototype.compiledCode;
            if (!(compiled instanceof CompiledCode)) {
                return CompiledCode.FRAME_CHANGED; // the interpreter runs it (and counts the call)
            }
            exit = ((CompiledCode) compiled).run(thread, callee, 0);
            if (exit >= 0) {
                callee.pc = exit;
                return CompiledCode.FRAME_CHANGED;
            }
        } while (exit == CompiledCode.TAIL_CALLED);
        return exit;
    }

    /**
     * Nested compiled calls one dispatch loop allows on the Java stack; deeper calls unwind to
     * the interpreter, which starts a new nest (so Lua recursion depth never becomes Java depth).
     */
    public static final int MAX_COMPILED_DEPTH = 48;
    /** {@link #callFromCompiled}: the callee has returned; its results are in place. */
    public static final int CALL_RETURNED = 1;
    /** {@link #callFromCompiled}: no call made; the interpreter runs the CALL instruction. */
    public static final int CALL_DECLINED = 0;

    /**
     * CALL from compiled code with the registers written back: runs a Lua callee that has
     * compiled code directly, as the dispatch loop's CALL would but without leaving the
     * compiled caller. Returns CALL_RETURNED (results at {@code slot}...; the caller reloads
     * its registers), CALL_DECLINED (anything else: not a compiled Lua function, hooks, too
     * deep), or FRAME_CHANGED (the callee stopped in the interpreter; {@code frame.pc} is
     * {@code nextPc}, so the interpreter finishes the call and returns into the caller there).
     */
    public static int callFromCompiled(LuaThread thread, CallFrame frame, int nextPc, int slot, int argumentCount, int wanted) {
        if (thread.tags[slot] != org.crescent.runtime.Tag.FUNCTION || thread.hookMask != 0) {
            return CALL_DECLINED;
        }
        if (argumentCount < 0) {
            argumentCount = thread.top - slot - 1; // CALL with B = 0: the arguments end at the stack top
        }
        org.crescent.runtime.LuaFunction function = (org.crescent.runtime.LuaFunction) thread.refs[slot];
        if (function.kind != org.crescent.runtime.LuaFunction.KIND_LUA) {
            frame.pc = nextPc;
            if (function.kind != org.crescent.runtime.LuaFunction.KIND_JAVA) {
                // pcall, coroutine resume and yield: they switch frames (or threads), which
                // the interpreter then runs; a call that changed nothing (a dead coroutine's
                // resume) goes on here.
                if (Calls.call(thread, slot, argumentCount, wanted)) {
                    thread.global.exitRequested = true;
                    return CompiledCode.FRAME_CHANGED;
                }
                LuaThread running = thread.global.running;
                if (running != thread && (function.kind == org.crescent.runtime.LuaFunction.KIND_YIELD || !runResumed(thread, running))) {
                    return CompiledCode.FRAME_CHANGED;
                }
                return thread.global.running == thread && !thread.global.exitRequested && thread.frames[thread.frameCount - 1] == frame
                        && thread.hookMask == 0 ? CALL_RETURNED : CompiledCode.FRAME_CHANGED;
            }
            JavaFunction.FastCall fast = ((JavaFunction) function).fast;
            if (fast != null && fast.call(thread, slot, argumentCount)) {
                if (wanted < 0) {
                    thread.top = slot + 1;
                } else {
                    for (int n = 1; n < wanted; n++) thread.tags[slot + n] = org.crescent.runtime.Tag.NIL;
                }
                return CALL_RETURNED;
            }
            // A function that set a hook (debug.sethook) hands over to the interpreter, which
            // then traces every instruction.
            return Calls.callJavaFromCompiled(thread, (JavaFunction) function, slot, argumentCount, wanted)
                    && thread.hookMask == 0 ? CALL_RETURNED : CompiledCode.FRAME_CHANGED;
        }
        LuaClosure closure = (LuaClosure) function;
        Object compiled = closure.prototype.compiledCode;
        if (!(compiled instanceof CompiledCode) || thread.compiledDepth >= MAX_COMPILED_DEPTH) {
            return CALL_DECLINED;
        }
        frame.pc = nextPc;
        int callerCount = thread.frameCount;
        CallFrame callee = Calls.enterLua(thread, closure, slot, argumentCount, wanted);
        if (callee.status != 0) {
            return CompiledCode.FRAME_CHANGED;
        }
        thread.compiledDepth++;
        int exit;
        try {
            exit = ((CompiledCode) compiled).run(thread, callee, 0);
            while (exit == CompiledCode.TAIL_CALLED) {
                // The callee's frame was replaced by its tail callee's, which runs here too
                // (so a chain of tail calls does not grow the Java stack).
                callee = thread.frames[callerCount];
                compiled = callee.closure.prototype.compiledCode;
                if (!(compiled instanceof CompiledCode)) {
                    return CompiledCode.FRAME_CHANGED; // the interpreter runs it (and counts the call)
                }
                exit = ((CompiledCode) compiled).run(thread, callee, 0);
            }
        } finally {
            thread.compiledDepth--;
        }
        if (exit >= 0) {
            callee.pc = exit;
            return CompiledCode.FRAME_CHANGED;
        }
        return thread.frameCount == callerCount && thread.hookMask == 0 ? CALL_RETURNED : CompiledCode.FRAME_CHANGED;
    }

    /**
     * RETURN1 from compiled code: the dispatch loop's fast return (a plain frame: no flag but
     * TAIL_CALL). Returns false, doing nothing, for any other frame (the interpreter returns).
     */
    public static boolean returnOne(LuaThread thread, CallFrame frame, int tag, long bits, Object ref) {
        if ((frame.status & ~CallFrame.TAIL_CALL) != 0) {
            return false;
        }
        int destination = frame.functionSlot;
        int wanted = frame.expectedResults;
        byte[] tags = thread.tags;
        tags[destination] = (byte) tag;
        thread.bits[destination] = bits;
        if (tag >= org.crescent.runtime.Tag.STRING) {
            thread.refs[destination] = ref;
        }
        if (wanted < 0) {
            thread.top = destination + 1;
        } else {
            for (int n = 1; n < wanted; n++) tags[destination + n] = org.crescent.runtime.Tag.NIL;
        }
        thread.frameCount--;
        return true;
    }

    /** RETURN0 from compiled code, as {@link #returnOne}. */
    public static boolean returnNone(LuaThread thread, CallFrame frame) {
        if ((frame.status & ~CallFrame.TAIL_CALL) != 0) {
            return false;
        }
        int destination = frame.functionSlot;
        int wanted = frame.expectedResults;
        if (wanted < 0) {
            thread.top = destination;
        } else {
            for (int n = 0; n < wanted; n++) thread.tags[destination + n] = org.crescent.runtime.Tag.NIL;
        }
        thread.frameCount--;
        return true;
    }

    private static Object compile(GlobalState global, Prototype prototype) {
        TierCompiler compiler = global.tierCompiler;
        Object compiled = null;
        if (compiler != null) {
            try {
                compiled = compiler.compile(prototype);
            } catch (RuntimeException | LinkageError error) {
                if (DEBUG) {
                    error.printStackTrace();
                }
            }
        }
        if (DEBUG) {
            System.err.println("crescent.jit: " + (compiled != null ? "compiled " : "not compiled ")
                    + prototype.source + ":" + prototype.lineDefined);
        }
        prototype.compiledCode = compiled != null ? compiled : FAILED;
        return prototype.compiledCode;
    }
}
