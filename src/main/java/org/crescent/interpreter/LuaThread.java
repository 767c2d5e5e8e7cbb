package org.crescent.interpreter;

import java.util.Arrays;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.MemoryMeter;
import org.crescent.runtime.Tag;

/**
 * A Lua thread (coroutine): its value stack, as three parallel arrays (tag, number bits,
 * reference), and its stack of call frames. Registers of a Lua frame are the window
 * {@code [base, base + maxStackSize)}. Java functions read their arguments and push their
 * results through {@link ThreadStack}'s accessors on this class's superclass.
 *
 * <p>Invariants: a slot's {@code refs} entry is meaningful only when its tag is a reference
 * tag (it may hold a stale reference otherwise); open upvalues form a list sorted by
 * decreasing stack index and point at the current stack arrays.
 */
public final class LuaThread extends ThreadStack {
    public static final int STATUS_SUSPENDED = 0;
    public static final int STATUS_RUNNING = 1;
    public static final int STATUS_NORMAL = 2;
    public static final int STATUS_DEAD = 3;

    /** C Lua's LUAI_MAXSTACK: the largest value stack before "stack overflow". */
    public static final int MAX_STACK_SIZE = 1_000_000;
    /** Coroutines start small, so that many suspended ones cost little; stacks grow on demand. */
    private static final int INITIAL_STACK_SIZE = 48;
    /**
     * Room beyond the maximum for handling a stack overflow (C Lua's ERRORSTACKSIZE extra):
     * larger than C's 200 slots because every Java function frame reserves JAVA_MIN_STACK.
     */
    private static final int ERROR_EXTRA = 1000;
    private static final int INITIAL_FRAMES = 4;

    public final GlobalState global;
    public CallFrame[] frames;
    /** Number of active frames; frames[frameCount - 1] is the running one. */
    public int frameCount;
    Upvalue openUpvalues;
    /** Stack slots of live to-be-closed variables, innermost last. */
    int[] toBeClosed = new int[4];
    int toBeClosedCount;

    public int status;
    /** The thread that resumed this one (while running or normal). */
    LuaThread resumer;
    /** This run was started by Java ({@link Coroutines#resumeFromJava}); yields return there. */
    boolean resumedFromJava;
    /** The resume was made by a coroutine.wrap function: errors propagate. */
    boolean resumedByWrap;
    /** Where the resumer wants the results (stackless resume from Lua), and how many. */
    int resumerSlot;
    int resumerExpected;
    /** Register and expected count of the pending yield call, for the values of the next resume. */
    int yieldSlot;
    int yieldExpected;
    /** The continuation of a metamethod that was coroutine.yield itself, applied when resumed. */
    int yieldContinuation;
    int yieldContinuationArgument;
    /** Frames in this thread that return into Java; a yield is possible only when zero. */
    int freshFrames;
    /** The body of a coroutine not yet started; null once started and for the main thread. */
    Object pendingBody;
    /** The value an error killed this coroutine with, for coroutine.close. */
    LuaError deathError;
    /** The coroutine's body was coroutine.yield itself and has yielded: the next resume ends it. */
    boolean bodyYielded;
    /** Where the values of the last yield or return of a coroutine run from Java are. */
    int transferFirst;
    int transferCount;
    /** Length of the chain of resumers below this coroutine (C Lua counts it as C calls). */
    int resumeDepth;
    /** The debug hook (debug.sethook) and its state, as C Lua keeps them per thread. */
    public LuaFunction hookFunction;
    public int hookMask;
    public int baseHookCount;
    int hookCount;
    boolean allowHook = true;
    /** The pc of the last line event (C Lua's oldpc). */
    int oldPc;
    /** Set by a Java function returning {@link JavaFunction#TAIL_CALL}: where its call starts, and results to keep. */
    public int tailCallSlot;
    public int tailCallResults;
    /** Result of the last comparison made by a slow path, read by the dispatch loop. */
    boolean lastCondition;

    /** A new coroutine that will run {@code body} when first resumed. */
    public LuaThread(GlobalState global, LuaFunction body) {
        this(global);
        MemoryMeter.charge(MemoryMeter.THREAD_BYTES + INITIAL_STACK_SIZE * MemoryMeter.STACK_SLOT_BYTES);
        this.pendingBody = body;
        this.status = STATUS_SUSPENDED;
    }

    LuaThread(GlobalState global) {
        this.global = global;
        this.tags = new byte[INITIAL_STACK_SIZE];
        this.bits = new long[INITIAL_STACK_SIZE];
        this.refs = new Object[INITIAL_STACK_SIZE];
        this.frames = new CallFrame[INITIAL_FRAMES];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = new CallFrame();
        }
        this.thread = this;
    }

    /**
     * Calls the value in {@code functionSlot} with the {@code argumentCount} values above it,
     * leaving {@code expectedResults} results there (-1: all of them, with {@code top} after
     * the last). For Java code: library functions calling back into Lua, and the API.
     */
    public void call(int functionSlot, int argumentCount, int expectedResults) {
        Protection.invoke(this, functionSlot, argumentCount, expectedResults);
    }

    public CallFrame currentFrame() {
        return frames[frameCount - 1];
    }

    /** Whether a yield from here is possible: a coroutine with no Java call in between. */
    public boolean isYieldable() {
        return !isMainThread() && freshFrames == 0;
    }

    /** The error that killed this coroutine, or null. */
    public LuaError deathError() {
        return deathError;
    }

    public boolean isMainThread() {
        return this == global.mainThread;
    }

    /** Makes sure slots up to {@code needed} (exclusive) exist, or raises "stack overflow". */
    public void ensureStack(int needed) {
        if (needed > tags.length) {
            growStack(needed);
        }
    }

    private void growStack(int needed) {
        if (needed > MAX_STACK_SIZE) {
            if (tags.length < MAX_STACK_SIZE + ERROR_EXTRA) {
                // Leave room for the error handler, as C Lua's extra stack does.
                resize(MAX_STACK_SIZE + ERROR_EXTRA);
            }
            throw Errors.runtime(this, "stack overflow");
        }
        int size = Math.max(needed, Math.min(tags.length * 2, MAX_STACK_SIZE));
        MemoryMeter.charge((size - (long) tags.length) * MemoryMeter.STACK_SLOT_BYTES);
        resize(size);
    }

    /** After an overflow was handled, gives back the extra room so the next overflow is detected again. */
    void shrinkAfterOverflow() {
        if (tags.length > MAX_STACK_SIZE && Protection.safeTop(this) < MAX_STACK_SIZE) {
            resize(MAX_STACK_SIZE);
        }
    }

    private void resize(int size) {
        tags = Arrays.copyOf(tags, size);
        bits = Arrays.copyOf(bits, size);
        refs = Arrays.copyOf(refs, size);
        for (Upvalue upvalue = openUpvalues; upvalue != null; upvalue = upvalue.nextOpen) {
            upvalue.tags = tags;
            upvalue.bits = bits;
            upvalue.refs = refs;
        }
    }

    /** Pushes a new frame object (reused from the pool) and returns it. */
    CallFrame pushFrame() {
        if (frameCount == frames.length) {
            growFrames();
        }
        CallFrame frame = frames[frameCount++];
        frame.status = 0;
        frame.continuation = CallFrame.CONTINUE_NONE;
        frame.varargCount = 0;
        return frame;
    }

    CallFrame[] growFrames() {
        CallFrame[] grown = Arrays.copyOf(frames, frames.length * 2);
        for (int i = frames.length; i < grown.length; i++) {
            grown[i] = new CallFrame();
        }
        frames = grown;
        return grown;
    }

    /** The open upvalue for stack slot {@code index}, created on first capture. */
    Upvalue findUpvalue(int index) {
        Upvalue previous = null;
        Upvalue upvalue = openUpvalues;
        while (upvalue != null && upvalue.index >= index) {
            if (upvalue.index == index) {
                return upvalue;
            }
            previous = upvalue;
            upvalue = upvalue.nextOpen;
        }
        Upvalue created = new Upvalue(this, index);
        created.nextOpen = upvalue;
        if (previous == null) {
            openUpvalues = created;
        } else {
            previous.nextOpen = created;
        }
        return created;
    }

    /** Closes every open upvalue at or above {@code level}. */
    void closeUpvalues(int level) {
        Upvalue upvalue = openUpvalues;
        while (upvalue != null && upvalue.index >= level) {
            Upvalue next = upvalue.nextOpen;
            upvalue.close();
            upvalue = next;
        }
        openUpvalues = upvalue;
    }

    /** Registers the variable at {@code slot} as to be closed (its value has __close or is false/nil). */
    void addToBeClosed(int slot) {
        if (toBeClosedCount == toBeClosed.length) {
            toBeClosed = Arrays.copyOf(toBeClosed, toBeClosedCount * 2);
        }
        toBeClosed[toBeClosedCount++] = slot;
    }

    /** The innermost to-be-closed slot at or above {@code level}, removed from the list; -1 if none. */
    int popToBeClosed(int level) {
        if (toBeClosedCount > 0 && toBeClosed[toBeClosedCount - 1] >= level) {
            return toBeClosed[--toBeClosedCount];
        }
        return -1;
    }

    /** Clears the registers from {@code level} up to the running frame's ceiling: they are free. */
    void clearDeadRegisters(int level) {
        int end = Math.min(Protection.safeTop(this), refs.length);
        for (int i = level; i < end; i++) {
            tags[i] = Tag.NIL;
            refs[i] = null;
        }
    }

    /**
     * Drops stale references so the collector can reclaim what Lua no longer sees: every slot
     * above what the running frames use, and below it every slot whose value is not a
     * reference (registers overwritten by numbers, booleans or nil keep their old reference).
     */
    public void clearStaleReferences() {
        int level = Math.min(Protection.safeTop(this), refs.length);
        Arrays.fill(refs, level, refs.length, null);
        for (int i = 0; i < level; i++) {
            if (tags[i] < Tag.STRING) {
                refs[i] = null;
            }
        }
    }
}
