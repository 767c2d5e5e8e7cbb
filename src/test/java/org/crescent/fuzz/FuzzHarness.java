package org.crescent.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.crescent.api.Lua;
import org.crescent.api.LuaCallable;
import org.crescent.api.LuaException;
import org.crescent.api.StandardLibrary;
import org.crescent.bytecode.BinaryChunkReader;
import org.crescent.bytecode.BinaryChunkWriter;
import org.crescent.bytecode.Prototype;
import org.crescent.compiler.Compiler;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;

/**
 * The oracle shared by the fuzz targets: compiles or runs untrusted chunks and turns anything
 * the VM must never do into an {@link AssertionError} (a finding). A finding is a Java
 * exception other than the VM's own error type escaping, a Java exception the VM converted
 * into a Lua error (which means a bug behind it: {@code GlobalState.lastJavaException} records
 * it, however the Lua code handled the error), or a run that
 * outlives its time budget by more than {@link #HANG_MILLIS} of CPU time (true hangs, which
 * never return, are libFuzzer's -timeout findings). Running out of memory is the
 * fuzzer's resource limit, not a finding.
 *
 * <p>Runs are bounded by the runtime's own budgets: a time limit (Lua code cannot catch the
 * stop) and a memory limit; {@code collectgarbage} collects at most twice per run (a JVM
 * collection costs milliseconds).
 */
final class FuzzHarness {
    /** The time limit of a run ({@link Lua#setTimeLimit}). */
    static final long BUDGET_MILLIS = 100;
    /** How long past the budget a run may take to stop before it counts as a hang. */
    static final long HANG_MILLIS = 3000;
    /** What the runtime's Lua values may take (its memory meter's estimate). */
    private static final long MEMORY_LIMIT = 64L << 20;
    private static final LuaString CHUNK_NAME = LuaString.of("=fuzz");

    private static final Path EMPTY_DIRECTORY = emptyDirectory();

    /** Installed before each run: the collectgarbage limit described above. */
    private static final String PRELUDE = String.join("\n",
            "local collect, collections = collectgarbage, 0",
            "collectgarbage = function(option, ...)",
            "  if option == nil or option == 'collect' or option == 'step' then",
            "    collections = collections + 1",
            "    if collections > 2 then return 0 end",
            "  end",
            "  return collect(option, ...)",
            "end");

    /** Compiled once: loading a binary chunk per run costs less than compiling the text. */
    private static final byte[] COMPILED_PRELUDE = compiled(PRELUDE);

    private FuzzHarness() {}

    private static byte[] compiled(String source) {
        Prototype prototype = Compiler.compile(source.getBytes(StandardCharsets.ISO_8859_1), LuaString.of("=prelude"));
        return BinaryChunkWriter.write(prototype, prototype.upvalues.length, false);
    }

    /** Compiles {@code source} (text or binary, as {@code load} accepts it) without running it. */
    static void compile(byte[] source) {
        try {
            ChunkLoader.load(source, CHUNK_NAME, "bt", Tag.NIL, 0, null);
        } catch (LuaError expected) {
            // a syntax error, or a malformed binary chunk
        }
    }

    /** Reads a binary chunk (C Lua's header, Crescent's layout) without running it. */
    static void undump(byte[] chunk) {
        try {
            BinaryChunkReader.read(chunk, CHUNK_NAME);
        } catch (LuaError expected) {
            // a malformed binary chunk
        }
    }

    /** Runs {@code source} in a fresh sandboxed runtime under the time budget. */
    static void run(byte[] source) {
        Run run = new Run();
        try (Lua lua = sandbox()) {
            LuaCallable chunk;
            try {
                chunk = lua.load(source, "=fuzz");
            } catch (LuaException syntaxError) {
                requireLuaMessage(syntaxError);
                return;
            }
            run.start();
            try {
                chunk.call();
            } catch (LuaException error) {
                requireLuaMessage(error);
            } catch (OutOfMemoryError exhausted) {
                return;
            } finally {
                lua.close();
            }
            RuntimeException internal = lua.globalState().lastJavaException;
            if (internal != null) {
                throw new AssertionError("a Java exception became a Lua error: " + internal, internal);
            }
            long late = run.cpuMillis() - BUDGET_MILLIS;
            if (late > HANG_MILLIS) {
                throw new AssertionError("the run stopped " + late + " ms of CPU time after its budget was spent");
            }
        }
    }

    private static void requireLuaMessage(LuaException error) {
        if (error.getCause() != null) {
            throw new AssertionError("Java exception behind a Lua error: " + error.getMessage(), error);
        }
    }

    /** A runtime without io, os, package and debug, printing nowhere, with the wrappers above. */
    private static Lua sandbox() {
        Lua lua = Lua.create(StandardLibrary.BASE, StandardLibrary.COROUTINE, StandardLibrary.TABLE,
                StandardLibrary.STRING, StandardLibrary.MATH, StandardLibrary.UTF8);
        lua.setStandardOutput(OutputStream.nullOutputStream());
        lua.setStandardError(OutputStream.nullOutputStream());
        lua.setStandardInput(new ByteArrayInputStream(new byte[0]));
        lua.setWorkingDirectory(EMPTY_DIRECTORY);
        lua.load(COMPILED_PRELUDE, "=prelude").call();
        lua.setTimeLimit(Duration.ofMillis(BUDGET_MILLIS));
        lua.setMemoryLimit(MEMORY_LIMIT);
        return lua;
    }

    private static Path emptyDirectory() {
        try {
            Path directory = Files.createTempDirectory("crescent-fuzz");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        }
    }

    /** One run's CPU clock: a loaded machine's waiting is not a hang. */
    private static final class Run {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long startCpuNanos;

        void start() {
            startCpuNanos = THREADS.getCurrentThreadCpuTime();
        }

        long cpuMillis() {
            return TimeUnit.NANOSECONDS.toMillis(THREADS.getCurrentThreadCpuTime() - startCpuNanos);
        }
    }
}
