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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Strings: hashing a freshly made string (Crescent does not intern, so every new string pays
 * its hash once, on first use as a key), looking up a table by a fresh key equal to a stored
 * one, and building strings in Lua (concatenation makes new strings used as keys).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StringBenchmark {
    static final int STRINGS = 256;

    @Param({"8", "64"})
    public int length;

    private byte[][] contents;
    private LuaTable table;
    private final byte[] tags = new byte[1];
    private final long[] bits = new long[1];
    private final Object[] refs = new Object[1];
    private LuaFunctionRunner concatenateAndIndex;

    @Setup
    public void prepare() {
        contents = new byte[STRINGS][];
        table = new LuaTable();
        for (int i = 0; i < STRINGS; i++) {
            byte[] bytes = new byte[length];
            for (int j = 0; j < length; j++) {
                bytes[j] = (byte) ('a' + (i * 31 + j * 7) % 26);
            }
            bytes[0] = (byte) ('A' + i % 26);
            bytes[length - 1] = (byte) ('0' + i % 10);
            contents[i] = bytes;
            table.setString(LuaString.copyOf(bytes, 0, length), Tag.INTEGER, i, null);
        }
        concatenateAndIndex = new LuaFunctionRunner("local t = {}\n"
                + "for i = 0, 99 do t['k' .. i] = i end\n"
                + "return function(n) local s = 0 for i = 1, n do s = s + t['k' .. (i % 100)] end return s end");
    }

    @Benchmark
    @OperationsPerInvocation(STRINGS)
    public int hashFreshString() {
        int sum = 0;
        for (byte[] bytes : contents) {
            sum += LuaString.copyOf(bytes, 0, bytes.length).hashCode();
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(STRINGS)
    public long lookupByFreshKey() {
        long sum = 0;
        for (byte[] bytes : contents) {
            table.getString(LuaString.copyOf(bytes, 0, bytes.length), tags, bits, refs, 0);
            sum += bits[0];
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(1000)
    public long luaConcatenateAndIndex() {
        return concatenateAndIndex.call(1000);
    }
}
