package org.crescent.jmh;

import java.util.concurrent.TimeUnit;
import org.crescent.interpreter.JavaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Calls, reported per call: Lua to Lua (a local function, a method through a metatable, a
 * recursive function), Lua to a Java function (a library built-in and one registered here),
 * and Java into Lua through the thread's call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBenchmark {
    static final int CALLS = 10_000;

    private LuaFunctionRunner luaToLua;
    private LuaFunctionRunner method;
    private LuaFunctionRunner recursive;
    private LuaFunctionRunner builtin;
    private LuaFunctionRunner javaFunction;
    private LuaFunctionRunner identity;

    @Setup
    public void compile() {
        luaToLua = new LuaFunctionRunner("local function add(a, b) return a + b end\n"
                + "return function(n) local s = 0 for i = 1, n do s = add(s, i) end return s end");
        method = new LuaFunctionRunner("local Counter = {} Counter.__index = Counter\n"
                + "function Counter:bump(k) self.n = self.n + k return self end\n"
                + "local c = setmetatable({ n = 0 }, Counter)\n"
                + "return function(n) for i = 1, n do c:bump(1) end return c.n end");
        // fib(19) makes 13529 calls.
        recursive = new LuaFunctionRunner("local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end\n"
                + "return function(n) return fib(n) end");
        builtin = new LuaFunctionRunner("local abs = math.abs\n"
                + "return function(n) local s = 0 for i = 1, n do s = s + abs(-i) end return s end");
        javaFunction = new LuaFunctionRunner("return function(n) local twice = twice local s = 0 for i = 1, n do s = s + twice(i) end return s end");
        javaFunction.global.globals.setString(LuaString.of("twice"), Tag.FUNCTION, 0, new JavaFunction("twice", (thread, count) -> {
            thread.pushInteger(thread.checkInteger(1) * 2);
            return 1;
        }));
        identity = new LuaFunctionRunner("return function(n) return n end");
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long luaToLua() {
        return luaToLua.call(CALLS);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long methodThroughMetatable() {
        return method.call(CALLS);
    }

    @Benchmark
    @OperationsPerInvocation(13529)
    public long recursiveFib() {
        return recursive.call(19);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long luaToBuiltin() {
        return builtin.call(CALLS);
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public long luaToJavaFunction() {
        return javaFunction.call(CALLS);
    }

    @Benchmark
    public long javaToLua() {
        return identity.call(42);
    }
}
