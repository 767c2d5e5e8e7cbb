package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Deterministic LuaTable cases: placement in the array part, presizing, keys, errors, `#`. */
class LuaTableTest {
    private static final LuaString NAME = LuaString.of("name");

    private static long floatBits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    /** A table as C Lua's constructor builds it: presized, positional items stored 1..n. */
    private static LuaTable construct(Object... items) {
        LuaTable table = new LuaTable(items.length, 0);
        for (int i = 0; i < items.length; i++) {
            table.setBoxed((long) (i + 1), items[i]);
        }
        return table;
    }

    @Test
    void appendsInOrderGrowTheArrayPartByDoubling() {
        LuaTable table = new LuaTable();
        int previousSize = 0;
        for (long i = 1; i <= 1000; i++) {
            table.setInteger(i, Tag.INTEGER, i * 10, null);
            int size = table.arrayTags.length;
            assertTrue(size >= i, "key " + i + " is in the array part");
            if (size != previousSize) {
                assertTrue(previousSize == 0 || size == 2 * previousSize, "doubles: " + previousSize + " -> " + size);
                previousSize = size;
            }
        }
        assertEquals(1024, table.arrayTags.length);
        assertEquals(0, table.keyTags.length, "nothing went to the hash part");
        assertEquals(1000, table.length());
        assertEquals(5000L, table.getBoxed(500L));
    }

    @Test
    void appendsThroughLengthLandInTheArrayPartEvenWithOtherKeys() {
        LuaTable table = new LuaTable();
        for (int i = 0; i < 20; i++) {
            table.setString(LuaString.of("field" + i), Tag.TRUE, 0, null);
        }
        for (int i = 0; i < 3000; i++) {
            table.setInteger(table.length() + 1, Tag.INTEGER, i, null);
        }
        assertEquals(3000, table.length());
        assertTrue(table.arrayTags.length >= 3000);
        for (int slot = 0; slot < table.keyTags.length; slot++) {
            assertTrue(table.keyTags[slot] != Tag.INTEGER || table.valueTags[slot] == Tag.NIL);
        }
        assertEquals(Boolean.TRUE, table.getBoxed(LuaString.of("field7")));
    }

    @Test
    void appendingMovesFollowingKeysOutOfTheHashPart() {
        LuaTable table = new LuaTable();
        table.setBoxed(3L, "three");
        table.setBoxed(2L, "two");
        table.setBoxed(1L, "one");
        table.setBoxed(4L, "four");
        table.setBoxed(5L, "five");
        assertEquals(5, table.length());
        TableModelCheck check = new TableModelCheck(table);
        check.checkInvariants();
        assertEquals(LuaString.of("two"), table.getBoxed(2L));
    }

    @Test
    void presizedConstructionAllocatesOnce() {
        LuaTable table = new LuaTable(100, 6);
        byte[] array = table.arrayTags;
        byte[] keys = table.keyTags;
        assertEquals(100, array.length);
        for (long i = 1; i <= 100; i++) {
            table.setInteger(i, Tag.INTEGER, i, null);
        }
        for (int i = 0; i < 6; i++) {
            table.setString(LuaString.of("k" + i), Tag.INTEGER, i, null);
        }
        assertSame(array, table.arrayTags);
        assertSame(keys, table.keyTags);
        assertEquals(100, table.length());
    }

    @Test
    void sparseIntegerKeysStayInTheHashPart() {
        LuaTable table = new LuaTable();
        for (long i = 1; i <= 200; i++) {
            table.setInteger(i * 1000, Tag.INTEGER, i, null);
        }
        assertEquals(0, table.arrayTags.length);
        assertEquals(0, table.length());
        assertEquals(7L, table.getBoxed(7000L));
    }

    @Test
    void rehashMovesDenseKeysIntoTheArrayPart() {
        LuaTable table = new LuaTable();
        for (long i = 64; i >= 1; i--) {
            table.setInteger(i, Tag.INTEGER, i, null);
        }
        assertEquals(64, table.length());
        for (int i = 0; i < 100; i++) {
            table.setString(LuaString.of("s" + i), Tag.TRUE, 0, null);
        }
        assertEquals(64, table.arrayTags.length, "C Lua's computesizes puts 1..64 in the array part");
        new TableModelCheck(table).checkInvariants();
    }

    @Test
    void lengthMatchesCLuaForConstructorsAndSequences() {
        // expected values from lua5.4
        assertEquals(5, construct(1L, 2L, 3L, null, 5L).length());
        assertEquals(3, construct(1L, 2L, 3L, null).length());
        assertEquals(3, construct(null, null, 3L).length());
        assertEquals(0, construct().length());
        LuaTable table = construct(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        table.setBoxed(8L, null);
        table.setBoxed(7L, null);
        assertEquals(6, table.length());
        LuaTable appended = new LuaTable();
        for (int i = 1; i <= 100; i++) {
            appended.setInteger(appended.length() + 1, Tag.INTEGER, i, null);
        }
        for (int i = 1; i <= 40; i++) {
            appended.setInteger(appended.length(), Tag.NIL, 0, null);
        }
        assertEquals(60, appended.length());
        LuaTable withField = new LuaTable(3, 1);
        withField.setString(LuaString.of("n"), Tag.INTEGER, 1, null);
        for (long i = 1; i <= 3; i++) withField.setInteger(i, Tag.INTEGER, i, null);
        assertEquals(3, withField.length());
    }

    @Test
    void lengthContinuesIntoTheHashPart() {
        LuaTable table = new LuaTable();
        table.setInteger(1, Tag.TRUE, 0, null);
        table.setInteger(2, Tag.TRUE, 0, null);
        table.setInteger(4, Tag.TRUE, 0, null);
        table.setInteger(5, Tag.TRUE, 0, null);
        table.setInteger(3, Tag.TRUE, 0, null);
        assertEquals(5, table.length());
        LuaTable huge = new LuaTable();
        huge.setInteger(Long.MAX_VALUE, Tag.TRUE, 0, null);
        assertEquals(0, huge.length());
    }

    @Test
    void floatKeysWithIntegerValuesAreIntegerKeys() {
        LuaTable table = new LuaTable();
        table.set(Tag.FLOAT, floatBits(3.0), null, Tag.INTEGER, 30, null);
        assertEquals(30L, table.getBoxed(3L));
        table.set(Tag.FLOAT, floatBits(-0.0), null, Tag.INTEGER, 1, null);
        assertEquals(1L, table.getBoxed(0L));
        assertEquals(1L, table.getBoxed(0.0));
        table.setBoxed(2.5, "half");
        assertEquals(LuaString.of("half"), table.getBoxed(2.5));
        assertNull(table.getBoxed(2L));
        int position = table.nextPosition(Tag.NIL, 0, null);
        int integers = 0;
        while (position >= 0) {
            if (table.keyTagAt(position) == Tag.INTEGER) integers++;
            position = table.nextPosition(table.keyTagAt(position), table.keyBitsAt(position), table.keyRefAt(position));
        }
        assertEquals(2, integers);
        assertEquals(table.findInteger(0), table.find(Tag.FLOAT, floatBits(0.0), null));
        assertEquals(-1, table.find(Tag.FLOAT, floatBits(Double.NaN), null));
        assertEquals(-1, table.find(Tag.NIL, 0, null));
    }

    @Test
    void stringKeysCompareByContent() {
        LuaTable table = new LuaTable();
        table.setString(LuaString.of("name"), Tag.INTEGER, 1, null);
        int slot = table.findString(NAME);
        assertTrue(slot >= 0);
        assertEquals(1, table.valueBits[slot]);
        assertEquals(slot, table.find(Tag.STRING, 0, NAME));
        assertEquals(-1, table.findString(LuaString.of("other")));
    }

    @Test
    void booleanAndReferenceKeys() {
        LuaTable table = new LuaTable();
        LuaTable key = new LuaTable();
        table.setBoxed(true, 1L);
        table.setBoxed(false, 2L);
        table.setBoxed(key, 3L);
        assertEquals(1L, table.getBoxed(true));
        assertEquals(2L, table.getBoxed(false));
        assertEquals(3L, table.getBoxed(key));
        assertNull(table.getBoxed(new LuaTable()));
    }

    @Test
    void badKeysRaiseLuaErrors() {
        LuaTable table = new LuaTable();
        assertEquals("table index is nil",
                assertThrows(LuaError.class, () -> table.set(Tag.NIL, 0, null, Tag.TRUE, 0, null)).getMessage());
        assertEquals("table index is nil",
                assertThrows(LuaError.class, () -> table.set(Tag.NIL, 0, null, Tag.NIL, 0, null)).getMessage());
        assertEquals("table index is NaN",
                assertThrows(LuaError.class, () -> table.setBoxed(Double.NaN, 1L)).getMessage());
        assertNull(table.getBoxed(null));
        assertNull(table.getBoxed(Double.NaN));
    }

    @Test
    void nextRejectsUnknownKeys() {
        LuaTable table = construct(10L);
        table.setBoxed("x", 1L);
        assertEquals("invalid key to 'next'",
                assertThrows(LuaError.class, () -> table.nextPosition(Tag.INTEGER, 2, null)).getMessage());
        assertEquals("invalid key to 'next'", assertThrows(LuaError.class,
                () -> table.nextPosition(Tag.STRING, 0, LuaString.of("y"))).getMessage());
        assertEquals("invalid key to 'next'", assertThrows(LuaError.class,
                () -> new LuaTable().nextPosition(Tag.STRING, 0, LuaString.of("x"))).getMessage());
        assertEquals(-1, new LuaTable().nextPosition(Tag.NIL, 0, null));
    }

    @Test
    void nextContinuesFromAKeySetToNil() {
        LuaTable table = new LuaTable();
        table.setBoxed("a", 1L);
        table.setBoxed("b", 2L);
        table.setBoxed("c", 3L);
        int first = table.nextPosition(Tag.NIL, 0, null);
        Object firstKey = table.keyRefAt(first);
        table.setBoxed(firstKey, null);
        int second = table.nextPosition(Tag.STRING, 0, firstKey);
        assertTrue(second >= 0);
    }

    @Test
    void everyRawSetClearsTheMetamethodCache() {
        LuaTable table = new LuaTable();
        table.absentMetamethods = 0x3F;
        table.setString(LuaString.of("__index"), Tag.TRUE, 0, null);
        assertEquals(0, table.absentMetamethods);
        table.absentMetamethods = 0x3F;
        table.setInteger(1, Tag.TRUE, 0, null);
        assertEquals(0, table.absentMetamethods);
        table.absentMetamethods = 0x3F;
        table.setInteger(100, Tag.TRUE, 0, null);
        assertEquals(0, table.absentMetamethods);
        table.absentMetamethods = 0x3F;
        table.set(Tag.TRUE, 0, null, Tag.TRUE, 0, null);
        assertEquals(0, table.absentMetamethods);
        table.absentMetamethods = 0x3F;
        table.setString(LuaString.of("__index"), Tag.NIL, 0, null);
        assertEquals(0, table.absentMetamethods);
        table.absentMetamethods = 0x3F;
        table.setBoxed("__len", 1L);
        assertEquals(0, table.absentMetamethods);
    }

    @Test
    void getsDoNotStoreReferencesOfNumbers() {
        LuaTable table = new LuaTable();
        table.setInteger(1, Tag.INTEGER, 5, LuaString.of("stale"));
        assertNull(table.arrayRefs[0]);
        byte[] tags = new byte[1];
        long[] bits = new long[1];
        Object[] refs = {NAME};
        table.getInteger(1, tags, bits, refs, 0);
        assertEquals(Tag.INTEGER, tags[0]);
        assertEquals(5, bits[0]);
        table.setString(NAME, Tag.TABLE, 0, table);
        table.getString(NAME, tags, bits, refs, 0);
        assertSame(table, refs[0]);
    }

    @Test
    void churnDoesNotGrowTheHashPart() {
        LuaTable table = new LuaTable();
        for (long i = 0; i < 100_000; i++) {
            table.setInteger(-i, Tag.TRUE, 0, null);
            if (i >= 10) table.setInteger(-(i - 10), Tag.NIL, 0, null);
        }
        assertTrue(table.keyTags.length <= 64, "capacity " + table.keyTags.length);
    }
}
