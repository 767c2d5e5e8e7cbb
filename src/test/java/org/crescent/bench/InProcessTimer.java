package org.crescent.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.StandardLibraries;

/**
 * Times a Lua script inside one JVM after warm-up, so JVM start-up and JIT compilation are
 * excluded: runs it {@code warmups} times unmeasured, then {@code rounds} times measured, each
 * in a fresh global state with {@code arg[1]} set to the size. For every measured round it
 * prints a tab-separated line {@code measure cpu_seconds wall_seconds allocated_bytes}: the
 * running thread's CPU time (so other load on the machine disturbs it less), the wall time,
 * and the heap bytes the thread allocated (ThreadMXBean). Then {@code best: <min cpu> s}.
 * The script's output from the last round goes to {@code output_file} when given (run.sh
 * checks it against C Lua's), else is discarded.
 *
 * <p>Usage: InProcessTimer script.lua size [rounds [warmups [output_file]]]
 * (defaults: 5 rounds, 0 warm-ups). Exits with status 1 if the script raised an error.
 */
public final class InProcessTimer {
    private InProcessTimer() {}

    public static void main(String[] args) throws Exception {
        byte[] source = Files.readAllBytes(Paths.get(args[0]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        String outputFile = args.length > 4 ? args[4] : null;
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long threadId = Thread.currentThread().getId();
        double best = Double.MAX_VALUE;
        byte[] lastOutput = new byte[0];
        for (int round = 0; round < warmups + rounds; round++) {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            GlobalState global = new GlobalState();
            StandardLibraries.openAll(global);
            global.standardOutput = new PrintStream(output, false, "UTF-8");
            LuaTable arg = new LuaTable();
            arg.setInteger(0, Tag.STRING, 0, LuaString.of(args[0]));
            arg.setInteger(1, Tag.STRING, 0, LuaString.of(args[1]));
            global.globals.setString(LuaString.of("arg"), Tag.TABLE, 0, arg);
            LuaThread thread = global.mainThread;
            LuaClosure chunk = ChunkLoader.load(source, LuaString.of("@" + args[0]), "t", Tag.TABLE, 0, global.globals);
            long allocatedBefore = bean.getThreadAllocatedBytes(threadId);
            long cpuBefore = bean.getCurrentThreadCpuTime();
            long wallBefore = System.nanoTime();
            try {
                thread.pushFunction(chunk);
                thread.call(0, 0, 0);
            } catch (LuaError error) {
                global.standardOutput.flush();
                System.err.println("crescent: " + error.getMessage());
                System.exit(1);
            }
            double cpu = (bean.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
            double wall = (System.nanoTime() - wallBefore) / 1e9;
            long allocated = bean.getThreadAllocatedBytes(threadId) - allocatedBefore;
            global.standardOutput.flush();
            lastOutput = output.toByteArray();
            if (round < warmups) {
                System.out.printf("warmup\t%.4f\t%.4f\t%d%n", cpu, wall, allocated);
            } else {
                System.out.printf("measure\t%.4f\t%.4f\t%d%n", cpu, wall, allocated);
                best = Math.min(best, cpu);
            }
        }
        System.out.printf("best: %.3f s%n", best);
        if (outputFile != null) {
            Files.write(Paths.get(outputFile), lastOutput);
        }
    }
}
