package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;

/**
 * Test support: a LuaTable beside a java.util.HashMap model of the same contents, with the
 * checks that compare them. Keys in the model are normalised (integral floats are integers,
 * non-number keys have bits 0); record equality compares strings by content and other
 * references by identity, as Lua does.
 */
final class TableModelCheck {
    record Key(byte tag, long bits, Object ref) {}

    record Value(byte tag, long bits, Object ref) {}

    final LuaTable table;
    final Map<Key, Value> model = new HashMap<>();
    private final byte[] tags = new byte[4];
    private final long[] bits = new long[4];
    private final Object[] refs = new Object[4];

    TableModelCheck(LuaTable table) {
        this.table = table;
    }

    static boolean isIntegral(double number) {
        return !Double.isNaN(number) && !Double.isInfinite(number) && number == Math.floor(number)
                && number >= -0x1p63 && number < 0x1p63;
    }

    static Key normalise(byte tag, long bits, Object ref) {
        if (tag == Tag.FLOAT) {
            double number = Double.longBitsToDouble(bits);
            if (isIntegral(number)) return new Key(Tag.INTEGER, (long) number, null);
            return new Key(Tag.FLOAT, bits, null);
        }
        if (tag == Tag.INTEGER) return new Key(tag, bits, null);
        return new Key(tag, 0, tag >= Tag.STRING ? ref : null);
    }

    void set(byte keyTag, long keyBits, Object keyRef, byte valueTag, long valueBits, Object valueRef) {
        table.set(keyTag, keyBits, keyRef, valueTag, valueBits, valueRef);
        Key key = normalise(keyTag, keyBits, keyRef);
        if (valueTag == Tag.NIL) {
            model.remove(key);
        } else {
            model.put(key, new Value(valueTag, valueBits, valueTag >= Tag.STRING ? valueRef : null));
        }
    }

    /** Reads key through the table's generic get and compares with the model. */
    void checkGet(byte keyTag, long keyBits, Object keyRef) {
        Key key = normalise(keyTag, keyBits, keyRef);
        refs[1] = "stale";
        table.get(keyTag, keyBits, keyRef, tags, bits, refs, 1);
        checkValue(key, model.get(key), tags[1], bits[1], refs[1]);
        if (key.tag() == Tag.INTEGER) {
            table.getInteger(key.bits(), tags, bits, refs, 2);
            checkValue(key, model.get(key), tags[2], bits[2], refs[2]);
        } else if (key.tag() == Tag.STRING) {
            table.getString((LuaString) key.ref(), tags, bits, refs, 3);
            checkValue(key, model.get(key), tags[3], bits[3], refs[3]);
        }
    }

    private static void checkValue(Key key, Value expected, byte tag, long bits, Object ref) {
        if (expected == null) {
            assertEquals(Tag.NIL, tag, () -> "expected nil under " + key);
            return;
        }
        assertEquals(expected.tag(), tag, () -> "tag under " + key);
        if (Tag.isNumber(tag)) assertEquals(expected.bits(), bits, () -> "bits under " + key);
        if (tag >= Tag.STRING) assertTrue(expected.ref() == ref, () -> "ref under " + key);
    }

    /** Full comparison: a traversal visits each model entry exactly once, and every key reads back. */
    void checkAll() {
        Map<Key, Value> seen = new HashMap<>();
        int position = table.nextPosition(Tag.NIL, 0, null);
        while (position >= 0) {
            byte keyTag = table.keyTagAt(position);
            long keyBits = table.keyBitsAt(position);
            Object keyRef = table.keyRefAt(position);
            Key key = normalise(keyTag, keyBits, keyRef);
            byte valueTag = table.valueTagAt(position);
            Value value = new Value(valueTag, table.valueBitsAt(position), table.valueRefAt(position));
            if (seen.put(key, value) != null) fail("key visited twice: " + key);
            position = table.nextPosition(keyTag, keyBits, keyRef);
        }
        assertEquals(model.size(), seen.size(), "entry count");
        for (Map.Entry<Key, Value> entry : model.entrySet()) {
            Value actual = seen.get(entry.getKey());
            if (actual == null) fail("traversal missed " + entry.getKey());
            checkValue(entry.getKey(), entry.getValue(), actual.tag(), actual.bits(), actual.ref());
            Key key = entry.getKey();
            checkGet(key.tag(), key.bits(), key.ref());
        }
        checkInvariants();
        checkBorder();
    }

    /** Structural invariants of the public arrays. */
    void checkInvariants() {
        LuaTable t = table;
        if (t.isWeak()) {
            assertEquals(0, t.arrayTags.length);
            assertEquals(0, t.keyTags.length);
            return;
        }
        int capacity = t.keyTags.length;
        assertTrue(capacity == 0 || Integer.bitCount(capacity) == 1, "hash capacity is a power of two");
        int empty = 0;
        for (int slot = 0; slot < capacity; slot++) {
            byte keyTag = t.keyTags[slot];
            if (keyTag == Tag.NIL) {
                empty++;
                assertEquals(Tag.NIL, t.valueTags[slot]);
                continue;
            }
            if (keyTag < Tag.STRING) assertNull(t.keyRefs[slot], "key ref of a non-reference key");
            if (t.valueTags[slot] < Tag.STRING) assertNull(t.valueRefs[slot], "value ref of a non-reference value");
            if (t.valueTags[slot] != Tag.NIL && keyTag == Tag.INTEGER) {
                long key = t.keyBits[slot];
                assertTrue(key < 1 || key > t.arrayTags.length, "live integer key " + key + " in the hash part overlaps the array part");
            }
        }
        assertTrue(capacity == 0 || empty > 0, "hash part keeps an empty slot");
        assertEquals(capacity - empty, t.hashUsed, "hashUsed counts the slots holding a key");
        assertTrue(t.hashUsed <= t.hashLimit || capacity == 0, "within the fill limit");
        assertTrue(t.lengthHint >= 0 && t.lengthHint <= t.arrayTags.length, "length hint in range");
        for (int i = 0; i < t.arrayTags.length; i++) {
            if (t.arrayTags[i] < Tag.STRING) assertNull(t.arrayRefs[i], "array ref of a non-reference value");
        }
    }

    /** length() returns a border: n == 0 or t[n] non-nil, and t[n+1] nil. */
    void checkBorder() {
        long n = table.length();
        assertTrue(n >= 0, "length is not negative");
        if (n > 0) assertTrue(model.containsKey(new Key(Tag.INTEGER, n, null)), () -> "t[" + n + "] is nil");
        if (n < Long.MAX_VALUE) {
            assertTrue(!model.containsKey(new Key(Tag.INTEGER, n + 1, null)), () -> "t[" + (n + 1) + "] is not nil");
        }
    }
}
