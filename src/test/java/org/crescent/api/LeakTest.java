package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import org.junit.jupiter.api.Test;

/**
 * Leak tests: what a runtime compiles and runs, and runtimes themselves, must become garbage
 * once dropped. Each test warms up (so classes loaded lazily on first use are loaded), takes
 * a settled measurement (loaded classes and heap in use after several full collections), does
 * a thousand more of the same, settles again and compares.
 *
 * <p>The bounds are tolerant of the JVM (a few classes for method handles or JIT support, and
 * heap noise: up to 0.7 MB was seen between runs of a thousand runtimes, none between chunks)
 * yet far below what a leak would keep: every chunk carries a distinct 16 KB string constant
 * and every runtime a 1,000-entry table, so keeping them would retain 16 MB or more. Smaller
 * leaks, such as the 1.3 KB per runtime of finalizer bookkeeping found here once, are caught
 * exactly by {@link #droppedRuntimesAreCollectedWhole}, through phantom references. Classes are counted after collection, so classes that unload with their code (the
 * hidden classes of a JVM-bytecode tier) do not count.
 */
class LeakTest {
    private static final int COUNT = 1000;
    private static final int WARM_UP = 100;
    private static final int CLASS_BOUND = 20;
    private static final long CHUNK_HEAP_BOUND = 1L << 20;
    private static final long RUNTIME_HEAP_BOUND = 2L << 20;

    @Test
    void thousandDistinctChunksInOneRuntimeLeaveNothingBehind() {
        try (Lua lua = Lua.create()) {
            lua.setStandardOutput(OutputStream.nullOutputStream());
            for (int i = 0; i < WARM_UP; i++) {
                runChunk(lua, i);
            }
            Settled before = Settled.measure();
            for (int i = WARM_UP; i < WARM_UP + COUNT; i++) {
                runChunk(lua, i);
            }
            Settled after = Settled.measure();
            after.assertWithin(before, "1,000 chunks in one runtime", CHUNK_HEAP_BOUND);
        }
    }

    @Test
    void thousandRuntimesCreatedAndDroppedLeaveNothingBehind() {
        // A longer warm-up than for chunks: one-time growth (caches, profiles) must fall before
        // the first measurement, so that only what each runtime leaves behind is measured.
        for (int i = 0; i < 2 * WARM_UP; i++) {
            useRuntime(i);
        }
        Settled before = Settled.measure();
        for (int i = 0; i < COUNT; i++) {
            useRuntime(i);
        }
        Settled after = Settled.measure();
        after.assertWithin(before, "1,000 runtimes", RUNTIME_HEAP_BOUND);
    }

    /**
     * A dropped runtime is collected whole, its finalizer bookkeeping included, whether it was
     * closed or not. (The collection detector, which re-arms itself at every JVM collection,
     * once held its runtime's finalizers strongly and kept them forever: 1.3 KB per runtime.
     * Later it held them weakly but from a finalizable object, which HotSpot treats as strong:
     * each detector handed the finalizers on to the next, in about half the runs.)
     */
    @Test
    void droppedRuntimesAreCollectedWhole() {
        for (boolean closed : new boolean[] {true, false}) {
            Lua lua = Lua.create();
            lua.setStandardOutput(OutputStream.nullOutputStream());
            lua.eval("local weak = setmetatable({}, {__mode = 'v'}) weak[1] = {}\n"
                    + "local keys = setmetatable({}, {__mode = 'k'}) keys[1] = weak keys[weak] = {}\n"
                    + "kept = setmetatable({}, {__gc = function() end})\n"
                    + "collectgarbage()");
            // Phantom, not weak: a weak reference is cleared even when its object is only kept
            // alive through a finalizable object, which is how the detector kept it.
            ReferenceQueue<Object> queue = new ReferenceQueue<>();
            PhantomReference<Object> runtime = new PhantomReference<>(lua, queue);
            PhantomReference<Object> state = new PhantomReference<>(lua.globalState(), queue);
            PhantomReference<Object> finalizers = new PhantomReference<>(lua.globalState().finalizers, queue);
            PhantomReference<Object> globals = new PhantomReference<>(lua.globalState().globals, queue);
            if (closed) {
                lua.close();
            }
            lua = null;
            // Finalization takes several collections (sentinels are finalized, then freed), and
            // the finalizer thread may be busy with other tests' objects: give it time (up to 20 s).
            for (int round = 0; round < 400 && !(runtime.refersTo(null) && state.refersTo(null)
                    && globals.refersTo(null) && finalizers.refersTo(null)); round++) {
                System.gc();
                System.runFinalization();
                sleep(50);
            }
            String how = closed ? "closed" : "dropped unclosed";
            assertTrue(runtime.refersTo(null), how + ": the Lua object is still reachable");
            assertTrue(state.refersTo(null), how + ": its GlobalState is still reachable");
            assertTrue(globals.refersTo(null), how + ": its globals are still reachable");
            assertTrue(finalizers.refersTo(null), how + ": its Finalizers are still reachable");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
        }
    }

    /** A distinct chunk: a function, a loop, a table, a coroutine and a 16 KB string constant. */
    private static void runChunk(Lua lua, int n) {
        StringBuilder constant = new StringBuilder(16 * 1024 + 16);
        constant.append(n).append(':');
        while (constant.length() < 16 * 1024) {
            constant.append("abcdefghijklmnopqrstuvwxyz0123456789");
        }
        String source = "local big = '" + constant + "'\n"
                + "local function scaled(x) return x * " + n + " + #big end\n"
                + "local t = {}\n"
                + "for i = 1, 20 do t[i] = scaled(i) end\n"
                + "local co = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)\n"
                + "co(1)\n"
                + "return co(t[20]) + " + n + "\n";
        Object result = lua.eval(source);
        assertEquals(2L * (20L * n + constant.length()) + n, ((Number) result).longValue(), "chunk " + n);
    }

    /**
     * A runtime that holds a 1,000-entry table in a global, closures, a coroutine left suspended,
     * a weak table and an object with __gc (which start the runtime's collection detector);
     * every other one is closed, the rest only dropped, as embedders do both.
     */
    private static void useRuntime(int n) {
        Lua lua = Lua.create();
        lua.setStandardOutput(OutputStream.nullOutputStream());
        lua.eval("data = {}\n"
                + "for i = 1, 1000 do data[i] = {i, tostring(i)} end\n"
                + "local weak = setmetatable({}, {__mode = 'k'})\n"
                + "weak[data] = true\n"
                + "weak[1] = data\n"
                + "finalized = setmetatable({}, {__gc = function() end})\n"
                + "suspended = coroutine.create(function() coroutine.yield(data) end)\n"
                + "coroutine.resume(suspended)\n"
                + "return #data + " + n);
        if (n % 2 == 0) {
            lua.close();
        }
    }

    /** Loaded classes and heap in use once collections no longer free anything. */
    private record Settled(int classes, long heap) {
        static Settled measure() {
            Runtime runtime = Runtime.getRuntime();
            long heap = Long.MAX_VALUE;
            // Dropped runtimes go in stages (their __gc sentinels are finalized by the JVM's
            // Finalizer thread, then freed by a later collection), and on a loaded machine the
            // Finalizer thread lags: settled means three rounds in a row that free nothing.
            int quiet = 0;
            for (int round = 0; round < 40 && quiet < 3; round++) {
                System.gc();
                System.runFinalization();
                long used = runtime.totalMemory() - runtime.freeMemory();
                quiet = used >= heap - (64 << 10) ? quiet + 1 : 0;
                heap = Math.min(heap, used);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException error) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
            return new Settled(classes, heap);
        }

        void assertWithin(Settled before, String what, long heapBound) {
            int moreClasses = classes - before.classes;
            long moreHeap = heap - before.heap;
            System.out.printf("LeakTest: %s: loaded classes %d -> %d (%+d), heap after GC %.1f MB -> %.1f MB (%+.2f MB)%n",
                    what, before.classes, classes, moreClasses, before.heap / 1048576.0, heap / 1048576.0, moreHeap / 1048576.0);
            assertTrue(moreClasses < CLASS_BOUND, what + ": " + moreClasses + " more classes loaded");
            assertTrue(moreHeap < heapBound, what + ": heap in use grew by " + moreHeap + " bytes");
        }
    }
}
