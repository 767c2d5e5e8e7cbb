package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Randomised differential tests: millions of mixed operations on LuaTable checked against a
 * HashMap model (see {@link TableModelCheck}), for normal and weak tables (the model holds
 * every key and value strongly, so a weak table must behave exactly like a normal one).
 */
class LuaTableRandomTest {
    /** Keys and values the generator draws from; reference keys compare by identity. */
    private static final class Generator {
        final Random random;
        final LuaTable[] tables = new LuaTable[40];
        final Object[] objects = new Object[40];
        final List<TableModelCheck.Key> recent = new ArrayList<>();
        int denseRange = 50;
        double nilProbability = 0.15;
        byte tag;
        long bits;
        Object ref;

        Generator(long seed) {
            random = new Random(seed);
            for (int i = 0; i < tables.length; i++) {
                tables[i] = new LuaTable();
                objects[i] = new Object();
            }
        }

        /** A junk ref or bits, as a stale register would pass; the table must ignore it. */
        private void stale() {
            if (random.nextInt(4) == 0) {
                if (tag < Tag.STRING) ref = LuaString.of("stale");
                if (tag >= Tag.STRING || tag <= Tag.TRUE) bits = random.nextLong();
            }
        }

        void key(LuaTable table) {
            ref = null;
            bits = 0;
            int kind = random.nextInt(100);
            if (kind < 30) {
                integer(1 + random.nextInt(denseRange));
            } else if (kind < 38) {
                integer(table.length() + 1);
            } else if (kind < 46 && !recent.isEmpty()) {
                TableModelCheck.Key key = recent.get(random.nextInt(recent.size()));
                tag = key.tag();
                bits = key.bits();
                ref = key.ref();
                if (tag == Tag.INTEGER && random.nextBoolean()) floating(bits);
            } else if (kind < 50) {
                integer(random.nextLong());
            } else if (kind < 54) {
                integer((long) random.nextInt(64) << (10 + random.nextInt(40)));
            } else if (kind < 58) {
                integer(-random.nextInt(100));
            } else if (kind < 62) {
                floating(random.nextInt(200) / 8.0);
            } else if (kind < 66) {
                floating(1 + random.nextInt(denseRange));
            } else if (kind < 67) {
                floating(random.nextBoolean() ? -0.0 : random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            } else if (kind < 85) {
                tag = Tag.STRING;
                ref = LuaString.of("key" + random.nextInt(300));
            } else if (kind < 88) {
                tag = Tag.ofBoolean(random.nextBoolean());
            } else if (kind < 94) {
                tag = Tag.TABLE;
                ref = tables[random.nextInt(tables.length)];
            } else {
                tag = random.nextBoolean() ? Tag.USERDATA : Tag.FUNCTION;
                ref = objects[random.nextInt(objects.length)];
            }
            stale();
        }

        private void integer(long value) {
            tag = Tag.INTEGER;
            bits = value;
        }

        private void floating(double value) {
            tag = Tag.FLOAT;
            bits = Double.doubleToRawLongBits(value);
        }

        void value() {
            ref = null;
            bits = 0;
            if (random.nextDouble() < nilProbability) {
                tag = Tag.NIL;
            } else {
                switch (random.nextInt(6)) {
                    case 0: integer(random.nextLong()); break;
                    case 1: floating(random.nextDouble()); break;
                    case 2: tag = Tag.STRING; ref = LuaString.of("value" + random.nextInt(50)); break;
                    case 3: tag = Tag.ofBoolean(random.nextBoolean()); break;
                    case 4: tag = Tag.TABLE; ref = tables[random.nextInt(tables.length)]; break;
                    default: tag = Tag.USERDATA; ref = objects[random.nextInt(objects.length)]; break;
                }
            }
            stale();
        }
    }

    private static void run(long seed, int operations, boolean weak) {
        Generator generator = new Generator(seed);
        Random random = generator.random;
        TableModelCheck check = null;
        for (int operation = 0; operation < operations; operation++) {
            if (operation % 20_000 == 0) {
                LuaTable table = random.nextBoolean() ? new LuaTable()
                        : new LuaTable(random.nextInt(40), random.nextInt(40));
                if (weak) table.setWeakMode(random.nextBoolean(), true);
                check = new TableModelCheck(table);
                generator.recent.clear();
                generator.denseRange = 1 + random.nextInt(random.nextBoolean() ? 64 : 3000);
            }
            if (operation % 2_000 == 0) {
                // alternate growing and shrinking phases, so rehashes also shrink and drop dead keys
                generator.nilProbability = random.nextInt(3) == 0 ? 0.7 : 0.1;
            }
            LuaTable table = check.table;
            int choice = random.nextInt(100);
            generator.key(table);
            byte keyTag = generator.tag;
            long keyBits = generator.bits;
            Object keyRef = generator.ref;
            if (choice < 70) {
                generator.value();
                check.set(keyTag, keyBits, keyRef, generator.tag, generator.bits, generator.ref);
                if (generator.tag != Tag.NIL) {
                    TableModelCheck.Key key = TableModelCheck.normalise(keyTag, keyBits, keyRef);
                    if (generator.recent.size() < 500) {
                        generator.recent.add(key);
                    } else {
                        generator.recent.set(random.nextInt(500), key);
                    }
                }
            } else if (choice < 97) {
                check.checkGet(keyTag, keyBits, keyRef);
            } else {
                check.checkBorder();
            }
            if (operation % 5_000 == 4_999) check.checkAll();
            if (weak && operation % 7_000 == 6_999) {
                // switching modes moves every entry between the arrays and the store
                table.setWeakMode(random.nextBoolean(), random.nextBoolean());
                check.checkAll();
            }
        }
        check.checkAll();
    }

    @Test
    void mixedOperationsMatchTheModel() {
        for (long seed = 1; seed <= 30; seed++) {
            run(seed, 60_000, false);
        }
    }

    @Test
    void weakTablesHoldingLiveObjectsMatchTheModel() {
        for (long seed = 100; seed <= 105; seed++) {
            run(seed, 40_000, true);
        }
    }

    /** Setting existing fields (any of them) to nil during a traversal: each remaining key is visited once. */
    @Test
    void traversalWhileClearingFieldsVisitsEachRemainingKeyOnce() {
        for (long seed = 1; seed <= 200; seed++) {
            for (boolean weak : new boolean[] {false, true}) {
                traverseWhileClearing(seed, weak);
            }
        }
    }

    private static void traverseWhileClearing(long seed, boolean weak) {
        Generator generator = new Generator(seed);
        Random random = generator.random;
        generator.nilProbability = 0.2;
        generator.denseRange = 1 + random.nextInt(200);
        TableModelCheck check = new TableModelCheck(new LuaTable());
        int size = random.nextInt(400);
        for (int i = 0; i < size; i++) {
            generator.key(check.table);
            byte keyTag = generator.tag;
            long keyBits = generator.bits;
            Object keyRef = generator.ref;
            generator.value();
            check.set(keyTag, keyBits, keyRef, generator.tag, generator.bits, generator.ref);
        }
        if (weak) check.table.setWeakMode(true, random.nextBoolean());
        LuaTable table = check.table;
        Set<TableModelCheck.Key> expected = new HashSet<>(check.model.keySet());
        Set<TableModelCheck.Key> visited = new HashSet<>();
        int position = table.nextPosition(Tag.NIL, 0, null);
        while (position >= 0) {
            byte keyTag = table.keyTagAt(position);
            long keyBits = table.keyBitsAt(position);
            Object keyRef = table.keyRefAt(position);
            TableModelCheck.Key key = TableModelCheck.normalise(keyTag, keyBits, keyRef);
            if (!visited.add(key)) fail("visited twice: " + key);
            if (!expected.contains(key)) fail("visited a key that was removed or never set: " + key);
            int action = random.nextInt(10);
            if (action < 4) {
                check.set(keyTag, keyBits, keyRef, Tag.NIL, 0, null);
            } else if (action < 6 && !check.model.isEmpty()) {
                TableModelCheck.Key other = randomKey(check, random);
                check.set(other.tag(), other.bits(), other.ref(), Tag.NIL, 0, null);
                if (!visited.contains(other)) expected.remove(other);
            } else if (action < 8 && !check.model.isEmpty()) {
                TableModelCheck.Key other = randomKey(check, random);
                check.set(other.tag(), other.bits(), other.ref(), Tag.INTEGER, random.nextLong(), null);
            }
            position = table.nextPosition(keyTag, keyBits, keyRef);
        }
        Set<TableModelCheck.Key> missed = new HashSet<>(expected);
        missed.removeAll(visited);
        assertEquals(Set.of(), missed, "seed " + seed + (weak ? " weak" : "") + ": keys never visited");
        check.checkAll();
    }

    private static TableModelCheck.Key randomKey(TableModelCheck check, Random random) {
        int index = random.nextInt(check.model.size());
        for (TableModelCheck.Key key : check.model.keySet()) {
            if (index-- == 0) return key;
        }
        throw new AssertionError();
    }

    /** Random holes: length() is always a border. */
    @Test
    void lengthIsABorderWithRandomHoles() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            TableModelCheck check = new TableModelCheck(random.nextBoolean() ? new LuaTable()
                    : new LuaTable(random.nextInt(64), random.nextInt(8)));
            int range = 1 + random.nextInt(random.nextBoolean() ? 20 : 300);
            int steps = random.nextInt(3 * range);
            for (int i = 0; i < steps; i++) {
                long key = random.nextInt(5) == 0 ? check.table.length() + 1 : 1 + random.nextInt(range);
                boolean remove = random.nextInt(4) == 0;
                check.set(Tag.INTEGER, key, null, remove ? Tag.NIL : Tag.TRUE, 0, null);
                if (random.nextInt(3) == 0) check.checkBorder();
            }
            check.checkAll();
        }
    }
}
