package org.crescent.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crescent.bytecode.Listing;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chunks too big to keep in the corpus, generated here: more than 2^17 constants (LOADKX),
 * jumps over 100,000 instructions, and the compiler's limit errors. Listings are compared
 * with luac5.4's when it is installed (the test is skipped otherwise).
 */
class LargeChunkTest {
    @TempDir
    Path directory;

    @Test
    void moreConstantsThanLoadkCanAddress() throws Exception {
        StringBuilder source = new StringBuilder("local t = {");
        for (int i = 1; i <= 131100; i++) source.append(i).append(".5,");
        source.append("}\nlocal x = 0.25\nlocal y = t + 0.125\nlocal z = t == 0.0625\n");
        assertSameAsLuac("constants.lua", source.toString());
    }

    @Test
    void longLoops() throws Exception {
        StringBuilder source = new StringBuilder("local a = 0\nwhile a do\n");
        for (int i = 0; i < 70000; i++) source.append("a = a + 1\n");
        source.append("end\nrepeat\n");
        for (int i = 0; i < 70000; i++) source.append("a = a.x\n");
        source.append("until a\n");
        assertSameAsLuac("loops.lua", source.toString());
    }

    @Test
    void forLoopBodyTooLong() {
        StringBuilder source = new StringBuilder("local a = 0\nfor i = 1, 2 do\n");
        for (int i = 0; i < 70000; i++) source.append("a = a + 1\n");
        source.append("end\n");
        assertEquals("big:70003: control structure too long near 'end'", errorOf(source.toString(), "=big"));
    }

    @Test
    void tooManyRegisters() {
        String source = "local a = f(x" + ",x".repeat(260) + ")";
        String message = errorOf(source, "=regs");
        assertEquals("regs:1: function or expression needs too many registers", message);
    }

    private static String errorOf(String source, String chunkName) {
        LuaSyntaxError error = assertThrows(LuaSyntaxError.class,
                () -> Compiler.compile(source.getBytes(StandardCharsets.ISO_8859_1), LuaString.of(chunkName)));
        return error.luaMessage().toString();
    }

    private void assertSameAsLuac(String name, String source) throws Exception {
        assumeTrue(luacAvailable(), "luac5.4 is not installed");
        Path file = directory.resolve(name);
        Files.writeString(file, source, StandardCharsets.ISO_8859_1);
        Process luac = new ProcessBuilder("luac5.4", "-l", "-l", "-p", name).directory(directory.toFile())
                .redirectErrorStream(true).start();
        String expected = new String(luac.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertEquals(0, luac.waitFor(), expected);
        String actual = Listing.of(Compiler.compile(source.getBytes(StandardCharsets.ISO_8859_1),
                LuaString.of("@" + name)));
        String normalized = normalizeAddresses(expected);
        if (!normalized.equals(actual)) {
            String[] want = normalized.split("\n");
            String[] got = actual.split("\n");
            for (int i = 0; i < Math.min(want.length, got.length); i++) {
                assertEquals(want[i], got[i], name + ": listing line " + (i + 1));
            }
            assertEquals(want.length, got.length, name + ": listing length");
        }
    }

    /** Replaces luac's function addresses by F0, F1, ... in the order functions are listed. */
    static String normalizeAddresses(String listing) {
        Map<String, String> ids = new HashMap<>();
        Matcher header = Pattern.compile("(?m)^(?:main|function) <.*> \\(\\d+ instructions? at (0x[0-9a-f]+)\\)$")
                .matcher(listing);
        while (header.find()) ids.putIfAbsent(header.group(1), "F" + ids.size());
        Matcher address = Pattern.compile("0x[0-9a-f]+").matcher(listing);
        StringBuilder out = new StringBuilder();
        while (address.find()) {
            address.appendReplacement(out, ids.getOrDefault(address.group(), address.group()));
        }
        address.appendTail(out);
        return out.toString();
    }

    private static boolean luacAvailable() {
        try {
            Process process = new ProcessBuilder("luac5.4", "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
