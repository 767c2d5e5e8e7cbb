package org.crescent.stdlib;

import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaThread;

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
        System.gc();
        System.runFinalization();
        thread.global.finalizers.runPending(thread);
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
                Runtime runtime = Runtime.getRuntime();
                thread.pushFloat((runtime.totalMemory() - runtime.freeMemory()) / 1024.0);
                return 1;
            }
            case "step":
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
