package org.crescent.stdlib;

import org.crescent.interpreter.Compare;
import org.crescent.interpreter.ExecutionLimits;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * table.sort: the quicksort of C Lua 5.4's ltablib.c (Sedgewick's, median of three, pivot
 * from the middle, a "random" pivot only after a badly unbalanced partition), reproduced step
 * for step: the same reads, writes and comparisons in the same order, so that an inconsistent
 * comparator fails with "invalid order function for sorting" where C Lua fails, and equal
 * elements end in the same places.
 *
 * <p>Two runners share that algorithm. {@link Generic} reads and writes through metamethods
 * and calls the comparator or __lt, holding values in stack slots. {@link Plain} works on
 * the array part in place, when no comparator is given and the elements are all numbers or
 * all strings: then no Lua code can run during the sort, and swapping positions is the same
 * as C Lua's read-compare-write sequence.
 */
final class TableSort {
    /** Intervals larger than this may use a randomized pivot (C Lua's RANLIMIT). */
    private static final long RANDOM_LIMIT = 100;

    private TableSort() {}

    static int sort(LuaThread thread, int argumentCount) {
        long size = TableAccess.checkedLength(thread, 1, TableAccess.READ | TableAccess.WRITE);
        if (size > 1) {
            if (size >= Integer.MAX_VALUE) {
                throw thread.argumentError(1, "array too big");
            }
            boolean hasComparator = !thread.isNoneOrNil(2);
            if (hasComparator) {
                thread.checkType(2, Tag.FUNCTION);
            }
            Plain plain = hasComparator ? null : Plain.of(thread, thread.slot(1), (int) size);
            if (plain != null) {
                plain.sort(1, (int) size, 0);
            } else {
                new Generic(thread, thread.slot(1), hasComparator ? thread.slot(2) : -1).sort(1, size, 0);
            }
        }
        return 0;
    }

    /** C Lua's l_randomizePivot: some bits of the clock, for a new pivot after a bad partition. */
    static int randomizePivot() {
        long now = System.nanoTime();
        return (int) now + (int) (now >>> 32) + (int) (System.currentTimeMillis() / 1000);
    }

    /** C Lua's choosePivot: a position in the middle half of [low, up], "randomized" by {@code random}. */
    static long choosePivot(long low, long up, int random) {
        long quarter = (up - low) / 4;
        return Long.remainderUnsigned(Integer.toUnsignedLong(random), quarter * 2) + low + quarter;
    }

    /** Whether the partition just made is so unbalanced that a new random pivot is worth it. */
    static boolean unbalanced(long low, long up, long smaller) {
        // C Lua computes (up - lo) / 128 in unsigned arithmetic, where an empty interval wraps
        // to a huge value; the loop ends then anyway, so only the nonnegative case matters.
        return up >= low && (up - low) / 128 > smaller;
    }

    /** The sort through lua_geti/lua_seti and comparisons that may call Lua. */
    private static final class Generic {
        private final LuaThread thread;
        private final int table;
        private final int comparator;
        /** Stack slots standing for C Lua's stack temporaries. */
        private final int first;
        private final int second;
        private final int pivot;
        /** Where comparator and metamethod calls go: above the temporaries, so they survive. */
        private final int callSlot;

        Generic(LuaThread thread, int table, int comparator) {
            this.thread = thread;
            this.table = table;
            this.comparator = comparator;
            thread.ensureCapacity(8);
            this.first = thread.top;
            this.second = first + 1;
            this.pivot = first + 2;
            this.callSlot = first + 3;
            thread.top = callSlot;
        }

        private void get(long key, int slot) {
            TableAccess.get(thread, table, key, slot);
        }

        private void set(long key, int slot) {
            TableAccess.set(thread, table, key, slot);
        }

        /** sort_comp: the comparator's verdict, or {@code <} with __lt. */
        private boolean less(int left, int right) {
            if (comparator < 0) {
                return Compare.lessThan(thread, left, right);
            }
            thread.copySlot(comparator, callSlot);
            thread.copySlot(left, callSlot + 1);
            thread.copySlot(right, callSlot + 2);
            thread.top = callSlot + 3;
            thread.call(callSlot, 2, 1);
            thread.top = callSlot;
            return thread.tags[callSlot] > Tag.FALSE;
        }

        /** auxsort: sorts keys [low, up], recursing into the smaller part and looping on the larger. */
        void sort(long low, long up, int random) {
            while (low < up) {
                ExecutionLimits.poll(thread, (int) Math.min(up - low, Integer.MAX_VALUE));
                get(low, first);
                get(up, second);
                if (less(second, first)) {
                    set(low, second);
                    set(up, first);
                }
                if (up - low == 1) {
                    return;
                }
                long middle = up - low < RANDOM_LIMIT || random == 0 ? (low + up) >>> 1 : choosePivot(low, up, random);
                get(middle, first);
                get(low, second);
                if (less(first, second)) {
                    set(middle, second);
                    set(low, first);
                } else {
                    get(up, second);
                    if (less(second, first)) {
                        set(middle, second);
                        set(up, first);
                    }
                }
                if (up - low == 2) {
                    return;
                }
                get(middle, pivot);
                get(up - 1, second);
                set(middle, second);
                set(up - 1, pivot);
                long split = partition(low, up);
                long smaller;
                if (split - low < up - split) {
                    sort(low, split - 1, random);
                    smaller = split - low;
                    low = split + 1;
                } else {
                    sort(split + 1, up, random);
                    smaller = up - split;
                    up = split - 1;
                }
                if (unbalanced(low, up, smaller)) {
                    random = randomizePivot();
                }
            }
        }

        /** Partitions [low, up] around the pivot held in its slot (and at key up - 1); returns its final key. */
        private long partition(long low, long up) {
            long i = low;
            long j = up - 1;
            for (;;) {
                while (true) {
                    get(++i, first);
                    if (!less(first, pivot)) {
                        break;
                    }
                    if (i == up - 1) {
                        throw thread.error("invalid order function for sorting");
                    }
                }
                while (true) {
                    get(--j, second);
                    if (!less(pivot, second)) {
                        break;
                    }
                    if (j < i) {
                        throw thread.error("invalid order function for sorting");
                    }
                }
                if (j < i) {
                    set(up - 1, first);
                    set(i, pivot);
                    return i;
                }
                set(i, second);
                set(j, first);
            }
        }
    }

    /** The same sort on an array part of numbers only or strings only, by positions. */
    private static final class Plain {
        private final LuaThread thread;
        private final byte[] tags;
        private final long[] bits;
        private final Object[] refs;
        private final boolean strings;

        private Plain(LuaThread thread, LuaTable table, boolean strings) {
            this.thread = thread;
            this.tags = table.arrayTags;
            this.bits = table.arrayBits;
            this.refs = table.arrayRefs;
            this.strings = strings;
        }

        /** A runner when keys 1..size are in the array part and all numbers or all strings, else null. */
        static Plain of(LuaThread thread, int slot, int size) {
            if (thread.tags[slot] != Tag.TABLE) {
                return null;
            }
            LuaTable table = (LuaTable) thread.refs[slot];
            byte[] tags = table.arrayTags;
            if (size > tags.length) {
                return null;
            }
            boolean strings = tags[0] == Tag.STRING;
            for (int i = 0; i < size; i++) {
                byte tag = tags[i];
                if (strings ? tag != Tag.STRING : tag != Tag.INTEGER && tag != Tag.FLOAT) {
                    return null;
                }
            }
            return new Plain(thread, table, strings);
        }

        /** Whether the element at key {@code left} is less than the one at key {@code right}. */
        private boolean less(int left, int right) {
            int x = left - 1;
            int y = right - 1;
            if (strings) {
                return ((LuaString) refs[x]).compareTo((LuaString) refs[y]) < 0;
            }
            byte leftTag = tags[x];
            byte rightTag = tags[y];
            if (leftTag == rightTag) {
                return leftTag == Tag.INTEGER ? bits[x] < bits[y]
                        : Double.longBitsToDouble(bits[x]) < Double.longBitsToDouble(bits[y]);
            }
            return Compare.numberLess(leftTag, bits[x], rightTag, bits[y]);
        }

        private void swap(int left, int right) {
            int x = left - 1;
            int y = right - 1;
            byte tag = tags[x];
            tags[x] = tags[y];
            tags[y] = tag;
            long value = bits[x];
            bits[x] = bits[y];
            bits[y] = value;
            Object ref = refs[x];
            refs[x] = refs[y];
            refs[y] = ref;
        }

        void sort(int low, int up, int random) {
            while (low < up) {
                ExecutionLimits.poll(thread, up - low);
                if (less(up, low)) {
                    swap(low, up);
                }
                if (up - low == 1) {
                    return;
                }
                int middle = up - low < RANDOM_LIMIT || random == 0 ? (low + up) >>> 1 : (int) choosePivot(low, up, random);
                if (less(middle, low)) {
                    swap(middle, low);
                } else if (less(up, middle)) {
                    swap(middle, up);
                }
                if (up - low == 2) {
                    return;
                }
                swap(middle, up - 1);
                int split = partition(low, up);
                int smaller;
                if (split - low < up - split) {
                    sort(low, split - 1, random);
                    smaller = split - low;
                    low = split + 1;
                } else {
                    sort(split + 1, up, random);
                    smaller = up - split;
                    up = split - 1;
                }
                if (unbalanced(low, up, smaller)) {
                    random = randomizePivot();
                }
            }
        }

        /** The pivot sits at key up - 1 and stays there until the final swap. */
        private int partition(int low, int up) {
            int pivot = up - 1;
            int i = low;
            int j = up - 1;
            for (;;) {
                while (less(++i, pivot)) {
                    if (i == up - 1) {
                        throw thread.error("invalid order function for sorting");
                    }
                }
                while (less(pivot, --j)) {
                    if (j < i) {
                        throw thread.error("invalid order function for sorting");
                    }
                }
                if (j < i) {
                    swap(up - 1, i);
                    return i;
                }
                swap(i, j);
            }
        }
    }
}
