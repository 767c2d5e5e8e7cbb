package org.crescent.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.crescent.compiler.Compiler;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Binary chunks: every prototype tree of the compiler corpus (and of the official test
 * suite, when it is at /work/testes) written and read back lists exactly as the compiled
 * one, stripped chunks list as the tree without debug information, and malformed chunks
 * (truncated, corrupted, wrong headers) raise C Lua's messages as LuaErrors, nothing else.
 */
class BinaryChunkTest {
    private static final Path CORPUS = Paths.get("src/test/resources/compiler");
    private static final Path TEST_SUITE = Paths.get("/work/testes");
    private static final LuaString BINARY_NAME = LuaString.wrap(new byte[] {0x1B, 'L', 'u', 'a'});

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            corpus.filter(p -> p.toString().endsWith(".lua")).sorted().forEach(files::add);
        }
        if (Files.isDirectory(TEST_SUITE)) {
            try (Stream<Path> suite = Files.list(TEST_SUITE)) {
                suite.filter(p -> p.toString().endsWith(".lua")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Prototype compile(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        if (source.length > 0 && source[0] == '#') {  // as loadfile skips a first '#' line
            int end = 0;
            while (end < source.length && source[end] != '\n') end++;
            source = java.util.Arrays.copyOfRange(source, end, source.length);
        }
        return Compiler.compile(source, LuaString.of("@" + file.getFileName()));
    }

    private static Prototype read(byte[] chunk) {
        return BinaryChunkReader.read(chunk, BINARY_NAME);
    }

    @TestFactory
    Stream<DynamicTest> roundTripsListEqually() throws IOException {
        return sources().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Prototype compiled = compile(file);
            byte[] chunk = BinaryChunkWriter.write(compiled, compiled.upvalues.length, false);
            Prototype loaded = read(chunk);
            assertEquals(Listing.of(compiled), Listing.of(loaded));
            assertArrayEquals(chunk, BinaryChunkWriter.write(loaded, loaded.upvalues.length, false));
            assertEquals(compiled.source, loaded.source);
        }));
    }

    @TestFactory
    Stream<DynamicTest> strippedChunksDropDebugInformation() throws IOException {
        return sources().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Prototype compiled = compile(file);
            byte[] chunk = BinaryChunkWriter.write(compiled, compiled.upvalues.length, true);
            Prototype loaded = read(chunk);
            assertEquals(Listing.of(stripped(compiled)), Listing.of(loaded));
            assertEquals(LuaString.of("=?"), loaded.source);
            assertArrayEquals(chunk, BinaryChunkWriter.write(loaded, loaded.upvalues.length, true));
            assertTrue(chunk.length < BinaryChunkWriter.write(compiled, compiled.upvalues.length, false).length);
        }));
    }

    /** The tree string.dump(f, true) describes: no lines, locals, upvalue names; source "=?". */
    private static Prototype stripped(Prototype p) {
        Prototype[] children = new Prototype[p.prototypes.length];
        for (int i = 0; i < children.length; i++) children[i] = stripped(p.prototypes[i]);
        UpvalueInfo[] upvalues = new UpvalueInfo[p.upvalues.length];
        for (int i = 0; i < upvalues.length; i++) {
            UpvalueInfo u = p.upvalues[i];
            upvalues[i] = new UpvalueInfo(null, u.inStack(), u.index(), u.kind());
        }
        return new Prototype(p.code, new int[0], p.constantTags, p.constantBits, p.constantObjects, children,
                upvalues, new LocalVariableInfo[0], p.parameterCount, p.isVararg, p.maxStackSize,
                LuaString.of("=?"), p.lineDefined, p.lastLineDefined);
    }

    private static byte[] sample() {
        String source = "local a, b = 1, 'two'\n"
                + "local function f(x, ...) local t = {x, ...}; return function() return a, b, t, 1.5, -0.0 end end\n"
                + "return f(a), 'long string with \\0 and \\255 bytes', 0x7fffffffffffffff, 2^53, true, false, nil\n";
        Prototype p = Compiler.compile(source.getBytes(StandardCharsets.ISO_8859_1), LuaString.of("=sample"));
        return BinaryChunkWriter.write(p, p.upvalues.length, false);
    }

    private static String message(LuaError error) {
        return new String(((LuaString) error.valueRef).bytes(), StandardCharsets.ISO_8859_1);
    }

    private static String failure(byte[] chunk, LuaString name) {
        LuaError error = assertThrows(LuaError.class, () -> BinaryChunkReader.read(chunk, name));
        return message(error);
    }

    @Test
    void everyTruncationIsReported() {
        byte[] chunk = sample();
        for (int length = 1; length < chunk.length; length++) {
            byte[] prefix = java.util.Arrays.copyOf(chunk, length);
            assertEquals("binary string: bad binary format (truncated chunk)", failure(prefix, BINARY_NAME),
                    "prefix of " + length + " bytes");
        }
        read(chunk);
    }

    /** C Lua 5.4's header (calls.lua checks it byte for byte), then Crescent's marker. */
    @Test
    void headerIsCLuasThenCrescentsMarker() {
        byte[] expected = {0x1B, 'L', 'u', 'a', 0x54, 0, 0x19, (byte) 0x93, '\r', '\n', 0x1A, '\n', 4, 8, 8,
            0x78, 0x56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0x28, (byte) 0x77, 0x40, 'C', 1, 1};
        assertArrayEquals(expected, java.util.Arrays.copyOf(sample(), expected.length));
    }

    @Test
    void headerMismatchesAreNamed() {
        byte[] chunk = sample();
        String[] expected = {
            null, "not a binary chunk", "not a binary chunk", "not a binary chunk", "version mismatch",
            "format mismatch", "corrupted chunk", "corrupted chunk", "corrupted chunk", "corrupted chunk",
            "corrupted chunk", "corrupted chunk", "Instruction size mismatch", "lua_Integer size mismatch",
            "lua_Number size mismatch",
        };
        for (int i = 1; i < expected.length; i++) {
            byte[] bad = chunk.clone();
            bad[i] ^= 0x01;
            assertEquals("binary string: bad binary format (" + expected[i] + ")", failure(bad, BINARY_NAME), "byte " + i);
        }
        byte[] badInteger = chunk.clone();
        badInteger[15] ^= 0x01;
        assertEquals("binary string: bad binary format (integer format mismatch)", failure(badInteger, BINARY_NAME));
        byte[] badFloat = chunk.clone();
        badFloat[23] ^= 0x01;
        assertEquals("binary string: bad binary format (float format mismatch)", failure(badFloat, BINARY_NAME));
        byte[] badMarker = chunk.clone();
        badMarker[31] = 1;  // where C Lua's chunks have the upvalue count
        assertEquals("binary string: bad binary format (not a Crescent chunk)", failure(badMarker, BINARY_NAME));
        byte[] badLayout = chunk.clone();
        badLayout[32]++;
        assertEquals("binary string: bad binary format (format mismatch)", failure(badLayout, BINARY_NAME));
        byte[] badUpvalues = chunk.clone();
        badUpvalues[33]++;
        assertEquals("binary string: bad binary format (upvalue count mismatch)", failure(badUpvalues, BINARY_NAME));
    }

    @Test
    void chunkNamesShowAsLoadNamesThem() {
        byte[] truncated = java.util.Arrays.copyOf(sample(), 10);
        assertEquals("file.lua: bad binary format (truncated chunk)", failure(truncated, LuaString.of("@file.lua")));
        assertEquals("name: bad binary format (truncated chunk)", failure(truncated, LuaString.of("=name")));
        assertEquals("plain: bad binary format (truncated chunk)", failure(truncated, LuaString.of("plain")));
        assertEquals("binary string: bad binary format (truncated chunk)", failure(truncated, LuaString.wrap(truncated)));
    }

    /**
     * Random corruption: each chunk either loads or fails with a LuaError, never anything else.
     * (Like C Lua, the reader does not verify instructions: a corrupted instruction loads.)
     */
    @Test
    void corruptedChunksFailCleanly() throws IOException {
        Random random = new Random(20240521L);
        List<byte[]> chunks = new ArrayList<>();
        chunks.add(sample());
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            for (Path file : (Iterable<Path>) corpus.filter(p -> p.toString().endsWith(".lua")).sorted()::iterator) {
                Prototype p = compile(file);
                chunks.add(BinaryChunkWriter.write(p, p.upvalues.length, random.nextBoolean()));
            }
        }
        int loaded = 0;
        int rejected = 0;
        for (byte[] chunk : chunks) {
            for (int trial = 0; trial < 200; trial++) {
                byte[] bad = chunk.clone();
                int changes = 1 + random.nextInt(3);
                for (int c = 0; c < changes; c++) {
                    int at = 34 + random.nextInt(bad.length - 34);  // past the header, which the test above covers
                    bad[at] = (byte) random.nextInt(256);
                }
                try {
                    Prototype p = read(bad);
                    BinaryChunkWriter.write(p, p.upvalues.length, false);
                    loaded++;
                } catch (LuaError error) {
                    assertTrue(message(error).startsWith("binary string: bad binary format ("), message(error));
                    rejected++;
                } catch (RuntimeException | Error other) {
                    fail("corrupted chunk raised " + other);
                }
            }
        }
        assertTrue(rejected > 0 && loaded > 0, loaded + " loaded, " + rejected + " rejected");
    }

    @Test
    void hugeCountsAreTruncationsNotAllocations() {
        byte[] chunk = sample();
        byte[] bad = java.util.Arrays.copyOf(chunk, 48);
        // source: nullable string whose declared size is larger than the chunk
        bad[34] = (byte) 0xFF;
        bad[35] = (byte) 0xFF;
        bad[36] = (byte) 0xFF;
        bad[37] = (byte) 0x07;
        assertEquals("binary string: bad binary format (truncated chunk)", failure(bad, BINARY_NAME));
        byte[] overflow = java.util.Arrays.copyOf(chunk, 48);
        for (int i = 34; i < 46; i++) overflow[i] = (byte) 0xFF;
        assertEquals("binary string: bad binary format (integer overflow)", failure(overflow, BINARY_NAME));
    }
}
