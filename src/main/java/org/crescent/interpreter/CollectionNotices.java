package org.crescent.interpreter;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * Tells the runtimes that depend on collections (objects with __gc, weak tables) that the JVM
 * collected, through {@link Finalizers#noticeCollection}, two ways: a canary per runtime (an
 * object registered with a shared cleaner dies at the next collection; its cleanup makes the
 * next one), and, as a backstop, a daemon thread that reads the collector beans' collection
 * counts every {@link #POLL_MILLIS} ms while some runtime is watched and stops when none is
 * left. Both hold runtimes weakly and forget those dropped or closed. Invariant: nothing here
 * keeps a runtime reachable, and a poll that sees no new collection allocates nothing.
 *
 * <p>Why both: a canary stops working once a collection finds it still referenced (its thread
 * descheduled while making it, on a loaded machine) and it ages into the old generation,
 * which young collections never visit: gc.lua's GC() loops then waited minutes for a full
 * collection; the poll ends such a stall within a second. Prompt polling alone (every 5 ms)
 * and the beans' notifications both made gc.lua's line 462 fail (count 4 MB high, 1 run in 10
 * and 3 in 15; cause not found), the canary in none of about 100 runs. A canary that is a
 * finalizable object keeps what it reaches alive: HotSpot marks through a finalizable object
 * with reference discovery off, so even a weak reference from it acts as strong (the
 * Finalizers of every dropped runtime stayed reachable that way, about one run in two).
 */
final class CollectionNotices {
    private CollectionNotices() {}

    static final long POLL_MILLIS = 1000;

    private static final GarbageCollectorMXBean[] collectors = collectors();
    private static final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private static final ArrayList<WeakReference<Finalizers>> watched = new ArrayList<>();
    /** Guarded by {@link #lock}; null when no thread polls. */
    private static Thread poller;

    /** Starts telling {@code finalizers} about collections, until it stops detecting or is dropped. */
    static void watch(Finalizers finalizers) {
        new Canary(finalizers).arm();
        if (collectors.length == 0) {
            return;
        }
        synchronized (lock) {
            watched.add(new WeakReference<>(finalizers));
            if (poller == null) {
                poller = new Thread(CollectionNotices::poll, "crescent-collection-notices");
                poller.setDaemon(true);
                poller.start();
            }
        }
    }

    private static GarbageCollectorMXBean[] collectors() {
        try {
            return ManagementFactory.getGarbageCollectorMXBeans().toArray(new GarbageCollectorMXBean[0]);
        } catch (RuntimeException | LinkageError unavailable) {
            return new GarbageCollectorMXBean[0];
        }
    }

    private static long collections() {
        long total = 0;
        for (int i = 0; i < collectors.length; i++) {
            total += collectors[i].getCollectionCount();
        }
        return total;
    }

    private static void poll() {
        long seen = collections();
        for (;;) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                // daemon thread: keep watching
            }
            long now = collections();
            if (now != seen) {
                seen = now;
                if (!tellWatched()) {
                    return;
                }
            }
        }
    }

    /** Returns false, having stopped polling, when no runtime is watched any more. */
    private static boolean tellWatched() {
        synchronized (lock) {
            for (int i = watched.size() - 1; i >= 0; i--) {
                Finalizers finalizers = watched.get(i).get();
                if (finalizers == null || !finalizers.noticeCollection()) {
                    watched.set(i, watched.get(watched.size() - 1));
                    watched.remove(watched.size() - 1);
                }
            }
            if (watched.isEmpty()) {
                poller = null;
                return false;
            }
            return true;
        }
    }

    /** The cleanup reaches its runtime through a weak reference that the cleaner's list holds strongly. */
    private static final class Canary implements Runnable {
        private static final Cleaner CLEANER = Cleaner.create();
        private final WeakReference<Finalizers> owner;

        Canary(Finalizers owner) {
            this.owner = new WeakReference<>(owner);
        }

        void arm() {
            CLEANER.register(new Object(), this);
        }

        @Override
        public void run() {
            Finalizers finalizers = owner.get();
            if (finalizers != null && finalizers.noticeCollection()) {
                arm();
            }
        }
    }
}
