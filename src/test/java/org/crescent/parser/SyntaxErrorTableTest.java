package org.crescent.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Loads every chunk of syntax-errors.txt (generated from lua5.4 by
 * scripts/syntax-errors.lua) and checks that the parser accepts it or fails with exactly C
 * Lua's message.
 */
class SyntaxErrorTableTest {

    private record Case(int number, byte[] chunkName, byte[] source, String outcome) {
    }

    @TestFactory
    Stream<DynamicTest> everyChunkHasLuasOutcome() throws IOException {
        List<Case> cases;
        try (InputStream in = SyntaxErrorTableTest.class.getResourceAsStream("syntax-errors.txt")) {
            cases = readCases(in);
        }
        assertTrue(cases.size() > 200, "table too small: " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(
                "case " + c.number() + ": " + preview(c.source()), () -> check(c)));
    }

    /**
     * An extra table in the same format, named by the system property crescent.syntaxTable
     * (for the outputs of scripts/fuzz-*.lua); nothing when the property is unset.
     */
    @TestFactory
    Stream<DynamicTest> extraTableHasLuasOutcomes() throws IOException {
        String path = System.getProperty("crescent.syntaxTable");
        if (path == null) return Stream.empty();
        List<Case> cases;
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(path))) {
            cases = readCases(in);
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(
                "extra " + c.number() + ": " + preview(c.source()), () -> check(c)));
    }

    private static void check(Case c) {
        String actual;
        try {
            Parser.parse(c.source(), LuaString.wrap(c.chunkName()));
            actual = "ok";
        } catch (LuaSyntaxError e) {
            actual = "error: " + new String(e.luaMessage().bytes(), StandardCharsets.ISO_8859_1);
        }
        assertEquals(c.outcome(), actual);
    }

    private static String preview(byte[] source) {
        String text = new String(source, StandardCharsets.ISO_8859_1).replace("\n", "\\n");
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    private static List<Case> readCases(InputStream in) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                byte[] source = unescape(fields[1]);
                byte[] name = fields[0].equals("-") ? source : unescape(fields[0]);
                String outcome = new String(unescape(fields[2]), StandardCharsets.ISO_8859_1);
                cases.add(new Case(cases.size() + 1, name, source, outcome));
            }
        }
        return cases;
    }

    /** Reverses the generator's escaping: \n \r \t \\ and \xHH. */
    private static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            char kind = text.charAt(++i);
            switch (kind) {
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 't': out.write('\t'); break;
                case '\\': out.write('\\'); break;
                case 'x':
                    out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                    break;
                default: throw new IllegalArgumentException("bad escape in table: " + text);
            }
        }
        return out.toByteArray();
    }
}
