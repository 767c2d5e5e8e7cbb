package org.crescent.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

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

    /** Valid programs from {@link ProgramGenerator}, its choices read from the fuzzer's bytes. */
    @FuzzTest(maxDuration = "60s")
    void runGenerated(FuzzedDataProvider data) {
        String program = ProgramGenerator.generate(bound -> data.consumeInt(0, bound - 1));
        FuzzHarness.run(program.getBytes(StandardCharsets.ISO_8859_1));
    }
}
