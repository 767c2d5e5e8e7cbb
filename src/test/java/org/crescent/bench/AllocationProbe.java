package org.crescent.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.StandardLibraries;

/**
 * Prints the heap bytes the interpreter allocates per Lua-to-Lua call (recursive fib) and per
 * iteration of numeric loops with arithmetic, comparisons, moves, upvalue and field access,
 * measured with the JVM's per-thread allocation counter after warm-up. Not a test: run by
 * bench/core/run.sh.
 */
public final class AllocationProbe {
    private static final String FIB = "local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end\n"
            + "return function(n) return fib(n) end";
    private static final String LOOP = "local t = {x = 1, y = 2.5}\n"
            + "local up = 0\n"
            + "return function(n)\n"
            + "  local sum, f = 0, 0.5\n"
            + "  for i = 1, n do\n"
            + "    sum = sum + i * 2 - (i // 3) + (i % 7)\n"
            + "    f = f * 1.0000001 + t.y\n"
            + "    if sum > f then up = up + 1 end\n"
            + "    local m = sum; t.x = i\n"
            + "  end\n"
            + "  return sum\n"
            + "end";

    private AllocationProbe() {}

    public static void main(String[] args) {
        report("fib(25), per Lua call", FIB, 25, 242785);
        report("numeric loop (arith, compare, move, field, upvalue), per iteration", LOOP, 1_000_000, 1_000_000);
    }

    private static void report(String label, String source, long argument, long operations) {
        GlobalState global = new GlobalState();
        StandardLibraries.openAll(global);
        LuaThread thread = global.mainThread;
        LuaClosure chunk = ChunkLoader.load(source.getBytes(StandardCharsets.UTF_8), LuaString.of("=probe"), "t",
                Tag.TABLE, 0, global.globals);
        thread.pushFunction(chunk);
        thread.call(0, 0, 1);
        Object function = thread.refs[0];
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long bytes = 0;
        for (int round = 0; round < 12; round++) {
            thread.top = 1;
            thread.pushValue(Tag.FUNCTION, 0, function);
            thread.pushInteger(argument);
            long before = bean.getThreadAllocatedBytes(id);
            thread.call(1, 1, 1);
            bytes = bean.getThreadAllocatedBytes(id) - before;
        }
        System.out.printf("%-70s %8.3f bytes%n", label, (double) bytes / operations);
    }
}
