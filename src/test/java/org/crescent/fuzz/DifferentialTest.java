package org.crescent.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential testing against the reference: a few hundred programs from
 * {@link ProgramGenerator} (fixed seeds, so the same programs every run) must print exactly
 * what lua5.4 prints. Skipped when lua5.4 is not installed. {@code scripts/differential.sh}
 * runs any number of other seeds.
 */
class DifferentialTest {
    private static final int PROGRAMS = 300;
    private static final long FIRST_SEED = 20261121;

    @Test
    void generatedProgramsPrintWhatLua54Prints() throws IOException, InterruptedException {
        assumeTrue(lua54Installed(), "lua5.4 is not on PATH");
        List<String> mismatches = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + PROGRAMS; seed++) {
            DifferentialRunner.Outcome outcome = DifferentialRunner.compare(seed);
            if (outcome.mismatch()) {
                mismatches.add("seed " + seed + ": " + outcome.firstDifference());
            }
        }
        assertEquals(List.of(), mismatches,
                "programs printing differently (see one with: java -cp target/classes:target/test-classes org.crescent.fuzz.DifferentialRunner print SEED)");
    }

    /** The mismatches differential testing found, kept as fixed cases (expectations from lua5.4). */
    @Test
    void casesFoundByDifferentialTestingStayFixed() throws IOException, InterruptedException {
        assumeTrue(lua54Installed(), "lua5.4 is not on PATH");
        String[] cases = {
            // __le falls back to not __lt with swapped operands (lua5.4 has LUA_COMPAT_LT_LE)
            "local mt = {__lt = function(a, b) return rawlen(a) < rawlen(b) end}\n"
                + "local x, y = setmetatable({}, mt), setmetatable({1}, mt)\n"
                + "print(x <= y, y <= x, x >= y, pcall(function() return x <= 1 end))\n"
                + "print(pcall(function() return setmetatable({}, {}) <= {} end))",
            // ... also when that __lt yields
            "local co = coroutine.wrap(function()\n"
                + "  local x = setmetatable({}, {__lt = function(a, b) return coroutine.yield('lt') end})\n"
                + "  return x <= x, x >= x\n"
                + "end)\n"
                + "print(co()) print(co(true)) print(co(false))",
            // math.fmod names argument #2 first when both are bad
            "print(pcall(math.fmod, nil, '')) print(pcall(math.fmod, 1, '')) print(pcall(math.fmod, nil, 1))",
            // decimal digits after -2^63 make a float
            "print(tonumber('-92233720368547758080'), '-9223372036854775808' .. '1' + 0)\n"
                + "print(math.type(tonumber('-9223372036854775808')), tonumber('-9223372036854775809'))",
        };
        for (String chunk : cases) {
            byte[] source = chunk.getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(DifferentialRunner.reference(source), DifferentialRunner.crescent(source), chunk);
        }
    }

    @Test
    void generatorIsDeterministicAndCoversEveryArea() {
        assertEquals(ProgramGenerator.generate(42), ProgramGenerator.generate(42));
        StringBuilder all = new StringBuilder();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + PROGRAMS; seed++) {
            all.append(ProgramGenerator.generate(seed));
        }
        for (String feature : new String[] {"//", "<<", "math.maxinteger", "0/0", ":gsub(", "table.sort", "table.insert",
                "function(...)", "select('#'", "setmetatable", "__index", "__close", "goto ", "::", "error(", "xpcall",
                "coroutine.wrap", "coroutine.resume", "coroutine.close", "string.format", "for i = "}) {
            assertTrue(all.indexOf(feature) >= 0, "no generated program uses " + feature);
        }
    }

    private static boolean lua54Installed() {
        try {
            Process process = new ProcessBuilder("lua5.4", "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException error) {
            return false;
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
