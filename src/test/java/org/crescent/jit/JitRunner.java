package org.crescent.jit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crescent.bytecode.Opcode;
import org.crescent.bytecode.Prototype;
import org.crescent.interpreter.CallFrame;
import org.crescent.interpreter.CompiledCode;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.StandardLibraries;

/**
 * Runs Lua chunks for the tier's tests: interpreted only, or with every prototype compiled
 * before it first runs (so compiled code runs from the first call and the first back-edge),
 * recording where compiled code was entered and where it exited. Also runs lua5.4 on the same
 * chunk for the expected output.
 */
final class JitRunner {
    /** Entries into compiled code and the opcodes it exited at, over a run. */
    final List<Integer> entries = new ArrayList<>();
    final List<String> exits = new ArrayList<>();
    final GlobalState global = new GlobalState();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    JitRunner() {
        StandardLibraries.openAll(global);
        global.standardOutput = new PrintStream(output, true);
        global.tierCompiler = null; // nothing compiled unless the test compiles it
    }

    /** Loads a chunk; with {@code compile}, compiles each of its prototypes at once. */
    LuaClosure load(String source, String chunkName, boolean compile) {
        LuaClosure chunk = ChunkLoader.load(source.getBytes(StandardCharsets.ISO_8859_1), LuaString.of("@" + chunkName), "t",
                Tag.TABLE, 0, global.globals);
        if (compile) {
            compileAll(chunk.prototype);
        }
        return chunk;
    }

    private void compileAll(Prototype prototype) {
        CompiledCode code = new BytecodeTier().compile(prototype);
        if (code != null) {
            prototype.compiledCode = new Recording(code, prototype);
        }
        for (Prototype nested : prototype.prototypes) {
            compileAll(nested);
        }
    }

    /** Runs the chunk; returns what it printed, then "error: message" if it raised an error. */
    String run(String source, String chunkName, boolean compile) {
        return call(load(source, chunkName, compile));
    }

    /** Runs a loaded chunk; returns what it printed, then "error: message" if it raised an error. */
    String call(LuaClosure chunk) {
        LuaThread thread = global.mainThread;
        String error = "";
        try {
            thread.pushFunction(chunk);
            thread.call(thread.top - 1, 0, 0);
        } catch (LuaError raised) {
            error = "error: " + raised.getMessage();
        }
        global.standardOutput.flush();
        return new String(output.toByteArray(), StandardCharsets.ISO_8859_1) + error;
    }

    boolean exitedAt(String opcode) {
        return exits.contains(opcode);
    }

    /** Wraps compiled code to record entries and exits. */
    private final class Recording extends CompiledCode {
        private final CompiledCode code;
        private final Prototype prototype;

        Recording(CompiledCode code, Prototype prototype) {
            this.code = code;
            this.prototype = prototype;
        }

        @Override
        public int run(LuaThread thread, CallFrame frame, int pc) {
            entries.add(pc);
            int exit = code.run(thread, frame, pc);
            exits.add(exit == CompiledCode.FRAME_CHANGED ? "FRAME_CHANGED" : exit == CompiledCode.TAIL_CALLED ? "TAIL_CALLED" : Opcode.values()[prototype.code[exit] & 0x7F].name());
            return exit;
        }
    }

    /** Runs a chunk interpreted and compiled; both must print what lua5.4 prints. Returns the compiled run. */
    static JitRunner checkBothWays(String source, String chunkName) {
        String expected = reference(source, chunkName);
        JitRunner interpreted = new JitRunner();
        org.junit.jupiter.api.Assertions.assertEquals(expected, interpreted.run(source, chunkName, false), "interpreted");
        JitRunner compiled = new JitRunner();
        org.junit.jupiter.api.Assertions.assertEquals(expected, compiled.run(source, chunkName, true), "compiled");
        org.junit.jupiter.api.Assertions.assertFalse(compiled.entries.isEmpty(), "compiled code never ran");
        return compiled;
    }

    /** What lua5.4 prints running {@code source} as file {@code chunkName} (the test is skipped without lua5.4). */
    static String reference(String source, String chunkName) {
        try {
            Path directory = Files.createTempDirectory("jit");
            Files.write(directory.resolve(chunkName), source.getBytes(StandardCharsets.ISO_8859_1));
            Process process = new ProcessBuilder("lua5.4", chunkName).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            byte[] bytes = process.getInputStream().readAllBytes();
            process.waitFor(30, TimeUnit.SECONDS);
            Files.delete(directory.resolve(chunkName));
            Files.delete(directory);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException error) {
            assumeTrue(false, "lua5.4 is not installed: " + error.getMessage());
            return null;
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            throw new AssertionError(error);
        }
    }
}
