package org.crescent.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.crescent.parser.Parser;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Folds each expression of constant-folding.txt (generated from lua5.4 by
 * scripts/constant-folding.lua): it must be a constant exactly when C Lua treats it as one,
 * with the value lua5.4 computes.
 */
class ConstantFoldingTest {

    @TestFactory
    Stream<DynamicTest> foldsAsLuaDoes() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = ConstantFoldingTest.class.getResourceAsStream("constant-folding.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                tests.add(DynamicTest.dynamicTest(fields[0],
                        () -> check(fields[0], fields[1].equals("folded"), fields[2], fields[3])));
            }
        }
        return tests.stream();
    }

    private static void check(String expression, boolean folded, String kind, String value) {
        Chunk chunk = Parser.parse(("return " + expression).getBytes(StandardCharsets.UTF_8), LuaString.of("=x"));
        Statement.Return ret = (Statement.Return) chunk.main().block().statements().get(0);
        Expression constant = ConstantFolding.valueOf(ret.values().get(0));
        if (!folded) {
            assertNull(constant);
            return;
        }
        assertNotNull(constant);
        switch (kind) {
            case "integer":
                assertEquals(Long.parseLong(value), assertInstanceOf(Expression.IntegerLiteral.class, constant).value());
                break;
            case "float": {
                double expected = value.equals("inf") ? Double.POSITIVE_INFINITY
                        : value.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
                double actual = assertInstanceOf(Expression.FloatLiteral.class, constant).value();
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual));
                break;
            }
            case "boolean":
                Class<? extends Expression> expected = value.equals("true")
                        ? Expression.TrueLiteral.class : Expression.FalseLiteral.class;
                assertInstanceOf(expected, constant);
                break;
            case "string":
                assertArrayEquals(HexFormat.of().parseHex(value),
                        assertInstanceOf(Expression.StringLiteral.class, constant).value().bytes());
                break;
            default:
                assertInstanceOf(Expression.NilLiteral.class, constant);
        }
    }
}
