package org.crescent.runtime;

import java.util.Arrays;

/**
 * How a {@link LuaTable}'s two parts are sized: appends double the array part, a full hash
 * part triggers C Lua's rehash (computesizes), presizing follows the constructor's counts.
 * Stateless; it keeps LuaTable's invariants (see that class): integer keys 1..n of the array
 * part never stay live in the hash part, and the hash part always keeps an empty slot.
 */
final class TableSizing {
    private static final int MAX_ARRAY_BITS = 30;
    /** Largest array part; larger integer keys live in the hash part. */
    static final int MAX_ARRAY_SIZE = 1 << MAX_ARRAY_BITS;
    private static final int MAX_HASH_CAPACITY = 1 << 30;
    /** First size of an array part grown by appending. */
    private static final int MINIMUM_APPEND_SIZE = 4;
    /** Largest array part a constructor site presizes its next tables to (see LuaTable's growthSite). */
    static final int MAX_SITE_PRESIZE = 256;
    /** Constructor sites that can presize, for the whole JVM (site 0 never does). */
    static final int MAX_SITES = 1 << 14;
    /**
     * Per constructor site, the array size its next table gets (LuaTable.atSite). Shared by
     * every runtime of the JVM and written without synchronisation: the values are only hints.
     */
    static final int[] SITE_HINTS = new int[MAX_SITES];
    private static final java.util.concurrent.atomic.AtomicInteger SITES = new java.util.concurrent.atomic.AtomicInteger();

    static int newSite() {
        int site = SITES.incrementAndGet();
        return site < MAX_SITES ? site : 0;
    }

    private TableSizing() {}

    /** Doubles the array part for {@code t[#t+1] = v}, moving the keys it now covers out of the hash part. */
    static void growArrayForAppend(LuaTable table) {
        int oldSize = table.arrayTags.length;
        int newSize = (int) Math.min(MAX_ARRAY_SIZE, Math.max(MINIMUM_APPEND_SIZE, 2L * oldSize));
        MemoryMeter.charge((newSize - (long) oldSize) * MemoryMeter.ARRAY_SLOT_BYTES);
        table.arrayTags = Arrays.copyOf(table.arrayTags, newSize);
        table.arrayBits = Arrays.copyOf(table.arrayBits, newSize);
        table.arrayRefs = Arrays.copyOf(table.arrayRefs, newSize);
        int site = table.growthSite;
        if (site != 0 && newSize <= MAX_SITE_PRESIZE && SITE_HINTS[site] < newSize) {
            SITE_HINTS[site] = newSize;
        }
        if (table.hashUsed == 0) return;
        for (int key = oldSize + 2; key <= newSize; key++) {
            int slot = table.findInteger(key);
            if (slot >= 0 && table.valueTags[slot] != Tag.NIL) {
                table.arrayTags[key - 1] = table.valueTags[slot];
                table.arrayBits[key - 1] = table.valueBits[slot];
                table.arrayRefs[key - 1] = table.valueRefs[slot];
                table.valueTags[slot] = Tag.NIL;
                table.valueRefs[slot] = null;
            }
        }
    }

    /**
     * The hash part is full: recompute both sizes as C Lua's rehash does. The array part gets
     * the largest power of two n such that more than half of the keys 1..n are in use
     * (counting integer keys of both parts and the key being inserted, if not nil); dead keys
     * are dropped.
     */
    static void rehash(LuaTable table, byte extraTag, long extraBits) {
        int[] counts = new int[MAX_ARRAY_BITS + 1];
        int candidates = 0;
        byte[] array = table.arrayTags;
        for (int i = 0; i < array.length; i++) {
            if (array[i] != Tag.NIL) {
                counts[ceilingLog2(i + 1)]++;
                candidates++;
            }
        }
        int total = candidates;
        byte[] values = table.valueTags;
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] != Tag.NIL) {
                total++;
                if (table.keyTags[slot] == Tag.INTEGER && countArrayCandidate(table.keyBits[slot], counts)) candidates++;
            }
        }
        if (extraTag != Tag.NIL) total++;
        if (extraTag == Tag.INTEGER && countArrayCandidate(extraBits, counts)) candidates++;
        int arraySize = 0;
        int inArray = 0;
        int running = 0;
        for (int i = 0, twoToI = 1; i <= MAX_ARRAY_BITS && candidates > twoToI / 2; i++, twoToI <<= 1) {
            running += counts[i];
            if (running > twoToI / 2) {
                arraySize = twoToI;
                inArray = running;
            }
        }
        resize(table, arraySize, rehashCapacity(total - inArray));
    }

    private static boolean countArrayCandidate(long key, int[] counts) {
        if (key < 1 || key > MAX_ARRAY_SIZE) return false;
        counts[ceilingLog2((int) key)]++;
        return true;
    }

    /** Grows the array part to {@code size} slots, keeping the hash part's capacity. */
    static void resizeArray(LuaTable table, int size) {
        resize(table, size, table.keyTags.length);
        table.lengthHint = size; // as luaH_resizearray, which makes the size the new limit
    }

    private static int ceilingLog2(int value) {
        return 32 - Integer.numberOfLeadingZeros(value - 1);
    }

    private static void resize(LuaTable table, int newArraySize, int newHashCapacity) {
        // Charged before anything changes, so a refused growth leaves the table as it was.
        MemoryMeter.charge((newArraySize - (long) table.arrayTags.length) * MemoryMeter.ARRAY_SLOT_BYTES
                + (newHashCapacity - (long) table.keyTags.length) * MemoryMeter.HASH_SLOT_BYTES);
        byte[] oldArrayTags = table.arrayTags;
        long[] oldArrayBits = table.arrayBits;
        Object[] oldArrayRefs = table.arrayRefs;
        byte[] oldKeyTags = table.keyTags;
        long[] oldKeyBits = table.keyBits;
        Object[] oldKeyRefs = table.keyRefs;
        byte[] oldValueTags = table.valueTags;
        long[] oldValueBits = table.valueBits;
        Object[] oldValueRefs = table.valueRefs;
        if (newArraySize != oldArrayTags.length) {
            allocateArray(table, newArraySize);
            int kept = Math.min(newArraySize, oldArrayTags.length);
            System.arraycopy(oldArrayTags, 0, table.arrayTags, 0, kept);
            System.arraycopy(oldArrayBits, 0, table.arrayBits, 0, kept);
            System.arraycopy(oldArrayRefs, 0, table.arrayRefs, 0, kept);
        }
        allocateHash(table, newHashCapacity);
        for (int i = newArraySize; i < oldArrayTags.length; i++) {
            if (oldArrayTags[i] != Tag.NIL) {
                insertIntoFreshHash(table, Tag.INTEGER, i + 1, null, oldArrayTags[i], oldArrayBits[i], oldArrayRefs[i]);
            }
        }
        for (int slot = 0; slot < oldValueTags.length; slot++) {
            byte valueTag = oldValueTags[slot];
            if (valueTag == Tag.NIL) continue;
            byte keyTag = oldKeyTags[slot];
            long key = oldKeyBits[slot];
            if (keyTag == Tag.INTEGER && key >= 1 && key <= newArraySize) {
                int i = (int) key - 1;
                table.arrayTags[i] = valueTag;
                table.arrayBits[i] = oldValueBits[slot];
                table.arrayRefs[i] = oldValueRefs[slot];
            } else {
                insertIntoFreshHash(table, keyTag, key, oldKeyRefs[slot], valueTag, oldValueBits[slot], oldValueRefs[slot]);
            }
        }
        table.lengthHint = Math.min(table.lengthHint, newArraySize);
    }

    /** Insertion during a resize: the key is new and the capacity was computed to fit. */
    private static void insertIntoFreshHash(
            LuaTable table, byte keyTag, long hashBits, Object keyRef, byte valueTag, long bits, Object valueRef) {
        int mask = table.keyTags.length - 1;
        int slot = table.mainPosition(hashBits);
        while (table.keyTags[slot] != Tag.NIL) {
            slot = (slot + 1) & mask;
        }
        table.hashUsed++;
        table.keyTags[slot] = keyTag;
        table.keyBits[slot] = hashBits;
        table.keyRefs[slot] = keyRef;
        table.writeValue(slot, valueTag, bits, valueRef);
    }

    static void allocateArray(LuaTable table, int size) {
        table.arrayTags = new byte[size];
        table.arrayBits = new long[size];
        table.arrayRefs = new Object[size];
    }

    static void allocateHash(LuaTable table, int capacity) {
        table.hashUsed = 0;
        if (capacity == 0) {
            table.keyTags = LuaTable.NO_TAGS;
            table.keyBits = LuaTable.NO_BITS;
            table.keyRefs = LuaTable.NO_REFS;
            table.valueTags = LuaTable.NO_TAGS;
            table.valueBits = LuaTable.NO_BITS;
            table.valueRefs = LuaTable.NO_REFS;
            table.hashShift = 64;
            table.hashLimit = 0;
            return;
        }
        table.keyTags = new byte[capacity];
        table.keyBits = new long[capacity];
        table.keyRefs = new Object[capacity];
        table.valueTags = new byte[capacity];
        table.valueBits = new long[capacity];
        table.valueRefs = new Object[capacity];
        table.hashShift = (byte) (64 - Integer.numberOfTrailingZeros(capacity));
        table.hashLimit = limitFor(capacity);
    }

    /** At most three quarters full, and never full (a probe must meet an empty slot). */
    static int limitFor(int capacity) {
        return capacity <= 2 ? capacity / 2 : capacity - capacity / 4;
    }

    /** Smallest capacity holding {@code count} keys: presizing trusts the count. */
    static int presizedCapacity(int count) {
        if (count <= 6) {
            return count <= 1 ? 2 : count <= 3 ? 4 : 8; // limitFor: 1, 3, 6 (the usual constructor, without the loop)
        }
        int capacity = 2;
        while (limitFor(capacity) < count) {
            if (capacity >= MAX_HASH_CAPACITY) throw new LuaError("table overflow");
            capacity <<= 1;
        }
        return capacity;
    }

    /** Capacity at most half full after a rehash, so churn (insert, remove) rehashes rarely. */
    static int rehashCapacity(int count) {
        if (count == 0) return 0;
        int capacity = 2;
        while (capacity < 2L * count) {
            if (capacity >= MAX_HASH_CAPACITY) throw new LuaError("table overflow");
            capacity <<= 1;
        }
        return capacity;
    }
}
