package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Attack scripts against the memory limit: each allocates without end through another
 * allocation site and must fail with C Lua's "not enough memory" long before the JVM is in
 * danger; garbage must not count against the limit; JVM errors in Java code called from Lua
 * must become Lua errors.
 */
// A budget that no longer holds must fail the test, not hang the build (Lua loops ignore Thread.interrupt).
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MemoryLimitTest {
    private static final long LIMIT = 8L << 20;

    static final List<String> HOGS = List.of(
            "local t = {} for i = 1, math.maxinteger do t[i] = i end",
            "local t = {} for i = 1, math.maxinteger do t['k' .. i] = true end",
            "local t = {} for i = 1, math.maxinteger do t[i] = {} end",
            "local t = {} for i = 1, math.maxinteger do t[i] = function() return i end end",
            "local t = {} for i = 1, math.maxinteger do t[i] = coroutine.create(print) end",
            "local s = 'x' while true do s = s .. s end",
            "local t = {} for i = 1, math.maxinteger do t[i] = string.rep('x', 1000) .. i end",
            "return string.rep('x', 1 << 30)",
            "return string.rep('x', 1 << 28, ',')",
            "local t = {} for i = 1, 1000 do t[i] = string.rep('x', 100000) end return table.concat(t)",
            "local parts = {} local s = string.rep('x', 1000) for i = 1, math.maxinteger do parts[i] = s:upper() end",
            "return (string.rep('x', 1000000):gsub('x', '%0%0%0%0%0%0%0%0%0%0%0%0%0%0%0%0%0%0%0%0'))",
            "local function f(n) return 1 + f(n + 1) end f(1)",
            "local t = {} for i = 1, math.maxinteger do t[i] = string.format('%099d', i) end",
            "local t = {} for i = 1, math.maxinteger do t[i] = load('return ' .. i) end");

    @Test
    void everyAllocationSiteIsLimited() {
        try (Lua lua = Lua.create()) {
            lua.setMemoryLimit(LIMIT);
            for (String script : HOGS) {
                LuaException error = assertThrows(LuaException.class, () -> lua.eval(script), script);
                assertTrue(error.getMessage().endsWith("not enough memory"), script + ": " + error.getMessage());
                // The failure left the runtime usable; what the script held is garbage now.
                assertEquals(2L, lua.eval("return 1 + 1"), script);
            }
        }
    }

    @Test
    void pcallCatchesTheMemoryErrorAsInCLua() {
        try (Lua lua = Lua.create()) {
            lua.setMemoryLimit(LIMIT);
            assertArrayEquals(new Object[] {false, "not enough memory", 3L},
                    lua.load("local ok, message = pcall(function() local t = {} for i = 1, math.maxinteger do t[i] = i end end) "
                            + "return ok, message, 1 + 2").callAll());
        }
    }

    @Test
    void garbageIsCreditedBack() {
        try (Lua lua = Lua.create()) {
            lua.setMemoryLimit(LIMIT);
            // About 40 times the limit allocated in all, little of it live at any time.
            Object result = lua.eval("local n = 0 for i = 1, 20000 do local t = {} for j = 1, 1000 do t[j] = j end "
                    + "n = n + #t end return n");
            assertEquals(20_000_000L, result);
            Object text = lua.eval("local s for i = 1, 400 do s = string.rep('y', 1000000) end return #s");
            assertEquals(1_000_000L, text);
        }
    }

    @Test
    void liveValuesKeptBetweenCallsCount() {
        try (Lua lua = Lua.create()) {
            lua.setMemoryLimit(LIMIT);
            lua.eval("kept = {} for i = 1, 3 do kept[i] = string.rep('k', 2000000) end");
            LuaException error = assertThrows(LuaException.class,
                    () -> lua.eval("for i = 4, 10 do kept[i] = string.rep('k', 2000000) end"));
            assertEquals("not enough memory", error.getMessage());
            lua.eval("kept = nil");
            assertEquals(2000000L, lua.eval("local s = string.rep('k', 2000000) return #s"));
        }
    }

    @Test
    void javaStackOverflowBecomesALuaError() {
        try (Lua lua = Lua.create()) {
            lua.register("recurse", args -> recurse(0));
            assertEquals(false, lua.eval("return (pcall(recurse))"));
            LuaException error = assertThrows(LuaException.class, () -> lua.eval("recurse()"));
            assertTrue(error.getMessage().contains("stack overflow"), error.getMessage());
            assertEquals(2L, lua.eval("return 1 + 1"));
        }
    }

    @Test
    void javaOutOfMemoryBecomesALuaError() {
        try (Lua lua = Lua.create()) {
            lua.register("hog", args -> new long[Integer.MAX_VALUE - 2].length);
            assertArrayEquals(new Object[] {false, "not enough memory"}, lua.load("return pcall(hog)").callAll());
            LuaException error = assertThrows(LuaException.class, () -> lua.eval("hog()"));
            assertTrue(error.getMessage().contains("not enough memory"), error.getMessage());
            assertEquals(2L, lua.eval("return 1 + 1"));
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
