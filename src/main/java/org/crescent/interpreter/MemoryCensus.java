package org.crescent.interpreter;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.MemoryMeter;
import org.crescent.runtime.Tag;

/**
 * Measures the bytes a runtime's live Lua values take, for its memory limit: a walk from the
 * roots (registry, globals, the types' metatables, the main and running threads) through
 * tables, closures, upvalues, coroutines and userdata, each object counted once, with the
 * sizes {@link MemoryMeter} charges. Stack slots above a thread's top are dead and skipped.
 * It costs time in proportion to the live values, and is run only when the meter's estimate
 * reaches the limit.
 */
final class MemoryCensus {
    /** Objects counted by the last census of any runtime: the next one's set starts that large. */
    private static volatile int lastObjectCount = 1024;

    private final Set<Object> seen;
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private long bytes;

    private MemoryCensus(int expectedObjects) {
        seen = Collections.newSetFromMap(new IdentityHashMap<>(expectedObjects));
    }

    /** The estimated bytes of everything reachable in {@code global}. */
    static long liveBytes(GlobalState global) {
        MemoryCensus census = new MemoryCensus(lastObjectCount + lastObjectCount / 4);
        census.visit(global.registry);
        census.visit(global.globals);
        for (LuaTable metatable : global.typeMetatables) {
            census.visit(metatable);
        }
        census.visit(global.mainThread);
        census.visit(global.running);
        census.drain();
        lastObjectCount = census.seen.size();
        return census.bytes;
    }

    private void visit(Object object) {
        if (object != null && seen.add(object)) {
            pending.add(object);
        }
    }

    private void visit(byte tag, Object ref) {
        if (tag >= Tag.STRING && ref != null) {
            visit(ref);
        }
    }

    private void drain() {
        for (Object object; (object = pending.poll()) != null; ) {
            if (object instanceof LuaString) {
                bytes += MemoryMeter.STRING_BYTES + ((LuaString) object).length();
            } else if (object instanceof LuaTable) {
                table((LuaTable) object);
            } else if (object instanceof LuaClosure) {
                closure((LuaClosure) object);
            } else if (object instanceof Upvalue) {
                Upvalue upvalue = (Upvalue) object;
                bytes += MemoryMeter.UPVALUE_BYTES;
                if (upvalue.index < upvalue.tags.length) {
                    visit(upvalue.tags[upvalue.index], upvalue.refs[upvalue.index]);
                }
            } else if (object instanceof LuaThread) {
                thread((LuaThread) object);
            } else if (object instanceof JavaFunction) {
                bytes += MemoryMeter.CLOSURE_BYTES;
                Object state = ((JavaFunction) object).state;
                if (state instanceof LuaTable || state instanceof LuaThread || state instanceof LuaClosure) {
                    visit(state);
                }
            } else if (object instanceof LuaUserdata) {
                LuaUserdata userdata = (LuaUserdata) object;
                bytes += MemoryMeter.TABLE_BYTES;
                visit(userdata.metatable);
                visit(userdata.userValues);
            } else if (object instanceof Prototype) {
                prototype((Prototype) object);
            }
        }
    }

    private void table(LuaTable table) {
        bytes += MemoryMeter.TABLE_BYTES + table.arrayTags.length * MemoryMeter.ARRAY_SLOT_BYTES
                + table.keyTags.length * MemoryMeter.HASH_SLOT_BYTES;
        visit(table.metatable);
        for (int i = 0; i < table.arrayTags.length; i++) {
            visit(table.arrayTags[i], table.arrayRefs[i]);
        }
        for (int i = 0; i < table.keyTags.length; i++) {
            if (table.keyTags[i] != Tag.NIL) {
                visit(table.keyTags[i], table.keyRefs[i]);
                visit(table.valueTags[i], table.valueRefs[i]);
            }
        }
    }

    private void closure(LuaClosure closure) {
        bytes += MemoryMeter.CLOSURE_BYTES + closure.upvalues.length * 8L;
        for (Upvalue upvalue : closure.upvalues) {
            visit(upvalue);
        }
        visit(closure.prototype);
    }

    private void prototype(Prototype prototype) {
        bytes += 100 + prototype.code.length * 8L + prototype.constantTags.length * 16L;
        for (int i = 0; i < prototype.constantTags.length; i++) {
            visit(prototype.constantTags[i], prototype.constantObjects[i]);
        }
        for (Prototype nested : prototype.prototypes) {
            visit(nested);
        }
    }

    private void thread(LuaThread thread) {
        bytes += MemoryMeter.THREAD_BYTES + (long) thread.tags.length * MemoryMeter.STACK_SLOT_BYTES
                + thread.frames.length * 100L;
        int top = Math.min(Protection.safeTop(thread), thread.tags.length);
        for (int i = 0; i < top; i++) {
            visit(thread.tags[i], thread.refs[i]);
        }
        for (int i = 0; i < thread.frameCount; i++) {
            visit(thread.frames[i].function);
        }
        if (thread.pendingBody != null) {
            visit(thread.pendingBody);
        }
        visit(thread.hookFunction);
        visit(thread.resumer);
    }
}
