package org.crescent.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Dispatch of common opcodes: each benchmark is one Lua loop of {@link #ITERATIONS} iterations
 * whose body is dominated by one kind of instruction, reported per iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {
    static final int ITERATIONS = 10_000;

    private LuaFunctionRunner emptyLoop;
    private LuaFunctionRunner integerArithmetic;
    private LuaFunctionRunner floatArithmetic;
    private LuaFunctionRunner compareAndJump;
    private LuaFunctionRunner upvalues;
    private LuaFunctionRunner fields;
    private LuaFunctionRunner globals;

    @Setup
    public void compile() {
        emptyLoop = new LuaFunctionRunner("return function(n) local s = 0 for i = 1, n do end return s end");
        integerArithmetic = new LuaFunctionRunner(
                "return function(n) local s = 0 for i = 1, n do s = s + i * 3 - (i // 2) + (i % 5) end return s end");
        floatArithmetic = new LuaFunctionRunner(
                "return function(n) local x = 0.5 for i = 1, n do x = x * 0.999 + 1.5 / (x + 1.0) end return math.floor(x) end");
        compareAndJump = new LuaFunctionRunner("return function(n) local a, b = 0, 0\n"
                + "for i = 1, n do if i < 5000 then a = a + 1 elseif i == 7000 then b = b + 2 else b = b + 1 end end\n"
                + "return a + b end");
        upvalues = new LuaFunctionRunner("local count, step = 0, 1\n"
                + "return function(n) for i = 1, n do count = count + step end return count end");
        fields = new LuaFunctionRunner("local point = { x = 1, y = 2 }\n"
                + "return function(n) for i = 1, n do point.x = point.x + point.y end return point.x end");
        globals = new LuaFunctionRunner("counter = 0\n"
                + "return function(n) for i = 1, n do counter = counter + 1 end return counter end");
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public long forLoopOnly() {
        return emptyLoop.call(ITERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public long integerArithmetic() {
        return integerArithmetic.call(ITERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public long floatArithmetic() {
        return floatArithmetic.call(ITERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public long compareAndJump() {
        return compareAndJump.call(ITERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public long upvalueGetAndSet() {
        return upvalues.call(ITERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public long fieldGetAndSet() {
        return fields.call(ITERATIONS);
    }

    @Benchmark
    @OperationsPerInvocation(ITERATIONS)
    public long globalGetAndSet() {
        return globals.call(ITERATIONS);
    }
}
