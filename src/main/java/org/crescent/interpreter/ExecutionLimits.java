package org.crescent.interpreter;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaTermination;
import org.crescent.runtime.LuaTermination.Reason;
import org.crescent.runtime.MemoryMeter;

/**
 * The budgets of one runtime (an instruction count, a time limit, a memory limit) and the
 * reason of a pending stop. Each budget applies afresh to every call the host makes into Lua
 * (the outermost one: Lua code calling Java calling Lua again shares its caller's budget).
 *
 * <p>How a stop reaches running code: the time limit (a timer thread) and the host's
 * {@link #stop} record a reason and raise the interrupt flag that the dispatch loop and the
 * JVM-bytecode tier already check at backward jumps and calls ({@link Interrupts}); the
 * instruction budget makes {@link Hooks#tracesInstructions} true, so every instruction passes
 * through {@link Hooks#traceExecution}, which counts it (compiled code does not run while
 * instructions are traced). Java library loops that can run long ({@code string.rep},
 * {@code gsub}, pattern matching, {@code table.sort}, {@code table.concat}...) call
 * {@link #poll} every so often, which also charges their work to the instruction budget. A
 * stop raises a {@link LuaTermination}; the interrupt flag stays raised until the host's call
 * returns, so code that swallowed the error (a Java callback) is stopped again at once.
 * Invariant: {@code stopReason != null} only while a host call is running or being left.
 *
 * <p>With no budget set, running code pays nothing here: the flag is the one that always existed.
 */
public final class ExecutionLimits {
    /** Work units a Java loop does between two {@link #poll} calls, about one instruction each. */
    public static final int POLL_INTERVAL = 1024;
    private static volatile ScheduledThreadPoolExecutor timer;

    private final GlobalState global;
    private long instructionLimit;
    private long timeLimitNanos;
    private long memoryLimit;
    /** Instructions (and units of Java work) left in the current host call's budget. */
    long instructionsLeft;
    /** Whether instructions are being counted: read by {@link Hooks#tracesInstructions}. */
    boolean countsInstructions;
    private volatile Reason stopReason;
    /** Nested host calls running; budgets start at the outermost. */
    private int depth;
    /** Host calls started so far; a timer firing for an older one does nothing. */
    private long generation;
    private ScheduledFuture<?> deadline;
    private MemoryMeter memory;
    /** The meter the outermost host call attached, detached when it returns. */
    private MemoryMeter attachedMemory;

    ExecutionLimits(GlobalState global) {
        this.global = global;
    }

    /** Instructions each host call may run (0: no limit). Library work counts about one per element. */
    public void setInstructionLimit(long instructions) {
        if (instructions < 0) throw new IllegalArgumentException("negative instruction limit");
        instructionLimit = instructions;
    }

    public long instructionLimit() {
        return instructionLimit;
    }

    /** Wall-clock time each host call may run, in nanoseconds (0: no limit). */
    public void setTimeLimit(long nanoseconds) {
        if (nanoseconds < 0) throw new IllegalArgumentException("negative time limit");
        timeLimitNanos = nanoseconds;
    }

    public long timeLimitNanos() {
        return timeLimitNanos;
    }

    /**
     * Bytes the runtime's Lua values may take (0: no limit), as {@link MemoryMeter} and
     * {@link MemoryCensus} estimate them; exceeding it raises "not enough memory".
     */
    public void setMemoryLimit(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("negative memory limit");
        memoryLimit = bytes;
        // The meter stays once made: a call running now detaches the one it attached.
        if (memory == null && bytes > 0) {
            memory = new MemoryMeter(bytes, () -> MemoryCensus.liveBytes(global));
        } else if (memory != null) {
            memory.setLimit(bytes == 0 ? Long.MAX_VALUE : bytes);
        }
    }

    public long memoryLimit() {
        return memoryLimit;
    }

    /** The meter of the memory limit, or null when no limit was ever set. */
    public MemoryMeter memory() {
        return memory;
    }

    /**
     * The host is about to call into Lua: at the outermost call, pending stops are forgotten
     * and the budgets start. Must be paired with {@link #leave}, on the same thread.
     */
    public void enter() {
        if (depth++ > 0) {
            return;
        }
        synchronized (this) {
            generation++;
            stopReason = null;
            global.interruptRequested = false;
        }
        countsInstructions = instructionLimit > 0;
        instructionsLeft = instructionLimit;
        if (timeLimitNanos > 0) {
            long expected = generation;
            deadline = timer().schedule(() -> expire(expected), timeLimitNanos, TimeUnit.NANOSECONDS);
        }
        if (memoryLimit > 0) {
            attachedMemory = memory;
            memory.attach();
        }
    }

    /** The host's call into Lua has returned (or thrown): at the outermost, budgets stop. */
    public void leave() {
        if (--depth > 0) {
            return;
        }
        depth = 0;
        countsInstructions = false;
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
        if (attachedMemory != null) {
            attachedMemory.detach();
            attachedMemory = null;
        }
        synchronized (this) {
            generation++;
            stopReason = null;
            global.interruptRequested = false;
        }
    }

    private synchronized void expire(long expectedGeneration) {
        if (generation == expectedGeneration) {
            stopReason = Reason.TIME_LIMIT;
            global.interruptRequested = true;
        }
    }

    /**
     * Stops the running script for {@code reason}: safe from any thread. Lua code cannot catch
     * the stop; a request made while no host call runs is forgotten at the next one.
     */
    public synchronized void stop(Reason reason) {
        if (stopReason == null) {
            stopReason = reason;
        }
        global.interruptRequested = true;
    }

    /** The reason of the pending stop, or null (a plain interrupt, as Ctrl-C's, has none). */
    public Reason stopReason() {
        return stopReason;
    }

    /** The error for a raised interrupt flag: a termination if a reason is pending (the flag then stays raised). */
    LuaError interruption() {
        Reason reason = stopReason;
        if (reason != null) {
            return new LuaTermination(reason);
        }
        global.interruptRequested = false;
        return new LuaError(Interrupts.MESSAGE);
    }

    /** Counts one instruction traced by the dispatch loop. */
    static void countInstruction(GlobalState global) {
        ExecutionLimits limits = global.limits;
        if (--limits.instructionsLeft < 0) {
            limits.stop(Reason.INSTRUCTION_LIMIT);
            throw limits.interruption();
        }
    }

    /**
     * Called by Java library code every {@link #POLL_INTERVAL} units of work or so: raises the
     * pending interrupt or stop, and charges {@code work} units to the instruction budget.
     */
    public static void poll(LuaThread thread, int work) {
        poll(thread.global, work);
    }

    /** As {@link #poll(LuaThread, int)}, for code that keeps the runtime rather than a thread. */
    public static void poll(GlobalState global, int work) {
        if (global.interruptRequested) {
            throw global.limits.interruption();
        }
        ExecutionLimits limits = global.limits;
        if (limits.countsInstructions && (limits.instructionsLeft -= work) < 0) {
            limits.stop(Reason.INSTRUCTION_LIMIT);
            throw limits.interruption();
        }
    }

    /** Forgets the to-be-closed variables at or above {@code level} without calling their __close. */
    static void dropToBeClosed(LuaThread thread, int level) {
        while (thread.popToBeClosed(level) >= 0) {
            // A stopped script runs no more Lua code.
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor current = timer;
        if (current == null) {
            synchronized (ExecutionLimits.class) {
                current = timer;
                if (current == null) {
                    current = new ScheduledThreadPoolExecutor(1, runnable -> {
                        Thread thread = new Thread(runnable, "crescent-time-limits");
                        thread.setDaemon(true);
                        return thread;
                    });
                    current.setRemoveOnCancelPolicy(true);
                    timer = current;
                }
            }
        }
        return current;
    }
}
