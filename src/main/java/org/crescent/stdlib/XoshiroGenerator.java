package org.crescent.stdlib;

/**
 * The pseudo-random generator of C Lua 5.4's math library: xoshiro256** over four 64-bit
 * words, seeded from two integers followed by 16 discarded outputs, floats from the top 53
 * bits, and integer ranges by rejection on the smallest enclosing power-of-two mask. The same
 * seed gives the same sequence as lua5.4. Invariant: the state is never all zero (seeding puts
 * 0xff in the second word).
 */
public final class XoshiroGenerator {
    private long state0;
    private long state1;
    private long state2;
    private long state3;

    /** A generator seeded as {@code math.randomseed(first, second)} would. */
    public XoshiroGenerator(long first, long second) {
        seed(first, second);
    }

    public void seed(long first, long second) {
        state0 = first;
        state1 = 0xff;
        state2 = second;
        state3 = 0;
        for (int i = 0; i < 16; i++) {
            next();
        }
    }

    /** The next 64 random bits. */
    public long next() {
        long word0 = state0;
        long word1 = state1;
        long word2 = state2 ^ word0;
        long word3 = state3 ^ word1;
        long result = Long.rotateLeft(word1 * 5, 7) * 9;
        state0 = word0 ^ word3;
        state1 = word1 ^ word2;
        state2 = word2 ^ (word1 << 17);
        state3 = Long.rotateLeft(word3, 45);
        return result;
    }

    /** A float in [0, 1) from the top 53 bits of {@code random}. */
    public static double toFloat(long random) {
        return (random >>> 11) * 0x1.0p-53;
    }

    /**
     * {@code random} projected into [0, limit] (limit read as unsigned): masked to the smallest
     * 2^b - 1 not below limit, drawing new values while the result is above limit.
     */
    public long project(long random, long limit) {
        if ((limit & (limit + 1)) == 0) {
            return random & limit;
        }
        long mask = limit;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        while (Long.compareUnsigned(random &= mask, limit) > 0) {
            random = next();
        }
        return random;
    }
}
