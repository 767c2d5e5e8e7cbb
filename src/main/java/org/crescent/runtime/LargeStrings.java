package org.crescent.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * The byte arrays of strings large enough that a region-based collector (G1) may give each a
 * run of whole regions, held weakly. collectgarbage("count") subtracts the unused tails of
 * those regions, so that a big string counts its own size, as in Lua, not its region rounding.
 * Invariant: holds only arrays of at least {@link #THRESHOLD} bytes; safe from any thread.
 */
public final class LargeStrings {
    /** Half of G1's smallest region: anything smaller is never humongous. */
    static final int THRESHOLD = 512 * 1024;
    /** A byte array's header (mark word, compressed class pointer, length). */
    private static final long ARRAY_HEADER = 16;

    /** Guarded by the class lock; sized up front so that the first big string allocates no more than its reference. */
    private static final ArrayList<WeakReference<byte[]>> tracked = new ArrayList<>(64);

    private LargeStrings() {}

    /** Past this many, {@link #track} first drops the cleared ones (a program that never calls collectgarbage). */
    private static int pruneAt = 64;

    static synchronized void track(byte[] bytes) {
        if (tracked.size() >= pruneAt) {
            tracked.removeIf(reference -> reference.get() == null);
            pruneAt = Math.max(64, 2 * tracked.size());
        }
        tracked.add(new WeakReference<>(bytes));
    }

    /** Forgets the strings the collector reclaimed (right after a collection, so the next one frees the references). */
    public static synchronized void forgetCollected() {
        tracked.removeIf(reference -> reference.get() == null);
    }

    /**
     * Bytes the collector counts as used beyond the live large strings themselves: for each one
     * of at least half a region, the rest of its last region. 
     */
    public static synchronized long regionTails(long regionBytes) {
        if (regionBytes <= 0) return 0;
        long tails = 0;
        for (int i = 0; i < tracked.size(); i++) {
            byte[] bytes = tracked.get(i).get();
            if (bytes == null) continue;
            tails += regionTail(bytes.length, regionBytes);
        }
        return tails;
    }

    /** The unused rest of the last region of a byte array of {@code length}, if G1 makes it humongous. */
    static long regionTail(int length, long regionBytes) {
        long size = (ARRAY_HEADER + length + 7) & ~7L;
        if (size < regionBytes / 2) return 0;
        long regions = (size + regionBytes - 1) / regionBytes;
        return regions * regionBytes - size;
    }
}
