package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * What collectgarbage relies on besides the JVM's weak references: weak keys reached from a
 * resurrected object come back (WeakMarking), dead entries do not keep their keys, and big
 * strings report the unused tails of G1 regions (LargeStrings). Garbage is made in helper
 * methods so that no local of a test keeps it alive.
 */
class WeakMarkingTest {
    private static void collectUntil(BooleanSupplier done) {
        for (int round = 0; round < 40 && !done.getAsBoolean(); round++) {
            System.gc();
            System.runFinalization();
            try {
                Thread.sleep(round < 5 ? 5 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertTrue(done.getAsBoolean(), "the collector did not get there");
    }

    /** Resurrects its object when the JVM finds it unreachable, as interpreter.Finalizers' sentinel does. */
    private static final class Resurrector {
        private final Object target;
        private final AtomicReference<Object> into;

        Resurrector(Object target, AtomicReference<Object> into) {
            this.target = target;
            this.into = into;
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            into.set(target);
        }
    }

    private static int liveEntries(LuaTable table) {
        int count = 0;
        for (int position = table.nextPosition(Tag.NIL, 0, null); position >= 0; ) {
            count++;
            position = table.nextPosition(table.keyTagAt(position), table.keyBitsAt(position), table.keyRefAt(position));
        }
        return count;
    }

    /** owner.x = key; weakKeys[key] = 1; ephemerons[key] = {}; owner is reachable only through its resurrector. */
    private static void makeOwnerOfKey(LuaTable weakKeys, LuaTable ephemerons, AtomicReference<Object> resurrected) {
        LuaTable key = new LuaTable();
        LuaTable owner = new LuaTable();
        owner.setBoxed("x", key);
        weakKeys.setBoxed(key, 1L);
        LuaTable value = new LuaTable();
        value.setBoxed("payload", "kept");
        ephemerons.setBoxed(key, value);
        owner.gcSentinel = new Resurrector(owner, resurrected);
    }

    /** Marks from {@code root} as the interpreter does (tables only here), then revives. */
    private static int markAndRevive(LuaTable root) {
        WeakMarking marking = new WeakMarking();
        marking.mark(root);
        for (Object object; (object = marking.next()) != null; ) {
            if (object instanceof LuaTable) marking.visit((LuaTable) object);
        }
        return marking.reviveKeys();
    }

    @Test
    void weakKeysReachedFromAResurrectedObjectAreRevived() {
        LuaTable weakKeys = new LuaTable();
        weakKeys.setWeakMode(true, false);
        LuaTable ephemerons = new LuaTable();
        ephemerons.setWeakMode(true, false);
        AtomicReference<Object> resurrected = new AtomicReference<>();
        makeOwnerOfKey(weakKeys, ephemerons, resurrected);
        assertEquals(1, liveEntries(weakKeys));
        // The JVM clears weak references to what only the resurrected object reaches.
        collectUntil(() -> resurrected.get() != null);
        assertEquals(0, liveEntries(weakKeys));
        assertEquals(0, liveEntries(ephemerons));

        LuaTable owner = (LuaTable) resurrected.get();
        assertEquals(2, markAndRevive(owner));

        Object key = owner.getBoxed("x");
        assertEquals(1L, weakKeys.getBoxed(key));
        LuaTable value = (LuaTable) ephemerons.getBoxed(key);
        assertNotNull(value);
        assertEquals(LuaString.of("kept"), value.getBoxed("payload"));
        assertEquals(1, liveEntries(weakKeys));

        // Once the owner dies for good, so do the revived entries.
        resurrected.set(null);
        owner = null;
        key = null;
        value = null;
        collectUntil(() -> liveEntries(weakKeys) == 0 && liveEntries(ephemerons) == 0);
    }

    @Test
    void keysNotReachedFromTheResurrectedObjectStayCleared() {
        LuaTable weakKeys = new LuaTable();
        weakKeys.setWeakMode(true, false);
        AtomicReference<Object> resurrected = new AtomicReference<>();
        makeOwnerOfKey(weakKeys, new LuaTable(), resurrected);
        collectUntil(() -> resurrected.get() != null);
        assertEquals(0, markAndRevive(new LuaTable()));
        assertEquals(0, liveEntries(weakKeys));
    }

    private static WeakReference<LuaString> storeAndEraseStringKey(LuaTable table) {
        LuaString key = LuaString.of("a dead key " + System.nanoTime());
        table.setBoxed(key, new LuaTable());
        table.setBoxed(key, null);
        return new WeakReference<>(key);
    }

    @Test
    void deadEntriesDoNotKeepTheirStringKeys() {
        LuaTable table = new LuaTable();
        table.setWeakMode(false, true);
        WeakReference<LuaString> key = storeAndEraseStringKey(table);
        collectUntil(() -> key.get() == null);
        table.sweepWeakEntries();
        assertEquals(0, liveEntries(table));
        table.setBoxed("fresh", 1L);
        assertEquals(1L, table.getBoxed("fresh"));
    }

    @Test
    void aTraversalContinuesFromAKeyErasedAndSweptOnTheWay() {
        LuaTable table = new LuaTable();
        table.setWeakMode(false, true);
        List<LuaTable> values = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            LuaTable value = new LuaTable();
            values.add(value);
            table.setBoxed("key" + i, value);
        }
        int visited = 0;
        for (int position = table.nextPosition(Tag.NIL, 0, null); position >= 0; ) {
            Object keyRef = table.keyRefAt(position);
            long keyBits = table.keyBitsAt(position);
            table.set(Tag.STRING, keyBits, keyRef, Tag.NIL, 0, null);
            System.gc();
            table.sweepWeakEntries();
            visited++;
            position = table.nextPosition(Tag.STRING, keyBits, keyRef);
        }
        assertEquals(50, visited);
        assertEquals(0, liveEntries(table));
        assertEquals(50, values.size());
    }

    @Test
    void bigStringsReportTheRestOfTheirLastRegion() {
        long megabyte = 1 << 20;
        assertEquals(4 * megabyte - 16 - 3 * megabyte, LargeStrings.regionTail(3 << 20, 4 * megabyte));
        assertEquals(8 * megabyte - 16 - 4 * megabyte, LargeStrings.regionTail(4 << 20, 4 * megabyte)); // two regions
        assertEquals(0, LargeStrings.regionTail(3 << 20, 8 * megabyte)); // under half a region: not humongous
        assertEquals(984, LargeStrings.regionTail((int) megabyte - 1000, megabyte)); // header 16, size rounded to 8
        LuaString big = LuaString.wrap(new byte[3 << 20]);
        assertTrue(LargeStrings.regionTails(4 * megabyte) >= LargeStrings.regionTail(3 << 20, 4 * megabyte));
        assertEquals(0, LargeStrings.regionTails(0));
        assertEquals(3 << 20, big.length());
    }
}
