package org.crescent.runtime;

/**
 * A micro-benchmark of LuaTable's get and set paths (not a test: run it by hand with
 * {@code java -cp target/classes:target/test-classes org.crescent.runtime.LuaTableBenchmark}).
 * Prints nanoseconds per operation for each workload, best of several rounds.
 */
public final class LuaTableBenchmark {
    private static final int SIZE = 1 << 20;
    private static final byte[] TAGS = new byte[16];
    private static final long[] BITS = new long[16];
    private static final Object[] REFS = new Object[16];
    private static long sink;

    private interface Workload {
        /** Runs once and returns the number of table operations done. */
        long run();
    }

    private static long appendByIndex() {
        LuaTable table = new LuaTable();
        for (long i = 1; i <= SIZE; i++) {
            table.setInteger(i, Tag.INTEGER, i, null);
        }
        sink += table.arrayTags.length;
        return SIZE;
    }

    private static long appendByLength() {
        LuaTable table = new LuaTable();
        for (int i = 0; i < SIZE; i++) {
            table.setInteger(table.length() + 1, Tag.INTEGER, i, null);
        }
        sink += table.length();
        return 2L * SIZE;
    }

    private static final LuaTable ARRAY = new LuaTable();

    private static long readArray() {
        long sum = 0;
        for (int round = 0; round < 4; round++) {
            for (long i = 1; i <= SIZE; i++) {
                ARRAY.getInteger(i, TAGS, BITS, REFS, 3);
                sum += BITS[3];
            }
        }
        sink += sum;
        return 4L * SIZE;
    }

    private static final LuaString[] FIELDS = new LuaString[8];
    private static final LuaTable OBJECT = new LuaTable();

    private static long readFields() {
        long sum = 0;
        for (int i = 0; i < SIZE; i++) {
            for (LuaString field : FIELDS) {
                OBJECT.getString(field, TAGS, BITS, REFS, 5);
                sum += BITS[5];
            }
        }
        sink += sum;
        return 8L * SIZE;
    }

    private static long writeFields() {
        for (int i = 0; i < SIZE; i++) {
            for (LuaString field : FIELDS) {
                OBJECT.setString(field, Tag.INTEGER, i, null);
            }
        }
        return 8L * SIZE;
    }

    private static long missingFields() {
        LuaString absent = LuaString.of("absent");
        long found = 0;
        for (int i = 0; i < 8 * SIZE; i++) {
            found += OBJECT.findString(absent);
        }
        sink += found;
        return 8L * SIZE;
    }

    private static long sparseKeys() {
        LuaTable table = new LuaTable();
        for (long i = 1; i <= SIZE / 4; i++) {
            table.setInteger(i * 7919, Tag.INTEGER, i, null);
        }
        long sum = 0;
        for (int round = 0; round < 4; round++) {
            for (long i = 1; i <= SIZE / 4; i++) {
                table.getInteger(i * 7919, TAGS, BITS, REFS, 1);
                sum += BITS[1];
            }
        }
        sink += sum;
        return 5L * SIZE / 4;
    }

    private static long smallObjects() {
        LuaString x = FIELDS[0];
        LuaString y = FIELDS[1];
        for (int i = 0; i < SIZE; i++) {
            LuaTable point = new LuaTable(0, 2);
            point.setString(x, Tag.INTEGER, i, null);
            point.setString(y, Tag.INTEGER, i, null);
            sink += point.keyTags.length;
        }
        return 3L * SIZE;
    }

    private static long traverse() {
        long count = 0;
        for (int round = 0; round < 4; round++) {
            LuaTable table = OBJECT;
            for (int i = 0; i < SIZE / 8; i++) {
                int position = table.nextPosition(Tag.NIL, 0, null);
                while (position >= 0) {
                    count++;
                    position = table.nextPosition(table.keyTagAt(position), table.keyBitsAt(position), table.keyRefAt(position));
                }
            }
        }
        sink += count;
        return count;
    }

    private static void measure(String name, Workload workload) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            long start = System.nanoTime();
            long operations = workload.run();
            double perOperation = (System.nanoTime() - start) / (double) operations;
            best = Math.min(best, perOperation);
        }
        System.out.printf("%-28s %6.2f ns/op%n", name, best);
    }

    public static void main(String[] arguments) {
        for (long i = 1; i <= SIZE; i++) {
            ARRAY.setInteger(i, Tag.INTEGER, i, null);
        }
        for (int i = 0; i < FIELDS.length; i++) {
            FIELDS[i] = LuaString.of("field" + i);
            OBJECT.setString(FIELDS[i], Tag.INTEGER, i, null);
        }
        measure("t[i] = i (append by index)", LuaTableBenchmark::appendByIndex);
        measure("t[#t + 1] = i", LuaTableBenchmark::appendByLength);
        measure("read t[i]", LuaTableBenchmark::readArray);
        measure("read t.field", LuaTableBenchmark::readFields);
        measure("write t.field", LuaTableBenchmark::writeFields);
        measure("find absent field", LuaTableBenchmark::missingFields);
        measure("sparse integer keys", LuaTableBenchmark::sparseKeys);
        measure("{x = i, y = i}", LuaTableBenchmark::smallObjects);
        measure("next over 8 fields", LuaTableBenchmark::traverse);
        System.out.println(sink == 42 ? "" : "done");
    }
}
