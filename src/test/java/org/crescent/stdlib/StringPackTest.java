package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.ReferenceCases;
import org.junit.jupiter.api.Test;

class StringPackTest {
    /** A value as the generator encodes it. */
    private static String encode(LuaString s) {
        byte[] bytes = s.bytes();
        boolean printable = true;
        for (byte b : bytes) {
            if (b < 32 || b > 126 || b == '\\') printable = false;
        }
        if (printable) return "s=" + new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder hex = new StringBuilder("s#");
        for (byte b : bytes) hex.append(String.format("%02x", b & 0xFF));
        return hex.toString();
    }

    private static final class Collected implements StringPack.Results {
        final List<String> values = new ArrayList<>();

        @Override
        public void pushInteger(long value) {
            values.add("i:" + value);
        }

        @Override
        public void pushFloat(double value) {
            values.add("f:" + Double.doubleToRawLongBits(value));
        }

        @Override
        public void pushString(LuaString value) {
            values.add(encode(value));
        }
    }

    @Test
    void matchesReference() {
        ReferenceCases cases = new ReferenceCases();
        for (String[] row : ReferenceCases.read(getClass(), "pack.txt")) {
            String operation = row[0];
            LuaString format = LuaString.wrap(TestArguments.text(row[1]));
            int count = Integer.parseInt(row[2]);
            String[] values = Arrays.copyOfRange(row, 3, 3 + count);
            String status = row[3 + count];
            String[] results = Arrays.copyOfRange(row, 4 + count, row.length);
            String expected = status + " " + (status.equals("ok") ? String.join("\t", results) : TestArguments.show(results[0]));
            // str_pack pushes a nil above its arguments, so a missing one reads as nil, not "no value"
            String[] stack = operation.equals("pack") ? Arrays.copyOf(values, count + 1) : values;
            if (operation.equals("pack")) stack[count] = "nil";
            TestArguments arguments = new TestArguments("string." + operation, stack);
            String actual;
            try {
                actual = "ok " + run(operation, format, arguments, values);
            } catch (LibraryError e) {
                actual = "error " + ReferenceCases.show(arguments.message(e).getBytes(StandardCharsets.ISO_8859_1));
            } catch (TestArguments.ArgumentFailure e) {
                actual = "error " + ReferenceCases.show(e.getMessage().getBytes(StandardCharsets.ISO_8859_1));
            }
            cases.checkEqual(expected, actual, operation + " " + TestArguments.show(row[1]) + " " + String.join(" ", values));
        }
        cases.finish();
    }

    private static String run(String operation, LuaString format, TestArguments arguments, String[] values) {
        switch (operation) {
            case "pack":
                return encode(StringPack.pack(format, arguments));
            case "packsize":
                return "i:" + StringPack.packSize(format);
            case "unpack": {
                LuaString data = arguments.checkString(2);
                long init = values[1].equals("nil") ? 1 : Long.parseLong(values[1].substring(2));
                Collected collected = new Collected();
                long next = StringPack.unpack(format, data, init, collected);
                collected.values.add("i:" + next);
                return String.join("\t", collected.values);
            }
            default:
                throw new IllegalStateException(operation);
        }
    }

    /** Packing then unpacking random integers and floats with every integral size gives them back. */
    @Test
    void roundTrips() {
        Random random = new Random(3);
        for (int i = 0; i < 5000; i++) {
            int size = 1 + random.nextInt(16);
            String endian = random.nextBoolean() ? "<" : ">";
            long value = random.nextLong() >> random.nextInt(64);
            if (size < 8) value >>= 64 - 8 * size;  // fit the signed range
            double number = Double.longBitsToDouble(random.nextLong());
            LuaString format = LuaString.of(endian + "i" + size + " d");
            TestArguments arguments = new TestArguments("string.pack",
                    new String[] {"i:" + value, "f:" + Double.doubleToRawLongBits(number)});
            LuaString packed = StringPack.pack(format, arguments);
            assertEquals(size + 8, packed.length());
            Collected collected = new Collected();
            assertEquals(size + 9, StringPack.unpack(format, packed, 1, collected));
            assertEquals(List.of("i:" + value, "f:" + Double.doubleToRawLongBits(number)), collected.values);
        }
    }
}
