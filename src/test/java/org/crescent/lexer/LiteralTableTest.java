package org.crescent.lexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scans each literal of literals.txt (values generated from lua5.4 by
 * scripts/lexer-literals.lua) and checks the token kind and the exact value.
 */
class LiteralTableTest {

    @TestFactory
    Stream<DynamicTest> literalsHaveLuasValues() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = LiteralTableTest.class.getResourceAsStream("literals.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                String literal = unescape(fields[0]);
                tests.add(DynamicTest.dynamicTest(fields[0], () -> check(literal, fields[1], fields[2])));
            }
        }
        return tests.stream();
    }

    private static void check(String literal, String kind, String value) {
        Lexer lexer = new Lexer(literal.getBytes(StandardCharsets.ISO_8859_1), LuaString.of("=test"));
        lexer.next();
        switch (kind) {
            case "integer":
                assertEquals(Token.INTEGER, lexer.token());
                assertEquals(Long.parseLong(value), lexer.integerValue());
                break;
            case "float": {
                assertEquals(Token.FLOAT, lexer.token());
                double expected = value.equals("inf") ? Double.POSITIVE_INFINITY
                        : value.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(lexer.floatValue()),
                        () -> "got " + lexer.floatValue());
                break;
            }
            default:
                assertEquals(Token.STRING, lexer.token());
                assertArrayEquals(HexFormat.of().parseHex(value), lexer.stringValue().bytes());
        }
        lexer.next();
        assertEquals(Token.EOF, lexer.token());
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
