package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Weak tables really drop entries whose weak key or value the JVM collected, keep strings,
 * numbers and booleans, and give weak keys ephemeron semantics when the key is a LuaTable.
 * Garbage is always created in helper methods so that no local of the test keeps it alive.
 */
class WeakTableTest {
    /** Runs the collector until {@code done} holds (a few rounds at most). */
    private static void collectUntil(BooleanSupplier done) {
        for (int round = 0; round < 30 && !done.getAsBoolean(); round++) {
            System.gc();
            try {
                Thread.sleep(round < 5 ? 5 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertTrue(done.getAsBoolean(), "the collector did not clear the weak entries");
    }

    /** Every entry, by a full traversal, boxed. */
    private static Map<Object, Object> contents(LuaTable table) {
        Map<Object, Object> entries = new HashMap<>();
        int position = table.nextPosition(Tag.NIL, 0, null);
        while (position >= 0) {
            byte keyTag = table.keyTagAt(position);
            long keyBits = table.keyBitsAt(position);
            Object keyRef = table.keyRefAt(position);
            entries.put(BoxedValues.box(keyTag, keyBits, keyRef),
                    BoxedValues.box(table.valueTagAt(position), table.valueBitsAt(position), table.valueRefAt(position)));
            position = table.nextPosition(keyTag, keyBits, keyRef);
        }
        return entries;
    }

    private static LuaTable weak(boolean keys, boolean values) {
        LuaTable table = new LuaTable();
        table.setWeakMode(keys, values);
        assertTrue(table.isWeak());
        return table;
    }

    private static void fillWithGarbageValues(LuaTable table, int count) {
        for (long i = 1; i <= count; i++) {
            table.setBoxed(i, new LuaTable());
            table.setBoxed("garbage" + i, new LuaTable());
        }
    }

    @Test
    void weakValuesAreDroppedButStringsNumbersAndLiveValuesStay() {
        LuaTable table = weak(false, true);
        LuaTable live = new LuaTable();
        fillWithGarbageValues(table, 100);
        table.setBoxed("live", live);
        table.setBoxed("string", "never collected");
        table.setBoxed("number", 42L);
        table.setBoxed(1000L, true);
        assertEquals(204, contents(table).size());
        collectUntil(() -> contents(table).size() == 4);
        Map<Object, Object> entries = contents(table);
        assertSame(live, entries.get(LuaString.of("live")));
        assertEquals(LuaString.of("never collected"), entries.get(LuaString.of("string")));
        assertEquals(42L, entries.get(LuaString.of("number")));
        assertEquals(Boolean.TRUE, table.getBoxed(1000L));
        assertNull(table.getBoxed(1L));
        assertEquals(0, table.length());
    }

    private static void fillWithGarbageKeys(LuaTable table, int count) {
        for (long i = 1; i <= count; i++) {
            table.setBoxed(new LuaTable(), i);
            table.setBoxed(new Object(), LuaString.of("value" + i));
        }
    }

    @Test
    void weakKeysAreDroppedButStringAndLiveKeysStay() {
        LuaTable table = weak(true, false);
        LuaTable live = new LuaTable();
        fillWithGarbageKeys(table, 100);
        table.setBoxed(live, 1L);
        table.setBoxed("string key", 2L);
        table.setBoxed(3L, 3L);
        collectUntil(() -> contents(table).size() == 3);
        assertEquals(1L, table.getBoxed(live));
        assertEquals(2L, table.getBoxed("string key"));
        assertEquals(3L, table.getBoxed(3L));
    }

    private static void fillBoth(LuaTable table, LuaTable liveKey, LuaTable liveValue) {
        table.setBoxed(liveKey, new LuaTable());
        table.setBoxed(new LuaTable(), liveValue);
        table.setBoxed(liveKey.hashCode() + 0.5, liveValue);
        table.setBoxed("kept", "kept");
    }

    @Test
    void weakKeysAndValuesDropAnEntryWhenEitherIsCollected() {
        LuaTable table = weak(true, true);
        LuaTable liveKey = new LuaTable();
        LuaTable liveValue = new LuaTable();
        fillBoth(table, liveKey, liveValue);
        collectUntil(() -> contents(table).size() == 2);
        assertNull(table.getBoxed(liveKey));
        assertEquals(LuaString.of("kept"), table.getBoxed("kept"));
        assertSame(liveValue, table.getBoxed(liveKey.hashCode() + 0.5));
    }

    private static void fillWithSelfReferences(LuaTable table, int count) {
        for (int i = 0; i < count; i++) {
            LuaTable key = new LuaTable();
            LuaTable value = new LuaTable();
            value.setBoxed(1L, key); // the value refers back to its own key
            table.setBoxed(key, value);
        }
    }

    @Test
    void ephemeronValuesReferringToTheirKeysDoNotKeepThemAlive() {
        LuaTable table = weak(true, false);
        fillWithSelfReferences(table, 50);
        assertEquals(50, contents(table).size());
        collectUntil(() -> contents(table).isEmpty());
    }

    /** A chain: each value refers to the previous key; only the last key is held (after gc.lua's idea). */
    private static LuaTable buildChain(LuaTable table, int length) {
        LuaTable previous = null;
        for (int i = 0; i < length; i++) {
            LuaTable key = new LuaTable();
            LuaTable value = new LuaTable();
            value.setBoxed("previous", previous);
            table.setBoxed(key, value);
            previous = key;
        }
        return previous;
    }

    @Test
    void ephemeronChainsStayWhileTheirHeadLivesAndGoInOneCollection() {
        LuaTable table = weak(true, false);
        List<LuaTable> head = new ArrayList<>();
        head.add(buildChain(table, 100));
        System.gc();
        int length = 0;
        for (Object key = head.get(0); key != null; length++) {
            key = ((LuaTable) table.getBoxed(key)).getBoxed("previous");
        }
        assertEquals(100, length);
        head.clear();
        System.gc();
        collectUntil(() -> contents(table).isEmpty());
    }

    @Test
    void turningWeaknessOffKeepsEntriesAndRestoresTheFastPaths() {
        LuaTable table = weak(true, true);
        LuaTable value = new LuaTable();
        for (long i = 1; i <= 10; i++) table.setBoxed(i, value);
        table.setBoxed("name", value);
        assertEquals(-1, table.findString(LuaString.of("name")));
        assertEquals(10, table.length());
        table.setWeakMode(false, false);
        assertFalse(table.isWeak());
        assertTrue(table.findString(LuaString.of("name")) >= 0);
        assertTrue(table.arrayTags.length >= 10);
        assertEquals(10, table.length());
        assertSame(value, table.getBoxed(10L));
    }

    @Test
    void traversalOfAWeakTableSurvivesCollectionsInBetween() {
        LuaTable table = weak(false, true);
        LuaTable live = new LuaTable();
        table.setBoxed("live", live);
        fillWithGarbageValues(table, 50);
        int visited = 0;
        int position = table.nextPosition(Tag.NIL, 0, null);
        while (position >= 0) {
            System.gc();
            byte keyTag = table.keyTagAt(position);
            Object keyRef = table.keyRefAt(position);
            long keyBits = table.keyBitsAt(position);
            assertTrue(keyTag != Tag.NIL);
            assertTrue(table.valueTagAt(position) == Tag.TABLE && table.valueRefAt(position) != null);
            visited++;
            position = table.nextPosition(keyTag, keyBits, keyRef);
        }
        assertTrue(visited >= 1);
        assertSame(live, table.getBoxed("live"));
    }
}
