package org.crescent.interpreter;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.Tag;

/**
 * The __gc metamethod on the JVM. An object whose metatable had __gc when it was set gets a
 * sentinel that only the object references; when the JVM finds the object unreachable, the
 * sentinel's finalizer queues the object (resurrecting it, as Lua does), and the queued
 * finalizers run later on the Lua side: at collectgarbage, when Java calls into Lua, and for
 * every remaining object when the runtime closes. Timing therefore follows the JVM's collector;
 * a JVM run with finalization disabled ({@code --finalization=disabled}) only runs them at close.
 */
public final class Finalizers {
    private static final LuaString GC = LuaString.of("__gc");

    private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
    /** Set by the JVM's finalizer thread when objects were queued; read by the dispatch loop at allocations. */
    volatile boolean queued;
    private final List<WeakReference<Object>> registered = new ArrayList<>();
    /** A finalizer is running: the collector is stopped meanwhile (C Lua's GCSTPGC). */
    private boolean running;
    /** lua_close has begun: objects given __gc now are never finalized (C Lua's GCSTPCLS). */
    private boolean closing;

    /** A JVM collection happened since stale stack references were last dropped. */
    private volatile boolean collected;
    private boolean detecting;

    /**
     * Notices JVM collections: a fresh object registered with the shared cleaner becomes
     * unreachable at the next collection, and its cleanup re-arms with another one. Registers
     * overwritten by numbers keep stale references (see DESIGN.md); after a collection the loop
     * drops them at its next allocation, so the following collection can reclaim what only those
     * references held (objects with __gc, weak-table entries), as Lua would.
     *
     * <p>The cleanup reaches its runtime through a weak reference that the cleaner holds
     * strongly. It once was a finalizable object holding that weak reference: HotSpot traces the
     * objects a finalizable one reaches with reference discovery off, so a weak reference found
     * only that way keeps its referent, and each detector handed its runtime's finalizers on to
     * the next, forever (LeakTest.droppedRuntimesAreCollectedWhole).
     */
    private static final class CollectionDetector implements Runnable {
        private final WeakReference<Finalizers> owner;

        CollectionDetector(Finalizers owner) {
            this.owner = new WeakReference<>(owner);
        }

        void arm() {
            DetectorCleaner.CLEANER.register(new Object(), this);
        }

        @Override
        public void run() {
            Finalizers finalizers = owner.get();
            if (finalizers == null) {
                return;
            }
            finalizers.collected = true;
            finalizers.queued = true;
            if (finalizers.detecting) {
                arm();
            }
        }
    }

    /** The cleaner's thread starts only once some runtime depends on collections. */
    private static final class DetectorCleaner {
        static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();
    }

    /** Starts noticing collections, once something depends on them (__gc, weak tables). */
    public void startDetecting() {
        if (!detecting) {
            detecting = true;
            new CollectionDetector(this).arm();
        }
    }

    /**
     * At an allocation (NEWTABLE) after a collection or a queued finalizer: drops stale
     * references, runs finalizers. Registers from {@code deadFrom} up are dead there, as C Lua's
     * checkGC treats everything above the new table's register.
     */
    public void atAllocation(LuaThread thread, int deadFrom) {
        queued = false;
        if (collected) {
            collected = false;
            thread.clearDeadRegisters(deadFrom);
            thread.clearStaleReferences();
            if (thread.global.mainThread != thread) {
                thread.global.mainThread.clearStaleReferences();
            }
            // Young collections rarely reach long-lived garbage; now and then, while objects await
            // finalization, ask for a full collection, as Lua's collector completes its cycles.
            if (++collections % FULL_COLLECTION_INTERVAL == 0 && !registered.isEmpty()) {
                System.gc();
            }
        }
        runPending(thread);
    }

    private static final int FULL_COLLECTION_INTERVAL = 4;
    private int collections;

    /** Links a sentinel to the object; the object must keep it in its {@code gcSentinel} field. */
    private static final class Sentinel {
        private final Object target;
        private final Finalizers owner;

        Sentinel(Object target, Finalizers owner) {
            this.target = target;
            this.owner = owner;
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            owner.pending.add(target);
            owner.queued = true;
        }
    }

    /** Marks a table or userdata for finalization if its new metatable has __gc (lua_setmetatable). */
    public void markIfNeeded(Object object, LuaTable metatable) {
        if (metatable == null || closing) {
            return;
        }
        int slot = metatable.findString(GC);
        boolean hasGc = slot >= 0 ? metatable.valueTags[slot] != Tag.NIL : metatable.isWeak() && hasWeakGc(metatable);
        if (!hasGc) {
            return;
        }
        startDetecting();
        if (object instanceof LuaTable) {
            LuaTable table = (LuaTable) object;
            if (table.gcSentinel == null) {
                table.gcSentinel = new Sentinel(table, this);
                remember(table);
            }
        } else if (object instanceof LuaUserdata) {
            LuaUserdata userdata = (LuaUserdata) object;
            if (userdata.gcSentinel == null) {
                userdata.gcSentinel = new Sentinel(userdata, this);
                remember(userdata);
            }
        }
    }

    private static boolean hasWeakGc(LuaTable metatable) {
        byte[] tags = new byte[1];
        metatable.getString(GC, tags, new long[1], new Object[1], 0);
        return tags[0] != Tag.NIL;
    }

    private void remember(Object object) {
        if (registered.size() > 1024 && registered.size() % 1024 == 0) {
            registered.removeIf(reference -> reference.get() == null);
        }
        registered.add(new WeakReference<>(object));
    }

    /** Runs the finalizers the collector has queued, on the calling Lua thread. */
    public void runPending(LuaThread thread) {
        if (running || pending.isEmpty()) {
            return;
        }
        queued = false;
        running = true;
        try {
            for (Object object; (object = pending.poll()) != null; ) {
                callGc(thread, object);
            }
        } finally {
            running = false;
        }
    }

    /** Whether a finalizer is running, when C Lua's collector refuses requests (collectgarbage answers fail). */
    public boolean collectorStopped() {
        return running;
    }

    /**
     * lua_close: finalizes every object still marked, newest first, each once. When a finalizer
     * ends the closing early (os.exit), calling this again finalizes the ones left, as C Lua's
     * lua_close does when os.exit(code, true) is called from a finalizer.
     */
    public void closeState(LuaThread thread) {
        closing = true;
        detecting = false;
        runPending(thread);
        while (!registered.isEmpty()) {
            Object object = registered.remove(registered.size() - 1).get();
            if (object != null && hasSentinel(object)) {
                callGc(thread, object);
            }
        }
    }

    private static boolean hasSentinel(Object object) {
        return object instanceof LuaTable ? ((LuaTable) object).gcSentinel != null : ((LuaUserdata) object).gcSentinel != null;
    }

    private void callGc(LuaThread thread, Object object) {
        byte tag = object instanceof LuaTable ? Tag.TABLE : Tag.USERDATA;
        if (object instanceof LuaTable) {
            ((LuaTable) object).gcSentinel = null;
        } else {
            ((LuaUserdata) object).gcSentinel = null;
        }
        int slot = thread.top;
        thread.ensureStack(slot + 2 + Calls.JAVA_MIN_STACK);
        thread.tags[slot] = Tag.NIL;
        if (!Metatables.loadField(thread, tag, object, GC, slot) || thread.tags[slot] != Tag.FUNCTION) {
            return;
        }
        thread.tags[slot + 1] = tag;
        thread.refs[slot + 1] = object;
        thread.top = slot + 2;
        // The running frame is marked, as C Lua's CIST_FIN: the finalizer is named metamethod '__gc'.
        CallFrame interrupted = thread.frameCount > 0 ? thread.currentFrame() : null;
        if (interrupted != null) {
            interrupted.status |= CallFrame.FINALIZING;
        }
        boolean wasRunning = running;
        running = true;
        try {
            thread.call(slot, 1, 0);
        } catch (org.crescent.runtime.LuaTermination stop) {
            throw stop;
        } catch (LuaError error) {
            Warnings.warn(thread.global, "error in __gc metamethod (" + error.getMessage() + ")");
        } finally {
            if (interrupted != null) {
                interrupted.status &= ~CallFrame.FINALIZING;
            }
            running = wasRunning;
            thread.top = slot;
        }
    }
}
