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
 * Coroutine switches, reported per resume-yield round trip: through coroutine.resume and
 * through a coroutine.wrap function, and the cost of creating and finishing a coroutine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoroutineBenchmark {
    static final int SWITCHES = 10_000;

    private LuaFunctionRunner resume;
    private LuaFunctionRunner wrap;
    private LuaFunctionRunner create;

    @Setup
    public void compile() {
        resume = new LuaFunctionRunner("local co = coroutine.create(function(v) while true do v = coroutine.yield(v + 1) end end)\n"
                + "local resume = coroutine.resume\n"
                + "return function(n) local v = 0 for i = 1, n do local _, r = resume(co, v) v = r end return v end");
        wrap = new LuaFunctionRunner("local step = coroutine.wrap(function(v) while true do v = coroutine.yield(v + 1) end end)\n"
                + "return function(n) local v = 0 for i = 1, n do v = step(v) end return v end");
        create = new LuaFunctionRunner("local create, resume = coroutine.create, coroutine.resume\n"
                + "local function body(v) return v + 1 end\n"
                + "return function(n) local s = 0 for i = 1, n do local _, r = resume(create(body), i) s = s + r end return s end");
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public long resumeYield() {
        return resume.call(SWITCHES);
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public long wrapYield() {
        return wrap.call(SWITCHES);
    }

    @Benchmark
    @OperationsPerInvocation(SWITCHES)
    public long createAndFinish() {
        return create.call(SWITCHES);
    }
}
