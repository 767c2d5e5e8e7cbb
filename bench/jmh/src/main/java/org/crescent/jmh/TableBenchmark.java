package org.crescent.jmh;

import java.util.concurrent.TimeUnit;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
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
 * Table get and set by integer key (array part and hash part) and by string key, through the
 * runtime's {@link LuaTable} methods and through Lua code (GETTABLE/SETTABLE, GETFIELD/SETFIELD),
 * reported per access.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TableBenchmark {
    static final int KEYS = 1024;

    private final byte[] tags = new byte[1];
    private final long[] bits = new long[1];
    private final Object[] refs = new Object[1];
    private LuaTable array;
    private LuaTable sparse;
    private LuaTable record;
    private LuaString[] keys;
    private LuaFunctionRunner luaIntegerKeys;
    private LuaFunctionRunner luaStringKeys;

    @Setup
    public void fill() {
        array = new LuaTable();
        sparse = new LuaTable();
        record = new LuaTable();
        keys = new LuaString[KEYS];
        for (int i = 0; i < KEYS; i++) {
            array.setInteger(i + 1, Tag.INTEGER, i, null);
            sparse.setInteger((long) i * 7919 + 1_000_000, Tag.INTEGER, i, null);
            keys[i] = LuaString.of("key" + i);
            record.setString(keys[i], Tag.INTEGER, i, null);
        }
        luaIntegerKeys = new LuaFunctionRunner("local t = {}\n"
                + "return function(n) for i = 1, n do t[i] = i end local s = 0 for i = 1, n do s = s + t[i] end return s end");
        luaStringKeys = new LuaFunctionRunner("local t = { alpha = 1, beta = 2, gamma = 3 }\n"
                + "return function(n) for i = 1, n do t.alpha = t.beta + t.gamma; t.beta = t.alpha - t.gamma end return t.alpha end");
    }

    @Benchmark
    @OperationsPerInvocation(KEYS)
    public long getIntegerArrayPart() {
        long sum = 0;
        for (int i = 1; i <= KEYS; i++) {
            array.getInteger(i, tags, bits, refs, 0);
            sum += bits[0];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(KEYS)
    public void setIntegerArrayPart() {
        for (int i = 1; i <= KEYS; i++) {
            array.setInteger(i, Tag.INTEGER, i, null);
        }
    }

    @Benchmark
    @OperationsPerInvocation(KEYS)
    public long getIntegerHashPart() {
        long sum = 0;
        for (int i = 0; i < KEYS; i++) {
            sparse.getInteger((long) i * 7919 + 1_000_000, tags, bits, refs, 0);
            sum += bits[0];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(KEYS)
    public long getString() {
        long sum = 0;
        for (int i = 0; i < KEYS; i++) {
            record.getString(keys[i], tags, bits, refs, 0);
            sum += bits[0];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(KEYS)
    public void setString() {
        for (int i = 0; i < KEYS; i++) {
            record.setString(keys[i], Tag.INTEGER, i, null);
        }
    }

    /** A fresh table filled by index each call: array-part growth included. Two accesses per key. */
    @Benchmark
    @OperationsPerInvocation(2 * KEYS)
    public long luaIntegerKeys() {
        return luaIntegerKeys.call(KEYS);
    }

    /** Constant string keys from Lua: four GETFIELD and two SETFIELD per iteration. */
    @Benchmark
    @OperationsPerInvocation(6 * KEYS)
    public long luaStringKeys() {
        return luaStringKeys.call(KEYS);
    }
}
