package org.crescent.runtime;

/**
 * A Lua table: an array part for integer keys 1..n and an open-addressing hash part, both
 * stored as parallel tag / bits / ref arrays so that numbers are never boxed (DESIGN.md).
 *
 * <p>Invariants:
 * <ul>
 * <li>A non-nil value under an integer key k with 1 <= k <= arrayTags.length lives in the
 *     array part at index k-1, never in the hash part (the hash part may still hold k as a
 *     dead key, so callers check the array part first).
 * <li>The hash part has capacity 0 or a power of two, with linear probing from the key's
 *     main position; a slot with key tag NIL is empty and ends every probe, a slot with a key
 *     and a NIL value is a dead key, kept (as C Lua does) so that {@code next} can continue
 *     from a key set to nil during a traversal. {@code hashUsed <= hashLimit < capacity},
 *     so a probe always meets an empty slot.
 * <li>keyBits holds, per key tag: the value for integers, the raw IEEE bits for floats, the
 *     hash for strings, the identity hash for other references, the tag for booleans. Float
 *     keys with an integral value are stored as integers; NaN and nil are never keys.
 * <li>A ref column holds null unless its tag is STRING or above.
 * <li>A weak table (see {@link #setWeakMode}) keeps all its entries in a {@link WeakTableStore}:
 *     its public arrays are then empty, so direct readers miss and call the methods, which
 *     consult the store; {@code find*} return -1 for a weak table.
 * </ul>
 */
public final class LuaTable implements EphemeronHolder {
    static final byte[] NO_TAGS = new byte[0];
    static final long[] NO_BITS = new long[0];
    static final Object[] NO_REFS = new Object[0];
    /** 2^64 divided by the golden ratio: multiplying spreads sequential and strided keys. */
    static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

    public byte[] arrayTags = NO_TAGS;
    public long[] arrayBits = NO_BITS;
    public Object[] arrayRefs = NO_REFS;
    public byte[] keyTags = NO_TAGS;
    public long[] keyBits = NO_BITS;
    public Object[] keyRefs = NO_REFS;
    public byte[] valueTags = NO_TAGS;
    public long[] valueBits = NO_BITS;
    public Object[] valueRefs = NO_REFS;
    public LuaTable metatable;
    /** Set while the table is marked for finalization (__gc); see interpreter.Finalizers. */
    public Object gcSentinel;
    /**
     * Bit e set = this table, used as a metatable, is known NOT to have metamethod event e
     * (C Lua's TMS order: __index=0, __newindex=1, __gc=2, __mode=3, __len=4, __eq=5).
     * Readers set bits; every raw set through this class clears them all.
     */
    public byte absentMetamethods;

    /** Slots of the hash part holding a key, live or dead. */
    int hashUsed;
    /** Most keys the hash part takes before a rehash. */
    int hashLimit;
    /** 64 - log2(hash capacity): main positions are the top bits of the mixed hash (a byte: keeps the object at 88 bytes). */
    byte hashShift = 64;
    /** A recent border in [0, arrayTags.length], as C Lua's alimit: makes `#t` O(1) for appends. */
    int lengthHint;
    /** Package-private for {@link WeakMarking}. */
    WeakTableStore weakStore;
    private Object ephemeronValues;
    /**
     * The constructor site a table made empty by compiled code ({@code {}}) came from, 0 for
     * other tables: appends that grow its array part record the size at that site (see
     * {@link #atSite}). An int, not a reference: a reference store into every new table costs
     * a garbage-collector barrier (an empty constructor was 40% slower with one).
     */
    int growthSite;

    public LuaTable() {
        MemoryMeter.charge(MemoryMeter.TABLE_BYTES);
    }

    /** Presized: room for {@code arraySize} keys 1..arraySize and {@code hashSize} other keys. */
    public LuaTable(int arraySize, int hashSize) {
        MemoryMeter.charge(MemoryMeter.TABLE_BYTES + Math.max(arraySize, 0) * MemoryMeter.ARRAY_SLOT_BYTES
                + Math.max(hashSize, 0) * MemoryMeter.HASH_SLOT_BYTES);
        if (arraySize > 0) {
            TableSizing.allocateArray(this, Math.min(arraySize, TableSizing.MAX_ARRAY_SIZE));
            lengthHint = arrayTags.length; // as C Lua: `#{nil, nil, 3}` is 3
        }
        if (hashSize > 0) {
            TableSizing.allocateHash(this, TableSizing.presizedCapacity(hashSize));
        }
    }

    /**
     * A number for one constructor site of compiled code, for {@link #atSite}; 0 (a site that
     * never presizes) once {@link TableSizing#MAX_SITES} are taken.
     */
    public static int newConstructorSite() {
        return TableSizing.newSite();
    }

    /**
     * An empty table made by constructor site {@code site} (compiled code's {@code {}}): its
     * array part is presized to what appends grew the previous tables of that site to
     * ({@link TableSizing#growArrayForAppend} records it, up to a small cap), so a list built
     * by appends pays neither the successive growths nor their copies. The border stays 0 and
     * nothing is stored, so the table reads as empty exactly as an unsized one. Each table made
     * halves the hint: a presized table that never grows says nothing, so one large table does
     * not make every later small one large (a site of same-sized lists alternates between the
     * full size and half of it, growing once from the half).
     */
    public static LuaTable atSite(int site) {
        LuaTable table = new LuaTable();
        int arraySize = TableSizing.SITE_HINTS[site];
        if (arraySize > 0) {
            TableSizing.SITE_HINTS[site] = arraySize >> 1;
            MemoryMeter.charge(arraySize * MemoryMeter.ARRAY_SLOT_BYTES);
            TableSizing.allocateArray(table, arraySize);
        }
        table.growthSite = site;
        return table;
    }

    // ---- lookups in the hash part ----

    /** The hash slot holding {@code key} (its value may be nil), or -1. */
    public int findString(LuaString key) {
        if (hashUsed == 0) return -1;
        int hash = key.hashCode();
        byte[] tags = keyTags;
        long[] bits = keyBits;
        Object[] refs = keyRefs;
        int mask = tags.length - 1;
        int slot = (int) ((hash * HASH_MULTIPLIER) >>> hashShift);
        for (;;) {
            Object candidate = refs[slot];
            if (candidate == key) return slot;
            byte tag = tags[slot];
            if (tag == Tag.STRING && bits[slot] == hash && key.equals(candidate)) return slot;
            if (tag == Tag.NIL) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /** The hash slot holding integer {@code key} (its value may be nil), or -1; the array part is not searched. */
    public int findInteger(long key) {
        if (hashUsed == 0) return -1;
        byte[] tags = keyTags;
        long[] bits = keyBits;
        int mask = tags.length - 1;
        int slot = (int) ((key * HASH_MULTIPLIER) >>> hashShift);
        for (;;) {
            byte tag = tags[slot];
            if (tag == Tag.INTEGER && bits[slot] == key) return slot;
            if (tag == Tag.NIL) return -1;
            slot = (slot + 1) & mask;
        }
    }

    /** The hash slot holding any key, or -1 (always for nil and NaN); integral floats are looked up as integers. */
    public int find(byte tag, long bits, Object ref) {
        switch (tag) {
            case Tag.NIL:
                return -1;
            case Tag.INTEGER:
                return findInteger(bits);
            case Tag.STRING:
                return findString((LuaString) ref);
            case Tag.FLOAT: {
                double number = Double.longBitsToDouble(bits);
                if (fitsInteger(number)) return findInteger((long) number);
                return number != number ? -1 : findHashed(Tag.FLOAT, bits, null);
            }
            case Tag.FALSE:
            case Tag.TRUE:
                return findHashed(tag, tag, null);
            default:
                return findHashed(tag, System.identityHashCode(ref), ref);
        }
    }

    /** Probe for a non-string key by tag, hash bits and identity. */
    private int findHashed(byte tag, long hashBits, Object ref) {
        if (hashUsed == 0) return -1;
        byte[] tags = keyTags;
        long[] bits = keyBits;
        Object[] refs = keyRefs;
        int mask = tags.length - 1;
        int slot = mainPosition(hashBits);
        for (;;) {
            byte candidate = tags[slot];
            if (candidate == tag && bits[slot] == hashBits && refs[slot] == ref) return slot;
            if (candidate == Tag.NIL) return -1;
            slot = (slot + 1) & mask;
        }
    }

    int mainPosition(long hashBits) {
        return (int) ((hashBits * HASH_MULTIPLIER) >>> hashShift);
    }

    // ---- raw gets ----

    public void get(byte keyTag, long keyBits, Object keyRef, byte[] tags, long[] bits, Object[] refs, int destination) {
        switch (keyTag) {
            case Tag.INTEGER:
                getInteger(keyBits, tags, bits, refs, destination);
                return;
            case Tag.STRING:
                getString((LuaString) keyRef, tags, bits, refs, destination);
                return;
            case Tag.NIL:
                tags[destination] = Tag.NIL;
                return;
            case Tag.FLOAT: {
                double number = Double.longBitsToDouble(keyBits);
                if (fitsInteger(number)) {
                    getInteger((long) number, tags, bits, refs, destination);
                    return;
                }
                if (number != number) {
                    tags[destination] = Tag.NIL;
                    return;
                }
                keyRef = null;
                break;
            }
            case Tag.FALSE:
            case Tag.TRUE:
                keyBits = keyTag;
                keyRef = null;
                break;
            default:
                keyBits = System.identityHashCode(keyRef);
        }
        if (weakStore != null) {
            weakStore.get(keyTag, keyBits, keyRef, tags, bits, refs, destination);
            return;
        }
        copyHashValue(findHashed(keyTag, keyBits, keyRef), tags, bits, refs, destination);
    }

    public void getInteger(long key, byte[] tags, long[] bits, Object[] refs, int destination) {
        long index = key - 1;
        byte[] array = arrayTags;
        if (index >= 0 && index < array.length) {
            int i = (int) index;
            byte tag = array[i];
            tags[destination] = tag;
            bits[destination] = arrayBits[i];
            if (tag >= Tag.STRING) refs[destination] = arrayRefs[i];
            return;
        }
        if (weakStore != null) {
            weakStore.get(Tag.INTEGER, key, null, tags, bits, refs, destination);
            return;
        }
        copyHashValue(findInteger(key), tags, bits, refs, destination);
    }

    public void getString(LuaString key, byte[] tags, long[] bits, Object[] refs, int destination) {
        int slot = findString(key);
        if (slot < 0 && weakStore != null) {
            weakStore.get(Tag.STRING, key.hashCode(), key, tags, bits, refs, destination);
            return;
        }
        copyHashValue(slot, tags, bits, refs, destination);
    }

    private void copyHashValue(int slot, byte[] tags, long[] bits, Object[] refs, int destination) {
        if (slot < 0) {
            tags[destination] = Tag.NIL;
            return;
        }
        byte tag = valueTags[slot];
        tags[destination] = tag;
        bits[destination] = valueBits[slot];
        if (tag >= Tag.STRING) refs[destination] = valueRefs[slot];
    }

    /** Whether integer key {@code key} has a non-nil value. */
    boolean hasInteger(long key) {
        long index = key - 1;
        if (index >= 0 && index < arrayTags.length) return arrayTags[(int) index] != Tag.NIL;
        if (weakStore != null) return weakStore.hasInteger(key);
        int slot = findInteger(key);
        return slot >= 0 && valueTags[slot] != Tag.NIL;
    }

    // ---- raw sets ----

    public void set(byte keyTag, long keyBits, Object keyRef, byte valueTag, long valueBits, Object valueRef) {
        switch (keyTag) {
            case Tag.INTEGER:
                setInteger(keyBits, valueTag, valueBits, valueRef);
                return;
            case Tag.STRING:
                setString((LuaString) keyRef, valueTag, valueBits, valueRef);
                return;
            case Tag.NIL:
                throw new LuaError("table index is nil");
            case Tag.FLOAT: {
                double number = Double.longBitsToDouble(keyBits);
                if (fitsInteger(number)) {
                    setInteger((long) number, valueTag, valueBits, valueRef);
                    return;
                }
                if (number != number) throw new LuaError("table index is NaN");
                setHashed(Tag.FLOAT, keyBits, null, valueTag, valueBits, valueRef);
                return;
            }
            case Tag.FALSE:
            case Tag.TRUE:
                setHashed(keyTag, keyTag, null, valueTag, valueBits, valueRef);
                return;
            default:
                setHashed(keyTag, System.identityHashCode(keyRef), keyRef, valueTag, valueBits, valueRef);
        }
    }

    public void setInteger(long key, byte valueTag, long valueBits, Object valueRef) {
        absentMetamethods = 0;
        Object ref = valueTag >= Tag.STRING ? valueRef : null;
        long index = key - 1;
        byte[] array = arrayTags;
        if (index >= 0 && index < array.length) {
            int i = (int) index;
            array[i] = valueTag;
            arrayBits[i] = valueBits;
            arrayRefs[i] = ref;
            return;
        }
        setIntegerOutsideArray(key, valueTag, valueBits, ref);
    }

    private void setIntegerOutsideArray(long key, byte valueTag, long valueBits, Object ref) {
        if (weakStore != null) {
            weakStore.set(Tag.INTEGER, key, null, valueTag, valueBits, ref);
            return;
        }
        int slot = findInteger(key);
        if (slot >= 0) {
            // never restructure for an existing key: a traversal may be under way
            writeValue(slot, valueTag, valueBits, ref);
            return;
        }
        if (valueTag == Tag.NIL) return;
        int size = arrayTags.length;
        if (key == size + 1L && size < TableSizing.MAX_ARRAY_SIZE && (size == 0 || arrayTags[size - 1] != Tag.NIL)) {
            TableSizing.growArrayForAppend(this);
            arrayTags[size] = valueTag;
            arrayBits[size] = valueBits;
            arrayRefs[size] = ref;
        } else {
            insertNewKey(Tag.INTEGER, key, null, valueTag, valueBits, ref);
        }
    }

    public void setString(LuaString key, byte valueTag, long valueBits, Object valueRef) {
        absentMetamethods = 0;
        Object ref = valueTag >= Tag.STRING ? valueRef : null;
        int slot = findString(key);
        if (slot >= 0) {
            writeValue(slot, valueTag, valueBits, ref);
        } else if (weakStore != null) {
            weakStore.set(Tag.STRING, key.hashCode(), key, valueTag, valueBits, ref);
        } else if (valueTag != Tag.NIL) {
            insertNewKey(Tag.STRING, key.hashCode(), key, valueTag, valueBits, ref);
        }
    }

    /** Set for a normalised key that is neither an integer nor a string. */
    private void setHashed(byte keyTag, long hashBits, Object keyRef, byte valueTag, long valueBits, Object valueRef) {
        absentMetamethods = 0;
        Object ref = valueTag >= Tag.STRING ? valueRef : null;
        int slot = findHashed(keyTag, hashBits, keyRef);
        if (slot >= 0) {
            writeValue(slot, valueTag, valueBits, ref);
        } else if (weakStore != null) {
            weakStore.set(keyTag, hashBits, keyRef, valueTag, valueBits, ref);
        } else if (valueTag != Tag.NIL) {
            insertNewKey(keyTag, hashBits, keyRef, valueTag, valueBits, ref);
        }
    }

    /** Set for a normalised key given with its hash bits, as the hash part and the weak store keep keys. */
    void setNormalised(byte keyTag, long hashBits, Object keyRef, byte valueTag, long valueBits, Object valueRef) {
        if (keyTag == Tag.INTEGER) {
            setInteger(hashBits, valueTag, valueBits, valueRef);
        } else if (keyTag == Tag.STRING) {
            setString((LuaString) keyRef, valueTag, valueBits, valueRef);
        } else {
            setHashed(keyTag, hashBits, keyRef, valueTag, valueBits, valueRef);
        }
    }

    void writeValue(int slot, byte tag, long bits, Object ref) {
        valueTags[slot] = tag;
        valueBits[slot] = bits;
        valueRefs[slot] = ref;
    }

    /** Adds a key known to be absent from both parts, reusing a dead slot on its probe path if any. */
    private void insertNewKey(byte keyTag, long hashBits, Object keyRef, byte valueTag, long valueBits, Object ref) {
        byte[] tags = keyTags;
        if (tags.length > 0) {
            int mask = tags.length - 1;
            int slot = mainPosition(hashBits);
            int dead = -1;
            while (tags[slot] != Tag.NIL) {
                if (dead < 0 && valueTags[slot] == Tag.NIL) dead = slot;
                slot = (slot + 1) & mask;
            }
            if (dead >= 0 || hashUsed < hashLimit) {
                if (dead >= 0) {
                    slot = dead;
                } else {
                    hashUsed++;
                }
                tags[slot] = keyTag;
                keyBits[slot] = hashBits;
                keyRefs[slot] = keyRef;
                writeValue(slot, valueTag, valueBits, ref);
                return;
            }
        }
        TableSizing.rehash(this, keyTag, hashBits);
        setNormalised(keyTag, hashBits, keyRef, valueTag, valueBits, ref);
    }

    // ---- length ----

    /** The border `#t`, found as C Lua's luaH_getn does (see the class invariants). */
    /**
     * Makes the array part hold at least keys 1..size (as luaH_resizearray for SETLIST), so a
     * constructor's positional items land in the array part even when some are nil.
     */
    public void ensureArraySize(int size) {
        if (size > arrayTags.length && !isWeak()) {
            TableSizing.resizeArray(this, size);
        }
    }

    public long length() {
        if (weakStore != null) {
            return hasInteger(1) ? searchBeyond(0) : 0;
        }
        byte[] tags = arrayTags;
        int size = tags.length;
        int hint = lengthHint;
        if (hint > 0 && tags[hint - 1] == Tag.NIL) {
            if (hint >= 2 && tags[hint - 2] != Tag.NIL) return lengthHint = hint - 1;
            return lengthHint = searchArray(tags, 0, hint);
        }
        if (hint < size) {
            if (tags[hint] == Tag.NIL) return hint;
            if (hint + 1 < size && tags[hint + 1] == Tag.NIL) return lengthHint = hint + 1;
            if (tags[size - 1] == Tag.NIL) return lengthHint = searchArray(tags, hint + 1, size);
        }
        lengthHint = size;
        if (hashUsed == 0 || !hasInteger(size + 1L)) return size;
        return searchBeyond(size);
    }

    /** Binary search for a border between {@code present} (0 or a non-nil key) and {@code absent} (a nil key). */
    private static int searchArray(byte[] tags, int present, int absent) {
        while (absent - present > 1) {
            int middle = (present + absent) >>> 1;
            if (tags[middle - 1] == Tag.NIL) {
                absent = middle;
            } else {
                present = middle;
            }
        }
        return present;
    }

    /** Unbound search, as C Lua's hash_search: key {@code present} is 0 or non-nil, and key present+1 is non-nil. */
    private long searchBeyond(long present) {
        long absent = present == 0 ? 1 : present;
        do {
            present = absent;
            if (absent <= Long.MAX_VALUE / 2) {
                absent *= 2;
            } else {
                absent = Long.MAX_VALUE;
                if (hasInteger(absent)) return absent;
                break;
            }
        } while (hasInteger(absent));
        while (absent - present > 1) {
            long middle = (present + absent) >>> 1;
            if (hasInteger(middle)) {
                present = middle;
            } else {
                absent = middle;
            }
        }
        return present;
    }

    // ---- traversal ----

    /**
     * The position of the entry after key (nil: the first entry) with a non-nil value, or -1
     * at the end. Positions below arrayTags.length are array slots (key = position + 1), the
     * others hash slots (or weak-store slots) at position - arrayTags.length.
     */
    public int nextPosition(byte keyTag, long keyBits, Object keyRef) {
        int position = nextPositionOrInvalid(keyTag, keyBits, keyRef);
        if (position == INVALID_KEY) throw new LuaError("invalid key to 'next'");
        return position;
    }

    /** What {@link #nextPositionOrInvalid} answers for a key that is not in the table. */
    public static final int INVALID_KEY = -2;

    /** As {@link #nextPosition}, but {@link #INVALID_KEY} instead of an error (non-weak tables only). */
    public int nextPositionOrInvalid(byte keyTag, long keyBits, Object keyRef) {
        if (keyTag == Tag.FLOAT) {
            double number = Double.longBitsToDouble(keyBits);
            if (fitsInteger(number)) {
                keyTag = Tag.INTEGER;
                keyBits = (long) number;
            }
        }
        if (weakStore != null) {
            return weakStore.nextPosition(keyTag, keyBits, keyRef);
        }
        byte[] array = arrayTags;
        int size = array.length;
        int position;
        if (keyTag == Tag.NIL) {
            position = 0;
        } else if (keyTag == Tag.INTEGER && keyBits >= 1 && keyBits <= size) {
            position = (int) keyBits;
        } else {
            int slot = find(keyTag, keyBits, keyRef);
            if (slot < 0) return INVALID_KEY;
            position = size + slot + 1;
        }
        for (; position < size; position++) {
            if (array[position] != Tag.NIL) return position;
        }
        byte[] values = valueTags;
        for (int slot = position - size; slot < values.length; slot++) {
            if (values[slot] != Tag.NIL) return size + slot;
        }
        return -1;
    }

    public byte keyTagAt(int position) {
        int size = arrayTags.length;
        if (position < size) return Tag.INTEGER;
        return weakStore != null ? weakStore.keyTagAt(position) : keyTags[position - size];
    }

    public long keyBitsAt(int position) {
        int size = arrayTags.length;
        if (position < size) return position + 1L;
        return weakStore != null ? weakStore.keyBitsAt(position) : keyBits[position - size];
    }

    public Object keyRefAt(int position) {
        int size = arrayTags.length;
        if (position < size) return null;
        return weakStore != null ? weakStore.keyRefAt(position) : keyRefs[position - size];
    }

    public byte valueTagAt(int position) {
        int size = arrayTags.length;
        if (position < size) return arrayTags[position];
        return weakStore != null ? weakStore.valueTagAt(position) : valueTags[position - size];
    }

    public long valueBitsAt(int position) {
        int size = arrayTags.length;
        if (position < size) return arrayBits[position];
        return weakStore != null ? weakStore.valueBitsAt(position) : valueBits[position - size];
    }

    public Object valueRefAt(int position) {
        int size = arrayTags.length;
        if (position < size) return arrayRefs[position];
        return weakStore != null ? weakStore.valueRefAt(position) : valueRefs[position - size];
    }

    // ---- weak tables ----

    /**
     * Sets the weak mode from __mode (both false: a normal table again). Moves every entry
     * into or out of a {@link WeakTableStore}; see that class for what is collected and when.
     */
    public void setWeakMode(boolean weakKeys, boolean weakValues) {
        WeakTableStore old = weakStore;
        boolean weak = weakKeys || weakValues;
        if (old == null ? !weak : old.hasMode(weakKeys, weakValues)) return;
        absentMetamethods = 0;
        if (old != null) {
            weakStore = null;
            WeakTableStore replacement = weak ? new WeakTableStore(weakKeys, weakValues) : null;
            old.drain(replacement != null ? replacement::set : this::setNormalised);
            weakStore = replacement;
            if (replacement == null) TableSizing.rehash(this, Tag.NIL, 0); // entries came in no order: size the parts
            return;
        }
        WeakTableStore store = new WeakTableStore(weakKeys, weakValues);
        for (int i = 0; i < arrayTags.length; i++) {
            if (arrayTags[i] != Tag.NIL) store.set(Tag.INTEGER, i + 1L, null, arrayTags[i], arrayBits[i], arrayRefs[i]);
        }
        for (int slot = 0; slot < valueTags.length; slot++) {
            if (valueTags[slot] != Tag.NIL) {
                store.set(keyTags[slot], keyBits[slot], keyRefs[slot], valueTags[slot], valueBits[slot], valueRefs[slot]);
            }
        }
        TableSizing.allocateArray(this, 0);
        TableSizing.allocateHash(this, 0);
        lengthHint = 0;
        weakStore = store;
    }

    /** Drops the entries of a weak table whose weak key or value the collector cleared (after a collection). */
    public void sweepWeakEntries() {
        if (weakStore != null) weakStore.sweep();
    }

    public boolean isWeak() {
        return weakStore != null;
    }

    @Override
    public Object ephemeronValues() {
        return ephemeronValues;
    }

    @Override
    public void setEphemeronValues(Object values) {
        ephemeronValues = values;
    }

    // ---- boxed access for libraries and tests ----

    /** The value under a boxed key (null=nil, Boolean, Long, Double, LuaString, refs as-is), boxed the same way. */
    public Object getBoxed(Object key) {
        byte[] tags = new byte[1];
        long[] bits = new long[1];
        Object[] refs = new Object[1];
        get(BoxedValues.tagOf(key), BoxedValues.bitsOf(key), BoxedValues.refOf(key), tags, bits, refs, 0);
        return BoxedValues.box(tags[0], bits[0], refs[0]);
    }

    public void setBoxed(Object key, Object value) {
        set(BoxedValues.tagOf(key), BoxedValues.bitsOf(key), BoxedValues.refOf(key),
                BoxedValues.tagOf(value), BoxedValues.bitsOf(value), BoxedValues.refOf(value));
    }

    /** Whether a float has an exact integer value in range (so that, as a key, it is that integer). */
    static boolean fitsInteger(double number) {
        return number >= -0x1p63 && number < 0x1p63 && (double) (long) number == number;
    }
}
