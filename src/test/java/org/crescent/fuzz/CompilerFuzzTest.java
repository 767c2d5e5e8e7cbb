package org.crescent.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.crescent.bytecode.BinaryChunkWriter;
import org.crescent.bytecode.Prototype;
import org.crescent.compiler.Compiler;
import org.crescent.runtime.LuaString;

/**
 * Fuzz targets for the front end (lexer, parser, compiler) and the binary-chunk reader: any
 * input must compile or fail with a Lua error, never with another Java exception. Under
 * {@code mvn test} they replay their committed inputs (src/test/resources/org/crescent/fuzz/
 * CompilerFuzzTestInputs/&lt;target&gt;); {@code scripts/fuzz.sh} fuzzes them.
 */
class CompilerFuzzTest {
    /** Lua source as bytes: libFuzzer mutates the seed snippets with the token dictionary. */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/org/crescent/fuzz/lua.dict")
    void compileText(byte[] source) {
        FuzzHarness.compile(source);
    }

    /** Token sequences: mostly near-valid Lua, reaching deep parser and compiler states. */
    @FuzzTest(maxDuration = "60s")
    void compileTokens(FuzzedDataProvider data) {
        FuzzHarness.compile(TokenText.build(data).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A valid binary chunk with a few bytes changed, inserted, removed or cut off. */
    @FuzzTest(maxDuration = "60s")
    void undumpMutated(FuzzedDataProvider data) {
        String source = SeedPrograms.SOURCES[data.consumeInt(0, SeedPrograms.SOURCES.length - 1)];
        Prototype prototype = Compiler.compile(source.getBytes(StandardCharsets.ISO_8859_1), LuaString.of("=seed"));
        byte[] chunk = BinaryChunkWriter.write(prototype, prototype.upvalues.length, data.consumeBoolean());
        int mutations = data.consumeInt(1, 8);
        for (int i = 0; i < mutations && chunk.length > 0; i++) {
            chunk = mutate(chunk, data);
        }
        FuzzHarness.undump(chunk);
        FuzzHarness.compile(chunk);
    }

    private static byte[] mutate(byte[] chunk, FuzzedDataProvider data) {
        int position = data.consumeInt(0, chunk.length - 1);
        switch (data.consumeInt(0, 3)) {
            case 0: {
                byte[] changed = chunk.clone();
                changed[position] = data.consumeByte();
                return changed;
            }
            case 1: {
                byte[] longer = new byte[chunk.length + 1];
                System.arraycopy(chunk, 0, longer, 0, position);
                longer[position] = data.consumeByte();
                System.arraycopy(chunk, position, longer, position + 1, chunk.length - position);
                return longer;
            }
            case 2: {
                byte[] shorter = new byte[chunk.length - 1];
                System.arraycopy(chunk, 0, shorter, 0, position);
                System.arraycopy(chunk, position + 1, shorter, position, chunk.length - position - 1);
                return shorter;
            }
            default: {
                byte[] cut = new byte[position];
                System.arraycopy(chunk, 0, cut, 0, position);
                return cut;
            }
        }
    }
}
