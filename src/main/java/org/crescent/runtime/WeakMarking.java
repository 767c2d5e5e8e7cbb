package org.crescent.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lua's rule for weak keys of objects awaiting __gc, which the JVM does not follow. Lua's
 * collector clears weak values before it resurrects the unreachable objects that have a
 * finalizer, but weak keys only after, so a key reachable from such an object keeps its entry
 * until a later cycle (lgc.c's atomic: clearbyvalues, separatetobefnz, markbeingfnz,
 * clearbykeys). The JVM clears every weak reference to an object that is not strongly
 * reachable before it resurrects anything, which is Lua's rule for values only.
 *
 * <p>So, before the finalizers of a batch of resurrected objects run, a marking walks what Lua
 * would mark from them (the interpreter feeds it the objects of its own types) and revives the
 * entries whose weak key it reaches: such a key is still registered with its entries, since a
 * weak-keyed entry whose key is a table registers itself on the key. Keys of other types
 * (functions, userdata, threads) cannot be revived: their entries go in the cycle that
 * resurrects them. Invariant: every object is visited at most once.
 */
public final class WeakMarking {
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    /** Weak-keyed stores met on the way, found by their entries' link when the JVM cleared it. */
    private final Map<WeakReference<WeakTableStore>, WeakTableStore> stores = new IdentityHashMap<>();
    /** Tables met on the way that have entries whose weak reference to them was cleared. */
    private final List<LuaTable> clearedKeys = new ArrayList<>();

    /** Whether any weak-keyed table ever used a table as key: otherwise there is nothing to revive. */
    public static boolean needed() {
        return WeakTableStore.holderKeysUsed;
    }

    /** Queues a reference for visiting (numbers and strings are not passed here). */
    public void mark(Object reference) {
        if (reference != null && !(reference instanceof LuaString) && seen.put(reference, Boolean.TRUE) == null) {
            pending.add(reference);
        }
    }

    /**
     * Leaves out an object known to be strongly reachable (a root): nothing reachable from it
     * can have had a weak reference cleared, so the marking need not go through it.
     */
    public void skip(Object reference) {
        if (reference != null) seen.put(reference, Boolean.TRUE);
    }

    /** Marks the collectable references of {@code count} values from {@code start}. */
    public void markValues(byte[] tags, Object[] refs, int start, int count) {
        int end = Math.min(start + count, Math.min(tags.length, refs.length));
        for (int i = start; i < end; i++) {
            if (tags[i] >= Tag.TABLE) mark(refs[i]);
        }
    }

    /** The next object to visit, or null when the marking is done. */
    public Object next() {
        return pending.poll();
    }

    /** Marks what a table refers to, as Lua's traversetable does, weak parts left out. */
    public void visit(LuaTable table) {
        markValues(table.arrayTags, table.arrayRefs, 0, table.arrayTags.length);
        byte[] valueTags = table.valueTags;
        for (int slot = 0; slot < valueTags.length; slot++) {
            if (valueTags[slot] == Tag.NIL) continue;
            if (table.keyTags[slot] >= Tag.TABLE) mark(table.keyRefs[slot]);
            if (valueTags[slot] >= Tag.TABLE) mark(table.valueRefs[slot]);
        }
        mark(table.metatable);
        WeakTableStore store = table.weakStore;
        if (store != null) visitStore(store);
        visitAsKey(table);
    }

    /** Marks what a full userdata refers to. */
    public void visit(LuaUserdata userdata) {
        mark(userdata.metatable);
        mark(userdata.userValues);
    }

    private void visitStore(WeakTableStore store) {
        if (store.weakKeys) stores.put(store.self(), store);
        store.forEachStrongReference(this);
    }

    /** The values weak-keyed tables keep under this key are reachable through it (ephemerons). */
    private void visitAsKey(LuaTable key) {
        Object[] pairs = (Object[]) key.ephemeronValues();
        if (pairs == null) return;
        boolean cleared = false;
        for (int i = 0; i < pairs.length; i += 2) {
            WeakTableStore.Entry entry = (WeakTableStore.Entry) pairs[i];
            if (entry == null) continue;
            mark(pairs[i + 1]);
            cleared |= entry.get() == null;
        }
        if (cleared) clearedKeys.add(key);
    }

    /**
     * After the marking: puts back every entry whose weak key was reached, in its store if the
     * store itself is alive or was reached. Returns how many entries came back.
     */
    public int reviveKeys() {
        int revived = 0;
        List<Object> cleared = new ArrayList<>();
        for (LuaTable key : clearedKeys) {
            Object[] pairs = (Object[]) key.ephemeronValues();
            if (pairs == null) continue;
            cleared.clear();
            for (int i = 0; i < pairs.length; i += 2) {
                WeakTableStore.Entry entry = (WeakTableStore.Entry) pairs[i];
                if (entry == null || entry.get() != null) continue;
                cleared.add(entry);
                cleared.add(pairs[i + 1]);
                pairs[i] = null;
                pairs[i + 1] = null;
            }
            if (allEmpty(pairs)) key.setEphemeronValues(null);
            for (int i = 0; i < cleared.size(); i += 2) {
                WeakTableStore.Entry entry = (WeakTableStore.Entry) cleared.get(i);
                WeakTableStore store = entry.store.get();
                if (store == null) store = stores.get(entry.store);
                if (store != null && WeakTableStore.revive(store, entry, key, cleared.get(i + 1))) revived++;
            }
        }
        clearedKeys.clear();
        return revived;
    }

    private static boolean allEmpty(Object[] pairs) {
        for (Object element : pairs) {
            if (element != null) return false;
        }
        return true;
    }
}
