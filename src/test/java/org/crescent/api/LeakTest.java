package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Leak tests: what a runtime compiles and runs, and runtimes themselves, must become garbage
 * once dropped. Each test warms up (so classes loaded lazily on first use are loaded), takes
 * a settled measurement (loaded classes and heap in use after several full collections), does
 * a thousand more of the same, settles again and compares.
 *
 * <p>The bounds are tolerant of the JVM (a few classes for method handles or JIT support, and
 * heap noise: a quarter of a megabyte was seen) yet below what a leak would keep: every chunk
 * carries a distinct 16 KB string constant and every runtime a 1,000-entry table, so keeping
 * them would retain 16 MB or more; even keeping only each runtime's finalizer bookkeeping
 * (as a self-renewing collection detector once did) grew the heap by 1.3 MB. Classes are counted after collection, so classes that unload with their code (the
 * hidden classes of a JVM-bytecode tier) do not count.
 */
class LeakTest {
    private static final int COUNT = 1000;
    private static final int WARM_UP = 100;
    private static final int CLASS_BOUND = 20;
    private static final long HEAP_BOUND = 1L << 20;

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
            after.assertWithin(before, "1,000 chunks in one runtime");
        }
    }

    @Test
    void thousandRuntimesCreatedAndDroppedLeaveNothingBehind() {
        for (int i = 0; i < WARM_UP / 5; i++) {
            useRuntime(i);
        }
        Settled before = Settled.measure();
        for (int i = 0; i < COUNT; i++) {
            useRuntime(i);
        }
        Settled after = Settled.measure();
        after.assertWithin(before, "1,000 runtimes");
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
            for (int round = 0; round < 10; round++) {
                System.gc();
                System.runFinalization();
                long used = runtime.totalMemory() - runtime.freeMemory();
                if (round >= 3 && used >= heap - (64 << 10)) {
                    heap = Math.min(heap, used);
                    break;
                }
                heap = Math.min(heap, used);
            }
            int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
            return new Settled(classes, heap);
        }

        void assertWithin(Settled before, String what) {
            int moreClasses = classes - before.classes;
            long moreHeap = heap - before.heap;
            System.out.printf("LeakTest: %s: loaded classes %d -> %d (%+d), heap after GC %.1f MB -> %.1f MB (%+.2f MB)%n",
                    what, before.classes, classes, moreClasses, before.heap / 1048576.0, heap / 1048576.0, moreHeap / 1048576.0);
            assertTrue(moreClasses < CLASS_BOUND, what + ": " + moreClasses + " more classes loaded");
            assertTrue(moreHeap < HEAP_BOUND, what + ": heap in use grew by " + moreHeap + " bytes");
        }
    }
}
