package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.ReferenceCases;
import org.junit.jupiter.api.Test;

class LuaPatternTest {
    private static LuaString string(String field) {
        return LuaString.wrap(TestArguments.text(field));
    }

    /** A value as the generator encodes it. */
    private static String encode(LuaString s) {
        byte[] bytes = s.bytes();
        boolean printable = true;
        for (byte b : bytes) {
            if (b < 32 || b > 126 || b == '\\' || b == '|') printable = false;
        }
        if (printable) return "s=" + new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder hex = new StringBuilder("s#");
        for (byte b : bytes) hex.append(String.format("%02x", b & 0xFF));
        return hex.toString();
    }

    private static String capture(LuaPattern match, int index) {
        return match.isPositionCapture(index) ? "i:" + match.capturePosition(index) : encode(match.captureString(index));
    }

    private static String captureText(LuaPattern match, int index) {
        return match.isPositionCapture(index) ? Long.toString(match.capturePosition(index))
                : new String(match.captureString(index).bytes(), StandardCharsets.ISO_8859_1);
    }

    /** Test text to bytes, one byte per char . */
    private static LuaString bytes(String text) {
        return LuaString.wrap(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** C's toupper in the "C" locale: only a-z change. */
    private static LuaString asciiUpper(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'z') bytes[i] -= 32;
        }
        return LuaString.wrap(bytes);
    }

    private static long integerOr(String field, long fallback) {
        return field.equals("nil") ? fallback : Long.parseLong(field.substring(2));
    }

    @Test
    void matchesReference() {
        ReferenceCases cases = new ReferenceCases();
        for (String[] row : ReferenceCases.read(getClass(), "patterns.txt")) {
            LuaString subject = string(row[1]);
            LuaString pattern = string(row[2]);
            String[] extra = row[3].split(" ");
            String expected = row[4] + " " + (row[4].equals("ok")
                    ? String.join("\t", java.util.Arrays.copyOfRange(row, 5, row.length))
                    : TestArguments.show(row[5]));
            String actual;
            try {
                actual = "ok " + run(row[0], subject, pattern, extra);
            } catch (LibraryError e) {
                actual = "error " + ReferenceCases.show(e.getMessage().getBytes(StandardCharsets.ISO_8859_1));
            }
            cases.checkEqual(expected, actual, row[0] + " " + TestArguments.show(row[1]) + " "
                    + TestArguments.show(row[2]) + " " + row[3]);
        }
        cases.finish();
    }

    private String run(String operation, LuaString subject, LuaString pattern, String[] extra) {
        LuaPattern matcher = new LuaPattern();
        List<String> results = new ArrayList<>();
        switch (operation) {
            case "find": {
                boolean plain = extra[1].equals("true");
                if (!matcher.find(subject, pattern, integerOr(extra[0], 1), plain)) return "nil";
                results.add("i:" + (matcher.matchStart() + 1));
                results.add("i:" + matcher.matchEnd());
                for (int i = 0; i < matcher.captureCount(); i++) results.add(capture(matcher, i));
                return String.join("\t", results);
            }
            case "match": {
                if (!matcher.match(subject, pattern, integerOr(extra[0], 1))) return "nil";
                for (int i = 0; i < matcher.resultCount(); i++) results.add(capture(matcher, i));
                return String.join("\t", results);
            }
            case "gmatch": {
                LuaPatternIterator iterator = new LuaPatternIterator(subject, pattern, integerOr(extra[0], 1));
                while (results.size() < 40 && iterator.next()) {
                    LuaPattern match = iterator.matcher();
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < Math.min(4, match.resultCount()); i++) values.add(capture(match, i));
                    results.add(String.join(" ", values));
                }
                return String.join("|", results);
            }
            case "gsub": {
                long max = integerOr(extra[1], subject.length() + 1L);
                LuaString result;
                if (extra[0].startsWith("s")) {
                    result = matcher.gsub(subject, pattern, string(extra[0].substring(1)), max);
                } else {
                    result = matcher.gsub(subject, pattern, callback(extra[0]), max);
                }
                return encode(result) + "\ti:" + matcher.replacementCount();
            }
            default:
                throw new IllegalStateException(operation);
        }
    }

    /** The generator's gsub callbacks, in Java. */
    private static LuaPattern.Replacement callback(String name) {
        switch (name) {
            case "fn:upper":
                return match -> asciiUpper(captureText(match, 0));
            case "fn:count":
                return match -> LuaString.of(Integer.toString(match.resultCount()));
            case "fn:false":
                return match -> null;
            case "fn:alternate": {
                int[] calls = {0};
                return match -> ++calls[0] % 2 == 0 ? null : bytes("<" + captureText(match, 0) + ">");
            }
            case "fn:table":
                return match -> {
                    throw LuaPattern.invalidReplacement("table");
                };
            case "fn:join":
                return match -> {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < match.resultCount(); i++) parts.add(captureText(match, i));
                    return LuaString.wrap(String.join(",", parts).getBytes(StandardCharsets.ISO_8859_1));
                };
            case "tbl":
                return match -> {
                    if (match.isPositionCapture(0)) {
                        long key = match.capturePosition(0);
                        return key == 1 ? LuaString.of("int one") : key == 2 ? LuaString.of("int two") : null;
                    }
                    switch (match.captureString(0).toString()) {
                        case "a": return LuaString.of("A");
                        case "b": return null;
                        case "c": return LuaString.of("42");
                        case "d": throw LuaPattern.invalidReplacement("table");
                        case "1": return LuaString.of("one");
                        case "()": return LuaString.of("parens");
                        case "x": return LuaString.of("1.5");
                        default: return null;
                    }
                };
            default:
                throw new IllegalStateException(name);
        }
    }

    @Test
    void deepPatternsDoNotOverflowTheJavaStack() {
        LuaPattern matcher = new LuaPattern();
        LuaString subject = LuaString.of("a".repeat(100000));
        assertTrue(matcher.match(subject, LuaString.of("a*$"), 1));
        assertFalse(matcher.match(subject, LuaString.of("a-b"), 99000));
        PatternError error = assertThrows(PatternError.class,
                () -> matcher.match(subject, LuaString.of("a?".repeat(5000)), 1));
        assertEquals("pattern too complex", error.getMessage());
        assertEquals(0, error.argument());
    }

    @Test
    void unchangedSubjectIsReturnedAsIs() {
        LuaPattern matcher = new LuaPattern();
        LuaString subject = LuaString.of("hello");
        assertTrue(subject == matcher.gsub(subject, LuaString.of("x"), LuaString.of("y"), 10));
        assertEquals(0, matcher.replacementCount());
        assertTrue(subject == matcher.gsub(subject, LuaString.of("l"), match -> null, 10));
        assertEquals(2, matcher.replacementCount());
    }
}
