package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.ReferenceCases;
import org.junit.jupiter.api.Test;

class StringFormatTest {
    private final StringFormat engine = new StringFormat();

    @Test
    void matchesReference() {
        ReferenceCases cases = new ReferenceCases();
        for (String[] row : ReferenceCases.read(getClass(), "format.txt")) {
            int count = Integer.parseInt(row[1]);
            String[] values = Arrays.copyOfRange(row, 2, 2 + count);
            TestArguments arguments = new TestArguments("string.format", values);
            LuaString format = LuaString.wrap(TestArguments.text(row[0]));
            String expected = row[2 + count] + " " + ReferenceCases.show(TestArguments.text(row[3 + count]));
            String actual;
            try {
                actual = "ok " + ReferenceCases.show(engine.format(format, arguments).bytes());
            } catch (LibraryError e) {
                actual = "error " + ReferenceCases.show(arguments.message(e).getBytes(StandardCharsets.ISO_8859_1));
            } catch (TestArguments.ArgumentFailure e) {
                actual = "error " + ReferenceCases.show(e.getMessage().getBytes(StandardCharsets.ISO_8859_1));
            }
            cases.checkEqual(expected, actual, TestArguments.show(row[0]) + " " + String.join(" ", values));
        }
        cases.finish();
    }

    /** %a, %.17g and %q of any finite double read back (tonumber, or Lua's lexer for %q) as that double. */
    @Test
    void formattedFloatsReadBack() {
        java.util.Random random = new java.util.Random(5);
        long[] payload = new long[1];
        for (int i = 0; i < 20000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) continue;
            String[] argument = {"f:" + Double.doubleToRawLongBits(value)};
            for (String format : new String[] {"%a", "%.17g", "%q", "%.13A", "%.16e"}) {
                LuaString text = engine.format(LuaString.of(format), new TestArguments("format", argument));
                byte tag = LuaNumbers.parse(text, payload, 0);
                double parsed = tag == org.crescent.runtime.Tag.INTEGER ? (double) payload[0] : Double.longBitsToDouble(payload[0]);
                assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(parsed), format + " " + text);
            }
        }
    }

    /** A __tostring that formats again, reached through %s, does not disturb the outer call. */
    @Test
    void reentrantFormattingIsSafe() {
        TestArguments inner = new TestArguments("format", new String[] {"i:255", "i:1"});
        TestArguments outer = new TestArguments("format", new String[] {"i:1", "table", "f:4607182418800017408"}) {
            @Override
            public LuaString toLuaString(int argument) {
                return engine.format(LuaString.of("<%#10x|%-3d>"), inner);
            }
        };
        LuaString result = engine.format(LuaString.of("%05d %20.15s %.3f"), outer);
        assertEquals("00001      <      0xff|1   1.000", result.toString());  // from lua5.4
    }

    /** %.14g through the format engine agrees with tostring's dedicated code. */
    @Test
    void percentFourteenGAgreesWithTostring() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (i % 2 == 0) value = random.nextInt(1 << 20) / Math.pow(10, random.nextInt(12));
            TestArguments arguments = new TestArguments("format", new String[] {"f:" + Double.doubleToRawLongBits(value)});
            String formatted = engine.format(LuaString.of("%.14g"), arguments).toString();
            String tostring = LuaNumbers.toLuaString(value).toString();
            if (formatted.matches("-?[0-9]+")) formatted += ".0";
            assertEquals(tostring, formatted, Double.toString(value));
        }
    }
}
