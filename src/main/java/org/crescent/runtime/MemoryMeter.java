package org.crescent.runtime;

import java.util.function.LongSupplier;

/**
 * A runtime's memory limit: an estimate of the bytes its Lua values take, kept up to date
 * cheaply and checked against the limit. Allocation sites that already exist charge what they
 * are about to allocate ({@link #charge}: a new string's bytes, a table and each growth of
 * its parts, closures, upvalues, coroutine stacks) before allocating it. Nothing is credited
 * when values die (the JVM frees them unseen): when the estimate would pass the limit, the
 * meter re-measures what is really live (a census walking the runtime's values from its
 * roots) and starts again from that; only if live values plus the request still exceed the
 * limit does the allocation fail, with C Lua's "not enough memory" (a Lua error, which
 * {@code pcall} catches as in C Lua: the failed allocation never happened).
 *
 * <p>Sizes are approximations of a 64-bit JVM with compressed references: a string 40 bytes
 * plus its length, a table 80 bytes plus 16 per array slot and 32 per hash slot, a closure 40
 * plus 48 per upvalue (its slot and the upvalue itself), a coroutine 400 plus 16 per stack slot.
 *
 * <p>The meter in effect is the calling Java thread's ({@link #attach}, done when the host
 * calls into a runtime with a limit); with no limit anywhere in the JVM, {@link #charge} is a
 * read of one static field.
 */
public final class MemoryMeter {
    public static final long STRING_BYTES = 40;
    public static final long TABLE_BYTES = 80;
    public static final long ARRAY_SLOT_BYTES = 16;
    public static final long HASH_SLOT_BYTES = 32;
    public static final long CLOSURE_BYTES = 40;
    public static final long UPVALUE_BYTES = 40;
    public static final long THREAD_BYTES = 400;
    public static final long STACK_SLOT_BYTES = 16;

    /** Made once: building the message must not allocate while memory is short. */
    private static final LuaString NOT_ENOUGH_MEMORY = LuaString.of("not enough memory");
    private static final ThreadLocal<MemoryMeter> CURRENT = new ThreadLocal<>();
    /** Set once any meter was attached: until then charging costs one field read. */
    private static volatile boolean used;

    private final LongSupplier census;
    private long limit;
    /** Live bytes at the last census plus what was charged since. */
    private long estimate;
    private boolean measuring;
    /** The meter this one displaced on its thread (another runtime's, called from this one). */
    private MemoryMeter displaced;
    private int attachments;
    /** Censuses taken: tests and tuning read it. */
    private long censuses;

    /** A meter for {@code limit} bytes; {@code census} measures the live values from the roots. */
    public MemoryMeter(long limit, LongSupplier census) {
        this.limit = limit;
        this.census = census;
    }

    public void setLimit(long limit) {
        this.limit = limit;
    }

    /** Charges {@code bytes} about to be allocated to the calling thread's meter, if any. */
    public static void charge(long bytes) {
        if (used) {
            MemoryMeter meter = CURRENT.get();
            if (meter != null) {
                meter.add(bytes);
            }
        }
    }

    /**
     * Makes sure {@code bytes} more would fit, without charging them: for a large allocation
     * charged later by what it becomes (a string), so that it is refused before the JVM makes it.
     */
    public static void reserve(long bytes) {
        if (used) {
            MemoryMeter meter = CURRENT.get();
            if (meter != null && !meter.measuring) {
                meter.add(bytes);
                meter.estimate -= bytes;
            }
        }
    }

    /** Charges a new string of {@code length} bytes. */
    public static void chargeString(long length) {
        if (used) {
            charge(STRING_BYTES + length);
        }
    }

    /** Makes this the calling thread's meter (nested attachments of one meter count). */
    public void attach() {
        if (attachments++ == 0) {
            used = true;
            displaced = CURRENT.get();
            CURRENT.set(this);
        }
    }

    /** Undoes {@link #attach}. */
    public void detach() {
        if (--attachments == 0) {
            CURRENT.set(displaced);
            displaced = null;
        }
    }

    /** The current estimate of live bytes. */
    public long estimate() {
        return estimate;
    }

    public long censuses() {
        return censuses;
    }

    private void add(long bytes) {
        if (bytes <= 0 || measuring) {
            return;
        }
        long next = estimate + bytes;
        if (next > limit || next < 0) {
            long live = measure();
            next = live + bytes;
            if (next > limit || next < 0) {
                estimate = live;
                throw new LuaError(NOT_ENOUGH_MEMORY);
            }
        }
        estimate = next;
    }

    private long measure() {
        measuring = true;
        try {
            censuses++;
            return census.getAsLong();
        } finally {
            measuring = false;
        }
    }
}
