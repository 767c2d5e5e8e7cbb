package org.crescent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crescent's own command options for untrusted scripts: --sandbox and the budgets. */
class SandboxOptionsTest {
    @TempDir
    Path directory;

    private CommandProcess.Result run(String... arguments) {
        return CommandProcess.crescent(directory, Map.of(), "", arguments);
    }

    @Test
    void instructionLimitStopsTheScript() {
        CommandProcess.Result result = run("--max-instructions", "100000", "-e",
                "print('start') while true do pcall(function() while true do end end) end");
        assertEquals(1, result.status, result.toString());
        assertEquals("start\n", result.out);
        assertTrue(result.err.startsWith("lua5.4: instruction limit exceeded\nstack traceback:\n"), result.toString());
    }

    @Test
    void instructionLimitAppliesToEachChunk() {
        CommandProcess.Result result = run("--max-instructions", "100000",
                "-e", "for i = 1, 20000 do end", "-e", "for i = 1, 20000 do end", "-e", "print('done')");
        assertEquals(0, result.status, result.toString());
        assertEquals("done\n", result.out);
    }

    @Test
    void timeoutStopsTheScript() {
        long start = System.nanoTime();
        CommandProcess.Result result = run("--timeout", "0.5", "-e",
                "pcall(function() while true do end end) print('after')");
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, result.status, result.toString());
        assertEquals("", result.out);
        assertTrue(result.err.startsWith("lua5.4: time limit exceeded\n"), result.toString());
        assertTrue(elapsed < 20_000, "took " + elapsed + " ms");
    }

    @Test
    void memoryLimitFailsAllocations() {
        CommandProcess.Result result = run("--max-memory", "4000000", "-e",
                "print(pcall(function() local t = {} for i = 1, 1e9 do t[i] = i end end)) "
                        + "local t = {} for i = 1, 1e9 do t[i] = i end");
        assertEquals(1, result.status, result.toString());
        assertEquals("false\tnot enough memory\n", result.out);
        assertTrue(result.err.startsWith("lua5.4: not enough memory\n"), result.toString());
    }

    @Test
    void sandboxRemovesSystemAccess() {
        CommandProcess.Result result = run("--sandbox", "-e",
                "print(io, debug, dofile, loadfile, os.getenv, os.execute, os.exit, package.loadlib, type(os.time()))");
        assertEquals(0, result.status, result.toString());
        assertEquals("nil\tnil\tnil\tnil\tnil\tnil\tnil\tnil\tnumber\n", result.out);
        CommandProcess.Result full = run("-e", "print(io ~= nil, os.getenv ~= nil)");
        assertEquals("true\ttrue\n", full.out);
    }

    @Test
    void badBudgetValuesPrintUsage() {
        for (String[] arguments : new String[][] {{"--timeout", "soon"}, {"--max-instructions", "1.5"},
                {"--max-memory", "-3"}, {"--max-instructions"}}) {
            CommandProcess.Result result = run(arguments);
            assertEquals(1, result.status, result.toString());
            assertTrue(result.err.startsWith("lua5.4: '" + arguments[0] + "' needs a positive number argument\n"
                    + "usage: lua5.4 [options] [script [args]]\n"), result.toString());
        }
    }
}
