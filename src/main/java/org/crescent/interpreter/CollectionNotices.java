package org.crescent.interpreter;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;

/**
 * Tells the runtimes that depend on collections (objects with __gc, weak tables) that the JVM
 * collected, through {@link Finalizers#noticeCollection}. One listener on the JVM's collector
 * beans serves every runtime; it holds them weakly, from a static queue, and forgets those
 * that were dropped or closed. Invariant: nothing here keeps a runtime reachable.
 *
 * <p>Why notifications and not an object that dies at each collection: such a canary stops
 * working once a collection finds it still referenced (a thread descheduled while it is being
 * made, on a loaded machine) and it ages into the old generation, which young collections
 * never visit; gc.lua's GC() loops then waited minutes for a full collection. And a canary
 * that is a finalizable object keeps what it reaches alive: HotSpot marks through a finalizable
 * object with reference discovery off, so even a weak reference from it acts as strong (the
 * Finalizers of every dropped runtime stayed reachable that way, about one run in two).
 */
final class CollectionNotices {
    private CollectionNotices() {}

    private static final ConcurrentLinkedQueue<WeakReference<Finalizers>> watched = new ConcurrentLinkedQueue<>();
    /** Whether the JVM's collector beans notify; without them (a JVM without java.management) a canary does. */
    private static final boolean notifying = listen();

    /** Starts telling {@code finalizers} about collections, until it stops detecting or is dropped. */
    static void watch(Finalizers finalizers) {
        if (notifying) {
            watched.add(new WeakReference<>(finalizers));
        } else {
            new Canary(finalizers).arm();
        }
    }

    private static boolean listen() {
        try {
            NotificationListener listener = (notification, handback) -> collectionEnded();
            boolean any = false;
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean instanceof NotificationEmitter) {
                    ((NotificationEmitter) bean).addNotificationListener(listener, null, null);
                    any = true;
                }
            }
            return any;
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    private static void collectionEnded() {
        for (Iterator<WeakReference<Finalizers>> each = watched.iterator(); each.hasNext(); ) {
            Finalizers finalizers = each.next().get();
            if (finalizers == null || !finalizers.noticeCollection()) {
                each.remove();
            }
        }
    }

    /**
     * The fallback: a fresh object registered with a shared cleaner becomes unreachable at the
     * next collection, and its cleanup makes the next one. The cleanup reaches its runtime
     * through a weak reference that the cleaner's list holds strongly.
     */
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
