package org.crescent.api;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * A live view of a Lua table as a Java {@link Map}: reads and writes go to the table itself,
 * so Lua sees Java's changes and Java sees Lua's. Keys and values are converted as
 * {@link Lua#set} and {@link Lua#get} convert them (a Java {@code 1} or {@code 1L} is the
 * key {@code t[1]}, a String is a string key); putting null removes the entry, as assigning
 * nil does. Access is raw: no metamethods run. {@link #asList()} shows the sequence part
 * {@code t[1..#t]} as a {@link List}; {@link #toMap()} and {@link #toList()} copy.
 *
 * <p>Unlike other maps, two views are equal only when they show the same table (a table may
 * contain itself). Like its runtime, a view is used from one thread at a time.
 */
public final class LuaTableView extends AbstractMap<Object, Object> {
    private final Lua lua;
    private final LuaTable table;

    LuaTableView(Lua lua, LuaTable table) {
        this.lua = lua;
        this.table = table;
    }

    LuaTable table(Lua user) {
        if (user != lua) {
            throw new IllegalArgumentException("this table belongs to another Lua runtime");
        }
        return table;
    }

    private <T> T guarded(Supplier<T> action) {
        lua.guard.enter();
        try {
            return action.get();
        } finally {
            lua.guard.leave();
        }
    }

    private Object read(Value key) {
        Value value = new Value();
        byte[] tags = new byte[1];
        long[] bits = new long[1];
        Object[] refs = new Object[1];
        table.get(key.tag, key.bits, key.ref, tags, bits, refs, 0);
        value.set(tags[0], bits[0], refs[0]);
        return lua.bridge.toJava(value.tag, value.bits, value.ref);
    }

    @Override
    public Object get(Object key) {
        return guarded(() -> {
            Value converted = new Value();
            try {
                lua.bridge.toKey(key, converted);
            } catch (IllegalArgumentException notAKey) {
                return null;
            }
            return read(converted);
        });
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Object put(Object key, Object value) {
        return guarded(() -> {
            Value convertedKey = new Value();
            lua.bridge.toKey(key, convertedKey);
            Object previous = read(convertedKey);
            Value convertedValue = new Value();
            lua.bridge.toLua(value, convertedValue);
            table.set(convertedKey.tag, convertedKey.bits, convertedKey.ref,
                    convertedValue.tag, convertedValue.bits, convertedValue.ref);
            return previous;
        });
    }

    @Override
    public Object remove(Object key) {
        return guarded(() -> {
            Value converted = new Value();
            try {
                lua.bridge.toKey(key, converted);
            } catch (IllegalArgumentException notAKey) {
                return null;
            }
            Object previous = read(converted);
            if (previous != null) {
                table.set(converted.tag, converted.bits, converted.ref, Tag.NIL, 0, null);
            }
            return previous;
        });
    }

    /** The number of entries (walks the table). */
    @Override
    public int size() {
        return guarded(() -> {
            int count = 0;
            for (int position = table.nextPosition(Tag.NIL, 0, null); position >= 0;
                 position = table.nextPosition(table.keyTagAt(position), table.keyBitsAt(position), table.keyRefAt(position))) {
                count++;
            }
            return count;
        });
    }

    @Override
    public boolean isEmpty() {
        return guarded(() -> table.nextPosition(Tag.NIL, 0, null) < 0);
    }

    /** The raw length {@code #t} (a border of the sequence part). */
    public long length() {
        return guarded(table::length);
    }

    /** Entries in Lua's traversal order ({@code next}); removing through the iterator is allowed. */
    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return LuaTableView.this.size();
            }
        };
    }

    private final class Entries implements Iterator<Map.Entry<Object, Object>> {
        private int position = guarded(() -> table.nextPosition(Tag.NIL, 0, null));
        private Object lastKey;
        private boolean removable;

        @Override
        public boolean hasNext() {
            return position >= 0;
        }

        @Override
        public Map.Entry<Object, Object> next() {
            if (position < 0) {
                throw new NoSuchElementException();
            }
            return guarded(() -> {
                byte keyTag = table.keyTagAt(position);
                long keyBits = table.keyBitsAt(position);
                Object keyRef = table.keyRefAt(position);
                Object key = lua.bridge.toJava(keyTag, keyBits, keyRef);
                Object value = lua.bridge.toJava(table.valueTagAt(position), table.valueBitsAt(position), table.valueRefAt(position));
                position = table.nextPosition(keyTag, keyBits, keyRef);
                lastKey = key;
                removable = true;
                return new Entry(key, value);
            });
        }

        @Override
        public void remove() {
            if (!removable) {
                throw new IllegalStateException();
            }
            removable = false;
            // Lua allows clearing a field during traversal: the walk goes on from the next key.
            LuaTableView.this.remove(lastKey);
        }
    }

    private final class Entry extends AbstractMap.SimpleEntry<Object, Object> {
        private static final long serialVersionUID = 1L;

        Entry(Object key, Object value) {
            super(key, value);
        }

        @Override
        public Object setValue(Object value) {
            put(getKey(), value);
            return super.setValue(value);
        }
    }

    /** The sequence {@code t[1..#t]} as a live list (index 0 is {@code t[1]}); {@code add} appends. */
    public List<Object> asList() {
        return new AbstractList<>() {
            @Override
            public Object get(int index) {
                checkIndex(index, size());
                return LuaTableView.this.get((long) index + 1);
            }

            @Override
            public Object set(int index, Object element) {
                checkIndex(index, size());
                return put((long) index + 1, element);
            }

            @Override
            public void add(int index, Object element) {
                int size = size();
                if (index != size) {
                    throw new UnsupportedOperationException("only appending to a Lua sequence is supported");
                }
                put((long) size + 1, element);
            }

            @Override
            public int size() {
                return (int) Math.min(length(), Integer.MAX_VALUE);
            }
        };
    }

    private static void checkIndex(int index, int size) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of a Lua sequence of length " + size);
        }
    }

    /** A copy of the entries (values converted, nested tables still as views). */
    public Map<Object, Object> toMap() {
        return new LinkedHashMap<>(this);
    }

    /** A copy of the sequence {@code t[1..#t]}. */
    public List<Object> toList() {
        return new ArrayList<>(asList());
    }

    /** The value under {@code key} as a String, or null when it is not a string (numbers are not converted). */
    public String getString(Object key) {
        Object value = get(key);
        return value instanceof String ? (String) value : null;
    }

    /** The value under {@code key} as a nested table view, or null when it is not a table. */
    public LuaTableView getTable(Object key) {
        Object value = get(key);
        return value instanceof LuaTableView ? (LuaTableView) value : null;
    }

    /** The value under {@code key} as a function handle, or null when it is not a function. */
    public LuaCallable getFunction(Object key) {
        Object value = get(key);
        return value instanceof LuaCallable ? (LuaCallable) value : null;
    }

    /** The table's metatable, or null. */
    public LuaTableView metatable() {
        return guarded(() -> table.metatable == null ? null : new LuaTableView(lua, table.metatable));
    }

    /** Sets the table's metatable (null removes it), as {@code setmetatable} does without its checks. */
    public void setMetatable(LuaTableView metatable) {
        guarded(() -> {
            LuaTable replacement = metatable == null ? null : metatable.table(lua);
            table.metatable = replacement;
            table.absentMetamethods = 0;
            applyWeakMode(replacement);
            return null;
        });
    }

    /** A {@code __mode} field makes the table weak, as setmetatable does. */
    private void applyWeakMode(LuaTable metatable) {
        boolean weakKeys = false;
        boolean weakValues = false;
        Object mode = metatable == null ? null : new LuaTableView(lua, metatable).get("__mode");
        if (mode instanceof String) {
            weakKeys = ((String) mode).indexOf('k') >= 0;
            weakValues = ((String) mode).indexOf('v') >= 0;
        }
        if (weakKeys || weakValues || table.isWeak()) {
            table.setWeakMode(weakKeys, weakValues);
        }
    }

    /** The runtime this table belongs to. */
    public Lua runtime() {
        return lua;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LuaTableView && ((LuaTableView) other).table == table;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(table);
    }

    @Override
    public String toString() {
        return "table: " + ValueFormatter.address(table);
    }
}
