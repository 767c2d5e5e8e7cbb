package org.crescent.api;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import org.crescent.runtime.LuaUserdata;

/**
 * The userdata that stands for each Java object handed to Lua, so that the same object
 * becomes the same userdata every time (equal in Lua, usable as one table key). Neither side
 * keeps the other alive: the key refers weakly to the Java object and the entry weakly to the
 * userdata (which itself holds the object strongly while Lua keeps it).
 */
final class UserdataCache {
    private final Map<IdentityKey, WeakReference<LuaUserdata>> entries = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    LuaUserdata get(Object object) {
        WeakReference<LuaUserdata> reference = entries.get(new IdentityKey(object, null));
        return reference == null ? null : reference.get();
    }

    void put(Object object, LuaUserdata userdata) {
        expunge();
        entries.put(new IdentityKey(object, collected), new WeakReference<>(userdata));
    }

    private void expunge() {
        for (Object key; (key = collected.poll()) != null; ) {
            entries.remove(key);
        }
    }

    /** A key equal to another only for the same object (by identity), while it lives. */
    private static final class IdentityKey extends WeakReference<Object> {
        private final int hash;

        IdentityKey(Object object, ReferenceQueue<Object> queue) {
            super(object, queue);
            this.hash = System.identityHashCode(object);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof IdentityKey)) {
                return false;
            }
            Object referent = get();
            return referent != null && referent == ((IdentityKey) other).get();
        }
    }
}
