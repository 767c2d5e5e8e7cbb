package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LuaNumbersTest {
    private static String text(LuaString s) {
        return new String(s.bytes(), StandardCharsets.ISO_8859_1);
    }

    /** Encodes a parse result as the generator script does. */
    private static String encode(byte tag, long payload) {
        if (tag == Tag.NIL) return "nil";
        if (tag == Tag.INTEGER) return "i:" + payload;
        return "f:" + payload;
    }

    @Test
    void tostringMatchesReference() {
        ReferenceCases cases = new ReferenceCases();
        for (String[] row : ReferenceCases.read(getClass(), "tostring.txt")) {
            long payload = Long.parseLong(row[0].substring(2));
            String actual = row[0].startsWith("i:")
                    ? text(LuaNumbers.toLuaString(payload))
                    : text(LuaNumbers.toLuaString(Double.longBitsToDouble(payload)));
            cases.checkEqual(row[1], actual, row[0]);
        }
        cases.finish();
    }

    @Test
    void writesAtAnOffset() {
        byte[] buffer = new byte[40];
        buffer[2] = 'x';
        int end = LuaNumbers.writeFloat(-1.5e-7, buffer, 3);
        assertEquals("x-1.5e-07", new String(buffer, 2, end - 2, StandardCharsets.ISO_8859_1));
        end = LuaNumbers.writeInteger(Long.MIN_VALUE, buffer, 1);
        assertEquals("-9223372036854775808", new String(buffer, 1, end - 1, StandardCharsets.ISO_8859_1));
    }

    @Test
    void tonumberMatchesReference() {
        ReferenceCases cases = new ReferenceCases();
        long[] payload = new long[3];
        for (String[] row : ReferenceCases.read(getClass(), "tonumber.txt")) {
            byte[] input = ReferenceCases.unhex(row[0]);
            byte tag = LuaNumbers.parse(LuaString.wrap(input), payload, 1);
            cases.checkEqual(row[1], encode(tag, payload[1]), ReferenceCases.show(input));
        }
        cases.finish();
    }

    @Test
    void digitsAfterMinIntegerMakeAFloat() {
        // lua5.4: tonumber("-92233720368547758080") is -9.2233720368548e+19 (a float); it once
        // wrapped to the integer 0, as 2^63 * 10 is 0 modulo 2^64 (found by differential testing).
        long[] payload = new long[1];
        assertEquals(Tag.FLOAT, LuaNumbers.parse(LuaString.of("-92233720368547758080"), payload, 0));
        assertEquals(-92233720368547758080.0, Double.longBitsToDouble(payload[0]));
        assertEquals(Tag.FLOAT, LuaNumbers.parse(LuaString.of("-92233720368547758089007199254740993"), payload, 0));
        assertEquals(Tag.INTEGER, LuaNumbers.parse(LuaString.of("-9223372036854775808"), payload, 0));
        assertEquals(Long.MIN_VALUE, payload[0]);
    }

    @Test
    void tonumberWithBaseMatchesReference() {
        ReferenceCases cases = new ReferenceCases();
        long[] payload = new long[1];
        for (String[] row : ReferenceCases.read(getClass(), "tonumber-base.txt")) {
            byte[] input = ReferenceCases.unhex(row[0]);
            int base = Integer.parseInt(row[1]);
            byte tag = LuaNumbers.parseInteger(LuaString.wrap(input), base, payload, 0);
            cases.checkEqual(row[2], encode(tag, payload[0]), ReferenceCases.show(input) + " base " + base);
        }
        cases.finish();
    }

    @Test
    void parsingInsideALargerArray() {
        long[] payload = new long[1];
        byte[] text = "xx 0x10 yy".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Tag.INTEGER, LuaNumbers.parse(text, 2, 8, payload, 0));
        assertEquals(16, payload[0]);
        assertEquals(Tag.INTEGER, LuaNumbers.parse(text, 5, 7, payload, 0));
        assertEquals(10, payload[0]);
        assertEquals(Tag.NIL, LuaNumbers.parse(text, 0, 8, payload, 0));
        assertEquals(10, payload[0], "a failed parse leaves the slot alone");
    }

    /** tostring then tonumber gives back a float within %.14g's precision, and any %.17g round-trips. */
    @Test
    void roundTripsRandomDoubles() {
        Random random = new Random(7);
        long[] payload = new long[1];
        for (int i = 0; i < 20000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) continue;
            String exact = String.format("%.17e", value);
            byte tag = LuaNumbers.parse(LuaString.of(exact), payload, 0);
            assertEquals(Tag.FLOAT, tag, exact);
            assertEquals(Double.doubleToRawLongBits(value), payload[0], exact);
            String hex = Double.toHexString(value);
            tag = LuaNumbers.parse(LuaString.of(hex), payload, 0);
            assertEquals(Double.doubleToRawLongBits(value), payload[0], hex);
        }
    }
}
