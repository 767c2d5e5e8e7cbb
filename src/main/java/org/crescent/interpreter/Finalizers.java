package org.crescent.interpreter;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
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
 * Before a batch of finalizers runs, the weak keys its objects reach, which the JVM cleared and
 * Lua keeps until a later cycle, are put back ({@link ResurrectionMarking}); collectgarbage
 * waits for the JVM to hand its dead objects over ({@link #awaitQueued}) and sweeps weak tables.
 */
public final class Finalizers {
    private static final LuaString GC = LuaString.of("__gc");

    private final ConcurrentLinkedQueue<Object> pending = new ConcurrentLinkedQueue<>();
    /** Objects taken from {@code pending} whose finalizers are running now, in order; kept if one escapes. */
    private final ArrayDeque<Object> batch = new ArrayDeque<>();
    /** Set by the JVM's finalizer thread when objects were queued; read by the dispatch loop at allocations. */
    volatile boolean queued;
    /** Every object marked for finalization, weakly; see {@link Registration}. */
    private final List<Registration> registered = new ArrayList<>();
    /** Every weak table made by setmetatable, weakly: collectgarbage sweeps them. */
    private final List<WeakReference<LuaTable>> weakTables = new ArrayList<>();
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

    /**
     * An object marked for finalization, held weakly. The JVM clears it in the collection that
     * finds the object unreachable, the same one that makes the sentinel finalizable; until the
     * sentinel has queued the object, {@code queued} is false, so a cleared registration that is
     * not queued means a finalizer the JVM has not handed over yet.
     */
    private static final class Registration extends WeakReference<Object> {
        volatile boolean queued;

        Registration(Object object) {
            super(object);
        }
    }

    /** Links a sentinel to the object; the object must keep it in its {@code gcSentinel} field. */
    private static final class Sentinel {
        private final Object target;
        private final Finalizers owner;
        private final Registration registration;

        Sentinel(Object target, Finalizers owner, Registration registration) {
            this.target = target;
            this.owner = owner;
            this.registration = registration;
        }

        @Override
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            owner.pending.add(target);
            registration.queued = true;
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
                table.gcSentinel = new Sentinel(table, this, remember(table));
            }
        } else if (object instanceof LuaUserdata) {
            LuaUserdata userdata = (LuaUserdata) object;
            if (userdata.gcSentinel == null) {
                userdata.gcSentinel = new Sentinel(userdata, this, remember(userdata));
            }
        }
    }

    private static boolean hasWeakGc(LuaTable metatable) {
        byte[] tags = new byte[1];
        metatable.getString(GC, tags, new long[1], new Object[1], 0);
        return tags[0] != Tag.NIL;
    }

    private Registration remember(Object object) {
        if (registered.size() > 1024 && registered.size() % 1024 == 0) {
            registered.removeIf(reference -> reference.get() == null && reference.queued);
        }
        Registration registration = new Registration(object);
        registered.add(registration);
        return registration;
    }

    /** Remembers a table that became weak, for {@link #sweepWeakTables}; starts noticing collections. */
    public void trackWeakTable(LuaTable table) {
        startDetecting();
        if (weakTables.size() > 1024 && weakTables.size() % 1024 == 0) {
            weakTables.removeIf(reference -> reference.get() == null);
        }
        weakTables.add(new WeakReference<>(table));
    }

    /**
     * Right after a collection: drops from every weak table the entries the collection cleared,
     * so that their strong keys and values are not kept until the table is next used (Lua
     * removes them within the cycle).
     */
    public void sweepWeakTables() {
        weakTables.removeIf(reference -> {
            LuaTable table = reference.get();
            if (table == null) return true;
            table.sweepWeakEntries();
            return false;
        });
    }

    /**
     * Right after a full collection: waits (briefly, and only as long as the JVM has not done
     * it) until the sentinel of every object that collection found unreachable has queued its
     * object, so that collectgarbage runs those finalizers itself, in the same cycle, as Lua
     * does. With finalization disabled in the JVM this gives up after a fraction of a second.
     */
    public void awaitQueued() {
        // Only waits: System.runFinalization would start a thread each time, and its remains
        // would show in collectgarbage("count").
        long deadline = System.nanoTime() + MAX_HANDOVER_WAIT_NANOS;
        while (handingOver()) {
            if (System.nanoTime() - deadline > 0) {
                // Finalization is off or stalled: stop waiting for these objects in later collections.
                for (Registration registration : registered) {
                    if (registration.get() == null) registration.queued = true;
                }
                return;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final long MAX_HANDOVER_WAIT_NANOS = 500_000_000L;

    private boolean handingOver() {
        for (Registration registration : registered) {
            if (!registration.queued && registration.get() == null) return true;
        }
        return false;
    }

    /** Runs the finalizers the collector has queued, on the calling Lua thread. */
    public void runPending(LuaThread thread) {
        if (running || (pending.isEmpty() && batch.isEmpty())) {
            return;
        }
        queued = false;
        running = true;
        try {
            for (Object object; (object = pending.poll()) != null; ) {
                batch.add(object);
            }
            // Lua keeps the weak keys these objects reach until a later cycle; the JVM cleared them.
            ResurrectionMarking.reviveWeakKeys(thread, batch);
            for (Object object; (object = batch.poll()) != null; ) {
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
        // Above every live register: at an allocation point inside a Lua function, thread.top is
        // whatever the last call left (possibly below the running frame's registers), and a
        // finalizer called there overwrote the function's locals (locals.lua, with tracegc).
        int savedTop = thread.top;
        int slot = Protection.safeTop(thread);
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
            thread.top = savedTop;
        }
    }
}
