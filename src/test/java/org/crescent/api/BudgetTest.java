package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attack scripts against the instruction budget, the time limit and the host's interrupt:
 * every loop shape, loops inside Java library functions, and every way Lua code catches
 * errors must still give control back to the host with the right reason, and leave the
 * runtime usable.
 */
// A budget that no longer holds must fail the test, not hang the build (Lua loops ignore Thread.interrupt).
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BudgetTest {
    /** Scripts that never end, each in its own way. */
    static final List<String> ENDLESS = List.of(
            "local n = 0 while true do n = n + 1 end",
            "local n = 0 repeat n = n + 1 until false",
            "for i = 1, math.maxinteger do end",
            "for i = 1.0, math.huge do end",
            "local function step() return 1 end for x in step do end",
            "local function loop(n) return loop(n + 1) end loop(1)",
            "::again:: goto again",
            // Errors caught by Lua code must not catch the stop.
            "while true do pcall(function() while true do end end) end",
            "while true do xpcall(function() while true do end end, function(m) return m end) end",
            "xpcall(function() while true do end end, function() while true do end end)",
            "local function f() while true do pcall(f) end end f()",
            "while true do coroutine.resume(coroutine.create(function() while true do end end)) end",
            "while true do pcall(coroutine.wrap(function() while true do end end)) end",
            "local co = coroutine.wrap(function() while true do coroutine.yield() end end) while true do pcall(co) end",
            "while true do pcall(error, 'x') end",
            // __close handlers must not run again after the stop (this one would loop forever).
            "do local x <close> = setmetatable({}, {__close = function() while true do end end}) while true do end end",
            "while true do pcall(function() local x <close> = setmetatable({}, {__close = function() while true do end end}) "
                    + "error('e') end) end",
            // Metamethods and library functions calling back into Lua.
            "local t = setmetatable({}, {__index = function(t, k) while true do end end}) return t.x",
            "table.sort({3, 2, 1}, function(a, b) while true do end end)",
            "string.gsub('abc', '.', function() while true do end end)",
            "while true do table.sort({5, 4, 3, 2, 1}) end",
            // Long loops inside Java functions.
            "return string.find(string.rep('a', 30000), '.-.-.-.-b')",
            "return string.match(string.rep('a', 30000), string.rep('a?', 20) .. string.rep('a', 20) .. 'b')",
            "return string.find(string.rep('a', 4000000), string.rep('a', 2000000) .. 'b', 1, true)",
            "return string.gsub(string.rep('a', 30000), '.-b', '')",
            "for w in string.gmatch(string.rep('a', 30000), '.-.-b') do end",
            "local t = {} return table.move(t, 1, math.maxinteger - 1, 2)",
            "return string.rep('a', 30000000, ',')");

    private static LuaStoppedException stopped(Lua lua, String script) {
        return assertThrows(LuaStoppedException.class, () -> lua.eval(script), script);
    }

    @Test
    void instructionLimitStopsEveryLoop() {
        try (Lua lua = Lua.create()) {
            lua.setInstructionLimit(200_000);
            for (String script : ENDLESS) {
                LuaStoppedException stop = stopped(lua, script);
                assertEquals(LuaStoppedException.Reason.INSTRUCTION_LIMIT, stop.reason(), script);
                assertEquals("instruction limit exceeded", stop.getMessage(), script);
                assertEquals(2L, lua.eval("return 1 + 1"), script);
            }
        }
    }

    @Test
    void timeLimitStopsEveryLoop() {
        try (Lua lua = Lua.create()) {
            lua.setTimeLimit(Duration.ofMillis(50));
            for (String script : ENDLESS) {
                long start = System.nanoTime();
                LuaStoppedException stop = stopped(lua, script);
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                assertEquals(LuaStoppedException.Reason.TIME_LIMIT, stop.reason(), script);
                assertEquals("time limit exceeded", stop.getMessage(), script);
                assertTrue(elapsed < 5_000, script + " took " + elapsed + " ms");
                assertEquals(2L, lua.eval("return 1 + 1"), script);
            }
        }
    }

    @Test
    void interruptFromAnotherThreadCannotBeCaught() throws Exception {
        try (Lua lua = Lua.create()) {
            for (String script : ENDLESS) {
                Thread watchdog = new Thread(() -> {
                    try {
                        Thread.sleep(30);
                    } catch (InterruptedException ignored) {
                        return;
                    }
                    lua.interrupt();
                });
                watchdog.start();
                LuaStoppedException stop = stopped(lua, script);
                watchdog.join();
                assertEquals(LuaStoppedException.Reason.INTERRUPTED, stop.reason(), script);
                assertEquals("interrupted!", stop.getMessage(), script);
                assertEquals(2L, lua.eval("return 1 + 1"), script);
            }
        }
    }

    @Test
    void budgetsApplyToEachCallAfresh() {
        try (Lua lua = Lua.create()) {
            lua.setInstructionLimit(10_000);
            lua.setTimeLimit(Duration.ofSeconds(30));
            for (int i = 0; i < 100; i++) {
                assertEquals(500500L, lua.eval("local s = 0 for i = 1, 1000 do s = s + i end return s"));
            }
            stopped(lua, "local s = 0 for i = 1, 100000 do s = s + i end return s");
            lua.setInstructionLimit(0);
            assertEquals(5000050000L, lua.eval("local s = 0 for i = 1, 100000 do s = s + i end return s"));
        }
    }

    @Test
    void stopPassesThroughJavaCallbacks() {
        try (Lua lua = Lua.create()) {
            lua.setInstructionLimit(100_000);
            // A callback that swallows every exception from a nested call cannot keep the script alive.
            lua.register("swallow", args -> {
                try {
                    ((LuaCallable) args.lua().get("spin")).call();
                } catch (LuaException ignored) {
                    return "swallowed";
                }
                return "returned";
            });
            lua.eval("function spin() while true do end end");
            LuaStoppedException stop = stopped(lua, "while true do swallow() end");
            assertEquals(LuaStoppedException.Reason.INSTRUCTION_LIMIT, stop.reason());
            assertEquals(2L, lua.eval("return 1 + 1"));
        }
    }

    @Test
    void countHooksFireAsWithoutABudget() {
        String script = "local n = 0 debug.sethook(function() n = n + 1 end, '', 100) "
                + "for i = 1, 10000 do local x = i * 2 end debug.sethook() return n";
        try (Lua lua = Lua.create()) {
            Object unlimited = lua.eval(script);
            lua.setInstructionLimit(1_000_000);
            assertEquals(unlimited, lua.eval(script));
            assertTrue((Long) unlimited > 100, String.valueOf(unlimited));
        }
    }

    @Test
    void ctrlCStyleInterruptStaysCatchable() {
        try (Lua lua = Lua.create()) {
            lua.register("requestInterrupt", args -> {
                org.crescent.interpreter.Interrupts.request(args.lua().globalState());
                return null;
            });
            // As lua.c's SIGINT: an "interrupted!" error that pcall catches (no reason recorded).
            assertEquals("interrupted!", lua.eval("return select(2, pcall(function() requestInterrupt() while true do end end))"));
        }
    }

    @Test
    void pendingCloseHandlersDoNotRun() {
        try (Lua lua = Lua.create()) {
            lua.setInstructionLimit(100_000);
            lua.eval("closed = 0");
            stopped(lua, "local x <close> = setmetatable({}, {__close = function() closed = closed + 1 end}) while true do end");
            assertEquals(0L, lua.eval("return closed"));
        }
    }

    @Test
    void finalizersAtCloseAreBounded() {
        Lua lua = Lua.create();
        lua.setInstructionLimit(100_000);
        lua.eval("setmetatable({}, {__gc = function() while true do end end})");
        lua.close();  // returns: the endless finalizer is stopped
    }
}
