package org.crescent.api;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Confines a runtime to one thread at a time. Every API operation enters and leaves; nested
 * entries from the same thread (Java called from Lua calling Lua again) only count. A second
 * thread entering while another is inside gets an {@link IllegalStateException} at once
 * rather than corrupting the runtime. Handing a runtime from one thread to another between
 * operations is allowed: leaving publishes the runtime's state to the next thread to enter.
 */
final class ThreadGuard {
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    /** Entries of the owner not yet left; touched only by the owner. */
    private int depth;
    private volatile boolean closed;

    void enter() {
        if (closed) {
            throw new IllegalStateException("this Lua runtime is closed");
        }
        Thread current = Thread.currentThread();
        if (owner.get() == current) {
            depth++;
            return;
        }
        if (!owner.compareAndSet(null, current)) {
            Thread other = owner.get();
            throw new IllegalStateException("Lua runtime used by thread '" + current.getName() + "' while thread '"
                    + (other == null ? "?" : other.getName())
                    + "' is using it: a runtime is confined to one thread at a time");
        }
        depth = 1;
    }

    /** Leaves; true when this was the outermost entry (the runtime is free again). */
    boolean leave() {
        if (--depth == 0) {
            owner.set(null);
            return true;
        }
        return false;
    }

    /** Marks the runtime closed: later entries fail. */
    void close() {
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }
}
