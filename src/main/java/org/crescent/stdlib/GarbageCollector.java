package org.crescent.stdlib;

import org.crescent.interpreter.Finalizers;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LargeStrings;

/**
 * collectgarbage on the JVM: the JVM's collector does the work; "collect" asks it to run, "count"
 * reports the heap in use in kilobytes, and the tuning options are remembered and reported back
 * as C Lua does, without effect on the JVM.
 */
final class GarbageCollector {
    private GarbageCollector() {}

    /** A full collection: the JVM collects, then queued __gc finalizers run. */
    static void collect(LuaThread thread) {
        // Registers above the stack top keep stale references that Lua would not see as live.
        thread.clearStaleReferences();
        if (thread.global.mainThread != thread) {
            thread.global.mainThread.clearStaleReferences();
        }
        Finalizers finalizers = thread.global.finalizers;
        finalizers.sweepWeakTables();
        System.gc();
        finalizers.awaitQueued();
        // Entries cleared by the collection go now, and what only they held goes in the next one.
        finalizers.sweepWeakTables();
        LargeStrings.forgetCollected();
        // The JVM keeps weak references alive while it resurrects finalizable objects; Lua clears
        // weak values reachable only through them before their __gc runs. A second collection,
        // with those objects now held by the finalizer queue, clears such weak references first.
        System.gc();
        thread.global.heapAfterCollection = heapAfterLastCollection();
        finalizers.awaitQueued();
        // Allocation counts from here: the finalizers' is Lua's, as in C Lua.
        thread.global.allocatedAtCollection = allocatedByThisThread();
        finalizers.runPending(thread);
    }

    /**
     * What the last collection left in use, as each heap pool reports it (the pools' usage now
     * would also count what other threads allocated since); falls back to the usage now.
     */
    private static long heapAfterLastCollection() {
        long used = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != java.lang.management.MemoryType.HEAP) continue;
            java.lang.management.MemoryUsage usage = pool.getCollectionUsage();
            if (usage == null) return heapInUse();
            used += usage.getUsed();
        }
        return used - LargeStrings.regionTails(G1_REGION_BYTES);
    }

    /** G1's region size, or 0 under another collector (whose objects take no whole regions). */
    private static final long G1_REGION_BYTES = g1RegionBytes();

    private static long g1RegionBytes() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean diagnostics =
                    java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (diagnostics == null || !"true".equals(diagnostics.getVMOption("UseG1GC").getValue())) return 0;
            return Long.parseLong(diagnostics.getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException | LinkageError unavailable) {
            return 0;
        }
    }

    /**
     * collectgarbage("count") in kilobytes: the heap in use after the last collection plus what
     * this thread allocated since, so that, as in Lua, it grows with allocation and drops when
     * a collection frees memory (the JVM's own figure moves by whole regions).
     */
    static double countKilobytes(LuaThread thread) {
        GlobalState global = thread.global;
        if (global.heapAfterCollection < 0) {
            global.heapAfterCollection = heapInUse();
            global.allocatedAtCollection = allocatedByThisThread();
        }
        long allocated = allocatedByThisThread() - global.allocatedAtCollection;
        return (global.heapAfterCollection + Math.max(allocated, 0)) / 1024.0;
    }

    private static long heapInUse() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long allocatedByThisThread() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean) {
            return ((com.sun.management.ThreadMXBean) bean).getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    static int control(LuaThread thread, String option) {
        GlobalState global = thread.global;
        if (global.finalizers.collectorStopped()) {
            // As lua_gc while a finalizer runs: every option fails.
            thread.pushNil();
            return 1;
        }
        switch (option) {
            case "collect":
                collect(thread);
                thread.pushInteger(0);
                return 1;
            case "count": {
                thread.pushFloat(countKilobytes(thread));
                return 1;
            }
            case "step":
                // Each step completes a cycle: the JVM has no incremental step to expose.
                collect(thread);
                thread.pushBoolean(true);
                return 1;
            case "stop":
                global.collectorRunning = false;
                thread.pushInteger(0);
                return 1;
            case "restart":
                global.collectorRunning = true;
                thread.pushInteger(0);
                return 1;
            case "isrunning":
                thread.pushBoolean(global.collectorRunning);
                return 1;
            case "setpause": {
                int previous = global.collectorPause;
                global.collectorPause = (int) thread.optInteger(2, 0);
                thread.pushInteger(previous);
                return 1;
            }
            case "setstepmul": {
                int previous = global.collectorStepMultiplier;
                global.collectorStepMultiplier = (int) thread.optInteger(2, 0);
                thread.pushInteger(previous);
                return 1;
            }
            case "generational":
            case "incremental": {
                boolean wasGenerational = global.collectorGenerational;
                global.collectorGenerational = option.equals("generational");
                thread.pushString(wasGenerational ? "generational" : "incremental");
                return 1;
            }
            default:
                throw thread.argumentError(1, "invalid option '" + option + "'");
        }
    }
}
