package org.crescent.interpreter;

import java.util.Collection;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.WeakMarking;

/**
 * Marks, as Lua's markbeingfnz does, everything reachable from the objects about to be
 * finalized, then revives the weak-keyed entries whose keys it reached (see
 * {@link WeakMarking}). This class knows the interpreter's object types: closures (through
 * their upvalues), Java functions (their state), and coroutines (their live stack).
 */
final class ResurrectionMarking {
    private ResurrectionMarking() {}

    /** Returns how many weak-keyed entries came back. */
    static int reviveWeakKeys(LuaThread thread, Collection<Object> resurrected) {
        if (resurrected.isEmpty() || !WeakMarking.needed()) {
            return 0;
        }
        WeakMarking marking = new WeakMarking();
        // The roots: what the JVM reaches from them kept its weak references, so the marking
        // stops there instead of walking the whole state through every closure's _ENV.
        GlobalState global = thread.global;
        marking.skip(global.registry);
        marking.skip(global.globals);
        marking.skip(global.mainThread);
        marking.skip(thread);
        for (LuaTable metatable : global.typeMetatables) {
            marking.skip(metatable);
        }
        for (Object object : resurrected) {
            marking.mark(object);
        }
        for (Object object; (object = marking.next()) != null; ) {
            if (object instanceof LuaTable) {
                marking.visit((LuaTable) object);
            } else if (object instanceof LuaClosure) {
                for (Upvalue upvalue : ((LuaClosure) object).upvalues) {
                    if (upvalue != null) marking.markValues(upvalue.tags, upvalue.refs, upvalue.index, 1);
                }
            } else if (object instanceof LuaUserdata) {
                marking.visit((LuaUserdata) object);
            } else if (object instanceof LuaThread) {
                LuaThread coroutine = (LuaThread) object;
                marking.markValues(coroutine.tags, coroutine.refs, 0, Protection.safeTop(coroutine));
                marking.mark(coroutine.pendingBody);
                marking.mark(coroutine.hookFunction);
            } else if (object instanceof JavaFunction) {
                marking.mark(((JavaFunction) object).state);
            }
        }
        return marking.reviveKeys();
    }
}
