package org.crescent.bench;

import java.nio.file.Files;
import java.nio.file.Paths;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.StandardLibraries;

/**
 * Times a Lua script inside one JVM after warm-up: runs it {@code rounds} times with its
 * argument and prints the CPU time of each run and the minimum (CPU time, so that other load on the machine disturbs it less), so JVM
 * start-up and JIT compilation are excluded. Usage: InProcessTimer script.lua argument [rounds].
 */
public final class InProcessTimer {
    private InProcessTimer() {}

    public static void main(String[] args) throws Exception {
        byte[] source = Files.readAllBytes(Paths.get(args[0]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            GlobalState global = new GlobalState();
            StandardLibraries.openAll(global);
            global.standardOutput = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
            LuaTable arg = new LuaTable();
            arg.setInteger(1, Tag.STRING, 0, LuaString.of(args[1]));
            global.globals.setString(LuaString.of("arg"), Tag.TABLE, 0, arg);
            LuaThread thread = global.mainThread;
            LuaClosure chunk = ChunkLoader.load(source, LuaString.of("@" + args[0]), "t", Tag.TABLE, 0, global.globals);
            java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = bean.getCurrentThreadCpuTime();
            thread.pushFunction(chunk);
            thread.call(0, 0, 0);
            double seconds = (bean.getCurrentThreadCpuTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf("round %d: %.3f s%n", round + 1, seconds);
        }
        System.out.printf("best: %.3f s%n", best);
    }
}
