package org.crescent.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * The entries of a weak table (__mode "k", "v" or "kv"), kept apart from {@link LuaTable}'s
 * public arrays so that the interpreter's fast paths miss and call the table's methods, which
 * come here. Keys arrive normalised, with the same hash bits as the table's hash part.
 *
 * <p>What is weak: only collectable values (tables, functions, userdata, threads, tag TABLE
 * and above) are held through {@link WeakReference}s; strings, numbers and booleans are
 * values, held strongly and never removed, as in Lua. An entry disappears once the JVM's
 * collector clears its weak key or weak value.
 *
 * <p>Ephemerons: with weak keys and strong values, a value stored under a key that is an
 * {@link EphemeronHolder} (every LuaTable is) lives on the key itself, so it is reachable
 * only through the key: a value referring to its own key does not keep the entry alive, as
 * with Lua's ephemeron tables. Keys of other classes hold their value in the entry, so a
 * value that refers back to such a key keeps both alive as long as the table lives (the
 * JVM has no general ephemerons). If a weak table dies before its key, the key still holds
 * the value until the key dies.
 *
 * <p>Invariants: {@code slots} is empty or a power of two long with at least one null slot
 * (linear probing ends there); an entry whose value reads as nil (set to nil, or its weak
 * key or value cleared) is dead but keeps its slot until the next rehash, so that {@code next}
 * can continue from its key; only insertions of new keys rehash.
 */
final class WeakTableStore {
    /** Receives entries when a store is emptied (same arguments as {@link #set}). */
    interface EntryConsumer {
        void accept(byte keyTag, long hashBits, Object keyRef, byte valueTag, long valueBits, Object valueRef);
    }

    /** One key and its value; as a WeakReference, its referent is the key when the key is weak. */
    static final class Entry extends WeakReference<Object> {
        final byte keyTag;
        final long keyBits;
        /** A key held strongly (the table's keys are not weak) while the entry lives. */
        Object strongKey;
        /**
         * Lua's dead key: once its value is nil, a strong key is held only weakly, so that a
         * collection reclaims it as Lua's does, while {@code next} can still continue from it.
         */
        WeakReference<Object> deadKey;
        /**
         * The key is weak and an {@link EphemeronHolder}: the entry is registered on it (with
         * its value when that is stored there), so that a key resurrected with an object
         * awaiting __gc can be found again after the JVM cleared this reference.
         */
        final boolean keyHolder;
        /** The store this entry belongs to, for reviving it; null unless {@code keyHolder}. */
        final WeakReference<WeakTableStore> store;
        /** A sweep already found this holder entry's key cleared. */
        boolean clearedAtSweep;
        byte valueTag;
        long valueBits;
        Object strongValue;
        ValueReference weakValue;
        /** The value is stored on the key ({@link EphemeronHolder}). */
        boolean valueOnKey;

        Entry(byte keyTag, long keyBits, Object key, boolean weakKey, WeakTableStore owner) {
            super(weakKey ? key : null, weakKey ? owner.collected : null);
            this.keyTag = keyTag;
            this.keyBits = keyBits;
            this.strongKey = weakKey ? null : key;
            this.keyHolder = weakKey && key instanceof EphemeronHolder;
            this.store = keyHolder ? owner.self() : null;
        }

        /** The key, null when it is a number, a boolean, or collected. */
        Object key() {
            if (strongKey != null) return strongKey;
            if (deadKey != null) return deadKey.get();
            return get();
        }
    }

    static final class ValueReference extends WeakReference<Object> {
        final Entry entry;

        ValueReference(Object value, Entry entry, ReferenceQueue<Object> queue) {
            super(value, queue);
            this.entry = entry;
        }
    }

    private static final Entry[] NO_ENTRIES = new Entry[0];
    /** Fills the slot of a dead entry whose key was collected, keeping probe sequences intact. */
    private static final Entry TOMBSTONE = new Entry(Tag.NIL, 0, null, false, null);

    final boolean weakKeys;
    final boolean weakValues;
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    /** How entries reach this store without keeping it alive; made on first need. */
    private WeakReference<WeakTableStore> self;
    private Entry[] slots = NO_ENTRIES;
    private int used;
    private int limit;
    private int shift = 64;

    /** The entry last returned by nextPosition, read strongly so that it stays readable by the accessors. */
    private int pinnedPosition = -1;
    private byte pinnedKeyTag;
    private long pinnedKeyBits;
    private Object pinnedKeyRef;
    private byte pinnedValueTag;
    private long pinnedValueBits;
    private Object pinnedValueRef;

    WeakTableStore(boolean weakKeys, boolean weakValues) {
        this.weakKeys = weakKeys;
        this.weakValues = weakValues;
    }

    WeakReference<WeakTableStore> self() {
        if (self == null) self = new WeakReference<>(this);
        return self;
    }

    boolean hasMode(boolean keys, boolean values) {
        return weakKeys == keys && weakValues == values;
    }

    private static boolean collectable(byte tag) {
        return tag >= Tag.TABLE;
    }

    private int find(byte keyTag, long hashBits, Object keyRef) {
        Entry[] table = slots;
        if (table.length == 0) return -1;
        int mask = table.length - 1;
        int slot = (int) ((hashBits * LuaTable.HASH_MULTIPLIER) >>> shift);
        for (Entry entry; (entry = table[slot]) != null; slot = (slot + 1) & mask) {
            if (entry.keyTag == keyTag && entry.keyBits == hashBits) {
                if (keyTag < Tag.STRING) return slot;
                Object key = entry.key();
                if (key == keyRef || (keyTag == Tag.STRING && keyRef.equals(key))) return slot;
            }
        }
        return -1;
    }

    /** The value's reference, or null if it was collected (or is not a reference). */
    private static Object valueRef(Entry entry, Object key) {
        if (entry.weakValue != null) return entry.weakValue.get();
        if (entry.valueOnKey) return key == null ? null : lookupOnKey((EphemeronHolder) key, entry);
        return entry.strongValue;
    }

    void get(byte keyTag, long hashBits, Object keyRef, byte[] tags, long[] bits, Object[] refs, int destination) {
        expunge();
        int slot = find(keyTag, hashBits, keyRef);
        if (slot < 0) {
            tags[destination] = Tag.NIL;
            return;
        }
        Entry entry = slots[slot];
        byte tag = entry.valueTag;
        Object value = valueRef(entry, entry.key());
        if (collectable(tag) && value == null) tag = Tag.NIL;
        tags[destination] = tag;
        bits[destination] = entry.valueBits;
        if (tag >= Tag.STRING) refs[destination] = value;
    }

    boolean hasInteger(long key) {
        int slot = find(Tag.INTEGER, key, null);
        if (slot < 0) return false;
        Entry entry = slots[slot];
        return entry.valueTag != Tag.NIL && (!collectable(entry.valueTag) || valueRef(entry, entry.key()) != null);
    }

    void set(byte keyTag, long hashBits, Object keyRef, byte valueTag, long valueBits, Object valueRef) {
        expunge();
        unpin();
        int slot = find(keyTag, hashBits, keyRef);
        if (slot >= 0) {
            assign(slots[slot], keyRef, valueTag, valueBits, valueRef);
        } else if (valueTag != Tag.NIL) {
            Entry entry = new Entry(keyTag, hashBits, keyRef, weakKeys && collectable(keyTag), this);
            insert(entry, hashBits);
            assign(entry, keyRef, valueTag, valueBits, valueRef);
        }
    }

    private void assign(Entry entry, Object keyRef, byte valueTag, long valueBits, Object valueRef) {
        release(entry);
        entry.valueTag = valueTag;
        entry.valueBits = valueBits;
        if (valueTag == Tag.NIL) {
            weakenKey(entry);
            return;
        }
        if (entry.deadKey != null) {
            entry.strongKey = keyRef;
            entry.deadKey = null;
        }
        Object onKey = null;
        if (!collectable(valueTag)) {
            entry.strongValue = valueTag == Tag.STRING ? valueRef : null;
        } else if (weakValues) {
            entry.weakValue = new ValueReference(valueRef, entry, collected);
        } else if (entry.keyHolder) {
            onKey = valueRef;
            entry.valueOnKey = true;
        } else {
            entry.strongValue = valueRef;
        }
        if (entry.keyHolder) {
            attachToKey((EphemeronHolder) keyRef, entry, onKey);
            if (!holderKeysUsed) holderKeysUsed = true;
        }
    }

    /**
     * Some weak-keyed entry was registered on its key: only then can an object awaiting __gc
     * have weak keys to revive (see {@link WeakMarking}).
     */
    static volatile boolean holderKeysUsed;

    /** A dead entry's strong key stops keeping the key alive (see {@link Entry#deadKey}). */
    private static void weakenKey(Entry entry) {
        if (entry.strongKey != null) {
            entry.deadKey = new WeakReference<>(entry.strongKey);
            entry.strongKey = null;
        }
    }

    /**
     * Forgets the entry's value wherever it is held. An entry whose weak key the JVM cleared
     * is left as it is: its key may still be resurrected, and then the entry revived.
     */
    private static void release(Entry entry) {
        if (entry == TOMBSTONE) return;
        if (entry.keyHolder) {
            Object key = entry.get();
            if (key == null) return;
            detachFromKey((EphemeronHolder) key, entry);
        }
        entry.valueOnKey = false;
        entry.weakValue = null;
        entry.strongValue = null;
    }

    private static boolean isLive(Entry entry) {
        if (entry.valueTag == Tag.NIL) return false;
        Object key = entry.key();
        if (collectable(entry.keyTag) && key == null) return false;
        return !collectable(entry.valueTag) || valueRef(entry, key) != null;
    }

    /** Places a new entry, reusing a dead slot on its probe path; rehashes when full. */
    private void insert(Entry entry, long hashBits) {
        Entry[] table = slots;
        if (table.length > 0) {
            int mask = table.length - 1;
            int slot = (int) ((hashBits * LuaTable.HASH_MULTIPLIER) >>> shift);
            int dead = -1;
            for (Entry other; (other = table[slot]) != null; slot = (slot + 1) & mask) {
                if (dead < 0 && !isLive(other)) dead = slot;
            }
            if (dead >= 0) {
                release(table[dead]);
                table[dead] = entry;
                return;
            }
            if (used < limit) {
                table[slot] = entry;
                used++;
                return;
            }
        }
        rehash(entry);
    }

    /** Rebuilds the slots with the live entries and the new one, dropping the dead ones. */
    private void rehash(Entry newEntry) {
        Entry[] old = slots;
        int live = 1;
        for (Entry entry : old) {
            if (entry != null && isLive(entry)) live++;
        }
        int capacity = TableSizing.rehashCapacity(live);
        slots = new Entry[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        limit = TableSizing.limitFor(capacity);
        used = 0;
        for (Entry entry : old) {
            if (entry == null) continue;
            if (isLive(entry)) {
                place(entry);
            } else {
                release(entry);
            }
        }
        place(newEntry);
    }

    private void place(Entry entry) {
        int mask = slots.length - 1;
        int slot = (int) ((entry.keyBits * LuaTable.HASH_MULTIPLIER) >>> shift);
        while (slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
        used++;
    }

    /** Marks dead the entries whose weak key or weak value the collector cleared, dropping their values. */
    private void expunge() {
        for (Reference<?> reference; (reference = collected.poll()) != null; ) {
            if (reference instanceof Entry) {
                Entry entry = (Entry) reference;
                if (entry.keyHolder) continue; // dead by its cleared key; kept for a revival
                entry.valueTag = Tag.NIL;
                entry.valueOnKey = false;
                entry.weakValue = null;
                entry.strongValue = null;
            } else {
                Entry entry = ((ValueReference) reference).entry;
                if (entry.weakValue == reference) {
                    release(entry);
                    entry.valueTag = Tag.NIL;
                    weakenKey(entry);
                }
            }
        }
    }

    /**
     * Marks dead every entry whose weak key or value is cleared, without waiting for the JVM to
     * enqueue the references (it does so on another thread, some time after the collection),
     * and lets go of the entry pinned by the last traversal step.
     */
    void sweep() {
        expunge();
        // a traversal's caller has read its entry long ago; the pin must not keep it alive
        unpin();
        Entry[] table = slots;
        for (int slot = 0; slot < table.length; slot++) {
            Entry entry = table[slot];
            if (entry == null || entry == TOMBSTONE) continue;
            if (entry.valueTag != Tag.NIL) {
                if (entry.weakValue != null && entry.weakValue.get() == null) {
                    release(entry);
                    entry.valueTag = Tag.NIL;
                    weakenKey(entry);
                } else if (weakKeys && !entry.keyHolder && collectable(entry.keyTag) && entry.get() == null) {
                    entry.valueTag = Tag.NIL;
                    entry.weakValue = null;
                    entry.strongValue = null;
                }
            }
            if ((entry.valueTag == Tag.NIL || entry.keyHolder) && unnameable(entry)) {
                release(entry);
                table[slot] = TOMBSTONE;
            }
        }
    }

    /**
     * A dead entry whose key is gone: no one can look it up or continue a traversal from it,
     * so its slot can hold {@link #TOMBSTONE} instead. An entry whose holder key was cleared
     * stays until the next sweep, so that a revival can bring it back first (see WeakMarking).
     */
    private static boolean unnameable(Entry entry) {
        if (entry.keyTag < Tag.STRING || entry.key() != null) return false;
        if (!entry.keyHolder) return true;
        // a collection runs every pending finalizer, reviving keys, before the next sweep
        boolean seenBefore = entry.clearedAtSweep;
        entry.clearedAtSweep = true;
        return seenBefore;
    }

    // ---- traversal ----

    int nextPosition(byte keyTag, long keyBits, Object keyRef) {
        expunge();
        int slot;
        if (keyTag == Tag.NIL) {
            slot = 0;
        } else {
            long hashBits = keyTag == Tag.INTEGER || keyTag == Tag.FLOAT ? keyBits
                    : keyTag <= Tag.TRUE ? keyTag
                    : keyTag == Tag.STRING ? keyRef.hashCode() : System.identityHashCode(keyRef);
            int found = find(keyTag, hashBits, keyTag >= Tag.STRING ? keyRef : null);
            if (found < 0) throw new LuaError("invalid key to 'next'");
            slot = found + 1;
        }
        Entry[] table = slots;
        for (; slot < table.length; slot++) {
            Entry entry = table[slot];
            if (entry == null || entry.valueTag == Tag.NIL) continue;
            Object key = entry.key();
            if (collectable(entry.keyTag) && key == null) continue;
            Object value = valueRef(entry, key);
            if (collectable(entry.valueTag) && value == null) continue;
            pinnedPosition = slot;
            pinnedKeyTag = entry.keyTag;
            pinnedKeyBits = entry.keyBits;
            pinnedKeyRef = key;
            pinnedValueTag = entry.valueTag;
            pinnedValueBits = entry.valueBits;
            pinnedValueRef = value;
            return slot;
        }
        unpin();
        return -1;
    }

    private void unpin() {
        pinnedPosition = -1;
        pinnedKeyRef = null;
        pinnedValueRef = null;
    }

    private void checkPinned(int position) {
        if (position != pinnedPosition) {
            throw new IllegalStateException("weak table position " + position + " was not just returned by nextPosition");
        }
    }

    byte keyTagAt(int position) {
        checkPinned(position);
        return pinnedKeyTag;
    }

    long keyBitsAt(int position) {
        checkPinned(position);
        return pinnedKeyBits;
    }

    Object keyRefAt(int position) {
        checkPinned(position);
        return pinnedKeyRef;
    }

    byte valueTagAt(int position) {
        checkPinned(position);
        return pinnedValueTag;
    }

    long valueBitsAt(int position) {
        checkPinned(position);
        return pinnedValueBits;
    }

    Object valueRefAt(int position) {
        checkPinned(position);
        return pinnedValueRef;
    }

    /** Hands every live entry to {@code consumer} (strongly held meanwhile) and empties the store. */
    void drain(EntryConsumer consumer) {
        expunge();
        unpin();
        Entry[] table = slots;
        slots = NO_ENTRIES;
        used = 0;
        limit = 0;
        for (Entry entry : table) {
            if (entry == null) continue;
            Object key = entry.key();
            Object value = valueRef(entry, key);
            boolean live = isLive(entry);
            byte valueTag = entry.valueTag;
            long valueBits = entry.valueBits;
            release(entry);
            if (live) consumer.accept(entry.keyTag, entry.keyBits, key, valueTag, valueBits, value);
        }
    }

    // ---- Lua's marking of objects awaiting __gc (see WeakMarking) ----

    /**
     * Marks the keys of a table whose keys are not weak. The strong values of a weak-keyed
     * table are ephemerons: those stored on their keys are marked with the key (WeakMarking);
     * those of other keys (functions, userdata, threads) are left out: the marking does not go
     * on from them, so it may revive fewer keys than Lua keeps, never more.
     */
    void forEachStrongReference(WeakMarking marking) {
        if (weakKeys) return;
        for (Entry entry : slots) {
            if (entry == null || entry.valueTag == Tag.NIL) continue;
            if (collectable(entry.keyTag)) marking.mark(entry.strongKey);
        }
    }

    /**
     * Puts back an entry whose weak key the JVM cleared but Lua would have kept (the key was
     * reached from an object awaiting __gc); {@code valueOnKey} is the value it kept on the key.
     */
    static boolean revive(WeakTableStore store, Entry entry, Object key, Object valueOnKey) {
        byte valueTag = entry.valueTag;
        if (valueTag == Tag.NIL) return false;
        Object value;
        if (entry.valueOnKey) {
            value = valueOnKey;
        } else if (entry.weakValue != null) {
            value = entry.weakValue.get();
        } else {
            value = entry.strongValue;
        }
        if (collectable(valueTag) && value == null) return false;
        entry.valueTag = Tag.NIL;
        entry.valueOnKey = false;
        entry.weakValue = null;
        entry.strongValue = null;
        store.set(entry.keyTag, entry.keyBits, key, valueTag, entry.valueBits, value);
        return true;
    }

    // ---- values stored on their keys: an Object[] of (entry, value) pairs, null pairs free ----

    private static Object lookupOnKey(EphemeronHolder key, Entry entry) {
        Object[] pairs = (Object[]) key.ephemeronValues();
        if (pairs != null) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i] == entry) return pairs[i + 1];
            }
        }
        return null;
    }

    private static void attachToKey(EphemeronHolder key, Entry entry, Object value) {
        Object[] pairs = (Object[]) key.ephemeronValues();
        if (pairs == null) {
            key.setEphemeronValues(new Object[] {entry, value});
            return;
        }
        int free = -1;
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] == entry) {
                pairs[i + 1] = value;
                return;
            }
            if (free < 0 && pairs[i] == null) free = i;
        }
        if (free < 0) {
            free = pairs.length;
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
            key.setEphemeronValues(pairs);
        }
        pairs[free] = entry;
        pairs[free + 1] = value;
    }

    private static void detachFromKey(EphemeronHolder key, Entry entry) {
        Object[] pairs = (Object[]) key.ephemeronValues();
        if (pairs == null) return;
        boolean empty = true;
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] == entry) {
                pairs[i] = null;
                pairs[i + 1] = null;
            } else if (pairs[i] != null) {
                empty = false;
            }
        }
        if (empty) key.setEphemeronValues(null);
    }
}
