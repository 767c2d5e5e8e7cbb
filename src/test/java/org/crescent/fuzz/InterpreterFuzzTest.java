package org.crescent.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Fuzz targets that run code: each input runs in a fresh sandboxed runtime under
 * {@link FuzzHarness}'s time budget; an escaping Java exception, a Java exception turned into
 * a Lua error, or a hang is a finding. Under {@code mvn test} they replay their committed
 * inputs; {@code scripts/fuzz.sh} fuzzes them.
 */
class InterpreterFuzzTest {
    /** Lua source as bytes, mutated from the seed snippets with the token dictionary. */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/org/crescent/fuzz/lua.dict")
    void runText(byte[] source) {
        FuzzHarness.run(source);
    }

    /**
     * Valid programs from {@link ProgramGenerator}: its first choices are read from the fuzzer's
     * bytes, the rest come from a random source seeded by them, so that short inputs (libFuzzer
     * starts with a few bytes) still make programs of full size.
     */
    @FuzzTest(maxDuration = "60s")
    void runGenerated(FuzzedDataProvider data) {
        SplittableRandom random = new SplittableRandom(data.consumeLong());
        String program = ProgramGenerator.generate(bound -> data.remainingBytes() > 0 ? data.consumeInt(0, bound - 1) : random.nextInt(bound));
        FuzzHarness.run(program.getBytes(StandardCharsets.ISO_8859_1));
    }
}
