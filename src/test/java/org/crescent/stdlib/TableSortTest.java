package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.crescent.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * table.sort's two runners must be indistinguishable: the in-place one for plain arrays of
 * numbers or strings, and the general one (taken here through a comparator and through a
 * proxy table). Equal elements that print differently (1 and 1.0) must land in the same
 * places, and an inconsistent order (NaN) must fail at the same step, leaving the same array.
 */
class TableSortTest {
    private static final String SCRIPT = """
        local seed = 1
        local function rand(n)
          seed = (seed * 1103515245 + 12345) % 2147483648
          return seed % n
        end
        local function describe(t, n)
          local out = {}
          for i = 1, n do out[i] = tostring(t[i]) .. (math.type(t[i]) or "s") end
          return table.concat(out, " ")
        end
        local function proxy(store, n)
          return setmetatable({}, {
            __index = function(_, k) return store[k] end,
            __newindex = function(_, k, v) store[k] = v end,
            __len = function() return n end,
          })
        end
        local nan = 0/0
        local mismatches = 0
        for round = 1, 400 do
          local n = rand(300) + 2
          local kind = round % 4
          local a, b, c = {}, {}, {}
          for i = 1, n do
            local v
            if kind == 0 then v = rand(5) + ((rand(2) == 0) and 0.0 or 0)
            elseif kind == 1 then v = tostring(rand(50))
            elseif kind == 2 then v = (rand(40) == 0) and nan or rand(1000) - 500.5
            else v = rand(3) end
            a[i], b[i], c[i] = v, v, v
          end
          local okA, errA = pcall(table.sort, a)
          local okB, errB = pcall(table.sort, b, kind ~= 2 and function(x, y) return x < y end or nil)
          local okC, errC = pcall(table.sort, proxy(c, n))
          if kind == 2 then okB, errB = okC, errC; b = c end
          local da, db, dc = describe(a, n), describe(b, n), describe(c, n)
          if okA ~= okB or okA ~= okC or errA ~= errC or da ~= db or da ~= dc then
            mismatches = mismatches + 1
            print("round " .. round, okA, okB, okC, errA, errC)
          end
        end
        print("mismatches " .. mismatches)
        """;

    @Test
    void plainAndGeneralRunnersAgree() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-e", SCRIPT}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true), new PrintStream(err, true));
        assertEquals("", err.toString(StandardCharsets.ISO_8859_1));
        assertEquals(0, status);
        assertEquals("mismatches 0\n", out.toString(StandardCharsets.ISO_8859_1));
    }
}
