package org.crescent.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import org.crescent.api.Lua;
import org.junit.jupiter.api.Test;

/**
 * A __gc finalizer that runs at an allocation point inside a Lua function must not touch that
 * function's registers, nor its callers'. The only allocation in the loop below is the table
 * made inside {@code f}, so every finalizer runs there; {@code thread.top} then still marks
 * where the caller's last Java call ended, below f's frame, and finalizers called at it once
 * overwrote the caller's locals (locals.lua's to-be-closed loops and gc.lua's GC() loops failed
 * or hung now and then, with tracegc's or their own finalizers).
 */
class FinalizerPlacementTest {
    @Test
    void finalizersAtAllocationsLeaveRegistersAlone() {
        try (Lua lua = Lua.create()) {
            lua.setStandardOutput(OutputStream.nullOutputStream());
            Object result = lua.eval("local mt, runs = {}, 0\n"
                    + "function mt.__gc(o)\n"
                    + "  runs = runs + 1\n"
                    + "  local x, y, z, w, v = 'X', 'Y', 'Z', 'W', 'V'\n"
                    + "  setmetatable(o, mt)\n"
                    + "end\n"
                    + "setmetatable({}, mt)\n"
                    + "local function f(a, b, c)\n"
                    + "  local t = {}\n"
                    + "  return a, b, c\n"
                    + "end\n"
                    + "local bad, i = 0, 0\n"
                    + "local finished = false\n"
                    + "while runs < 3 and i < 50000000 do\n"
                    + "  i = i + 1\n"
                    + "  local a, b, c = f(1, 2, 3)\n"
                    + "  if a ~= 1 or b ~= 2 or c ~= 3 or finished ~= false then bad = bad + 1 end\n"
                    + "end\n"
                    + "return bad * 100 + math.min(runs, 3)");
            long value = ((Number) result).longValue();
            assertTrue(value % 100 > 0, "no finalizer ran");
            assertEquals(0, value / 100, "iterations whose registers a finalizer overwrote");
        }
    }
}
