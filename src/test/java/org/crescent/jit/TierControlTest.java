package org.crescent.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import org.crescent.bytecode.Prototype;
import org.crescent.interpreter.CompiledCode;
import org.crescent.interpreter.Interrupts;
import org.crescent.interpreter.LuaClosure;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.junit.jupiter.api.Test;

/**
 * How the interpreter and the tier work together: interrupts stop compiled loops, debug hooks
 * keep compiled code out, hot code gets compiled by the counters, and compiled classes unload
 * with their prototypes.
 */
class TierControlTest {
    private static String interruptAfter(String source, int milliseconds, JitRunner runner) {
        LuaClosure chunk = runner.load(source, "spin.lua", true);
        Thread requester = new Thread(() -> {
            try {
                Thread.sleep(milliseconds);
            } catch (InterruptedException ignored) {
                return;
            }
            Interrupts.request(runner.global);
        });
        requester.start();
        return runner.call(chunk);
    }

    @Test
    void interruptsStopCompiledLoops() {
        String[] loops = {
            "local x = 0 while true do x = x + 1 end",
            "local x = 0 for i = 1, math.maxinteger do x = x + i end",
            "local x = 0.5 for i = 1.0, math.huge do x = x + i end",
            "local x = 0 repeat x = x + 1 until x < 0",
        };
        String[] exits = {"JMP", "FORLOOP", "FORLOOP", "LTI"};
        for (int n = 0; n < loops.length; n++) {
            JitRunner runner = new JitRunner();
            String output = interruptAfter(loops[n], 200, runner);
            assertEquals("error: interrupted!", output, loops[n]);
            assertTrue(runner.exitedAt(exits[n]), loops[n] + " entries: " + runner.entries + " exits: " + runner.exits);
            assertTrue(runner.entries.size() <= 2, loops[n] + " left compiled code early: " + runner.exits);
        }
    }

    @Test
    void instructionHooksKeepCompiledCodeOut() {
        String source = String.join("\n",
                "local count, lines = 0, 0",
                "debug.sethook(function() count = count + 1 end, '', 1)",
                "local s = 0",
                "for i = 1, 3000 do s = s + i end",
                "debug.sethook()",
                "debug.sethook(function() lines = lines + 1 end, 'l')",
                "for i = 1, 100 do",
                "  s = s + i",
                "end",
                "debug.sethook()",
                "for i = 1, 100 do s = s + i end",
                "print(count, lines, s)");
        String expected = JitRunner.reference(source, "hook.lua");
        JitRunner runner = new JitRunner();
        assertEquals(expected, runner.run(source, "hook.lua", true));
        // Entered at the start and after the two debug.sethook calls that removed the hook
        // (print is called from compiled code); never while a hook was set.
        assertEquals(3, runner.entries.size(), "entries " + runner.entries + ", exits " + runner.exits);
    }

    @Test
    void hotCodeIsCompiledByTheCounters() {
        JitRunner runner = new JitRunner();
        runner.global.tierCompiler = new BytecodeTier();
        String source = "local function f(x) return x * 2 end\n"
                + "local s = 0 for i = 1, 200000 do s = s + i end\n"
                + "for i = 1, 5000 do s = s + f(i) end print(s)";
        LuaClosure chunk = runner.load(source, "hot.lua", false);
        runner.global.mainThread.pushFunction(chunk);
        runner.global.mainThread.call(runner.global.mainThread.top - 1, 0, 0);
        assertInstanceOf(CompiledCode.class, chunk.prototype.compiledCode, "main chunk (back-edges)");
        assertInstanceOf(CompiledCode.class, chunk.prototype.prototypes[0].compiledCode, "function (calls)");

        JitRunner off = new JitRunner();
        LuaClosure cold = off.load(source, "hot.lua", false);
        off.global.mainThread.pushFunction(cold);
        off.global.mainThread.call(off.global.mainThread.top - 1, 0, 0);
        assertTrue(!(cold.prototype.compiledCode instanceof CompiledCode), "compiled with the tier off");
    }

    @Test
    void compiledClassesAreHiddenAndUnload() throws InterruptedException {
        WeakReference<Class<?>> type = compileAndForget();
        for (int n = 0; n < 50 && type.get() != null; n++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(type.get(), "the compiled class stayed loaded");
    }

    private static WeakReference<Class<?>> compileAndForget() {
        LuaClosure chunk = ChunkLoader.load("local s = 'a' for i = 1, 10 do s = s .. i end return s".getBytes(StandardCharsets.ISO_8859_1),
                LuaString.of("=forget"), "t", Tag.NIL, 0, null);
        Prototype prototype = chunk.prototype;
        CompiledCode code = new BytecodeTier().compile(prototype);
        assertNotNull(code);
        assertTrue(code.getClass().isHidden());
        return new WeakReference<>(code.getClass());
    }

    @Test
    void largeFunctionsAreCutIntoRegions() {
        StringBuilder source = new StringBuilder("local s = 0\n");
        for (int n = 0; n < 400; n++) {
            source.append("s = s + ").append(n).append(" * 2 - (s // 3)\n");
        }
        // pcall is left to the interpreter: compiled code is entered again after it.
        source.append("for i = 1, 10 do s = s + i end\npcall(print, s)\n");
        String expected = JitRunner.reference(source.toString(), "large.lua");
        JitRunner runner = new JitRunner();
        assertEquals(expected, runner.run(source.toString(), "large.lua", true));
        assertTrue(runner.entries.size() > 1, "one region only? " + runner.entries);
    }
}
