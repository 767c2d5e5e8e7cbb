package org.crescent.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
