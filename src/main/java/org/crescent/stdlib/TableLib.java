package org.crescent.stdlib;

import java.util.Arrays;
import org.crescent.interpreter.Compare;
import org.crescent.interpreter.Conversions;
import org.crescent.interpreter.ExecutionLimits;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.MemoryMeter;
import org.crescent.runtime.Tag;

/**
 * The table library (manual section 6.6): concat, insert, move, pack, remove, sort, unpack,
 * with Lua 5.4's semantics: elements are read and written through metamethods and lengths
 * come from __len (see {@link TableAccess}), and errors are worded as C Lua's ltablib.c.
 * Plain tables (no metatable) whose elements lie in the array part take array shortcuts that
 * leave exactly the state the element-by-element algorithm would.
 */
public final class TableLib {
    private static final LuaString N_FIELD = LuaString.of("n");

    private TableLib() {}

    public static void open(GlobalState global) {
        Library.create(global, "table").registerAll(Function.values());
    }

    /** The registration table, in ltablib.c's order. */
    enum Function implements LibraryFunction {
        CONCAT, INSERT, PACK, UNPACK, REMOVE, MOVE, SORT;

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case CONCAT -> concat(thread, count);
                case INSERT -> insert(thread, count);
                case PACK -> pack(thread, count);
                case UNPACK -> unpack(thread, count);
                case REMOVE -> remove(thread, count);
                case MOVE -> move(thread, count);
                case SORT -> TableSort.sort(thread, count);
            };
        }
    }

    /** table.insert(list, [pos,] value). */
    static int insert(LuaThread thread, int argumentCount) {
        long end = TableAccess.checkedLength(thread, 1, TableAccess.READ | TableAccess.WRITE) + 1; // first empty slot; wraps as C
        int tableSlot = thread.slot(1);
        long position;
        switch (argumentCount) {
            case 2:
                position = end;
                break;
            case 3: {
                position = thread.checkInteger(2);
                if (Long.compareUnsigned(position - 1, end) >= 0) {
                    throw thread.argumentError(2, "position out of bounds");
                }
                shiftUp(thread, tableSlot, position, end);
                break;
            }
            default:
                throw thread.error("wrong number of arguments to 'insert'");
        }
        TableAccess.set(thread, tableSlot, position, thread.slot(argumentCount));
        return 0;
    }

    /** {@code t[i] = t[i - 1]} for i from end down to position + 1. */
    private static void shiftUp(LuaThread thread, int tableSlot, long position, long end) {
        if (position >= end) {
            return;
        }
        LuaTable table = TableAccess.plainTable(thread, tableSlot);
        if (table != null) {
            // The first move may grow the array part; the rest are then one array copy.
            thread.ensureCapacity(1);
            table.getInteger(end - 1, thread.tags, thread.bits, thread.refs, thread.top);
            table.setInteger(end, thread.tags[thread.top], thread.bits[thread.top], thread.refs[thread.top]);
            long last = end - 1;
            if (position < last && TableAccess.inArrayPart(table, position, last)) {
                int from = (int) position - 1;
                int count = (int) (last - position);
                System.arraycopy(table.arrayTags, from, table.arrayTags, from + 1, count);
                System.arraycopy(table.arrayBits, from, table.arrayBits, from + 1, count);
                System.arraycopy(table.arrayRefs, from, table.arrayRefs, from + 1, count);
                return;
            }
            end = last;
        }
        int temporary = thread.top;
        thread.ensureCapacity(1);
        thread.top = temporary + 1;
        for (long i = end; i > position; i--) {
            if ((i & (ExecutionLimits.POLL_INTERVAL - 1)) == 0) {
                ExecutionLimits.poll(thread, ExecutionLimits.POLL_INTERVAL);
            }
            TableAccess.get(thread, tableSlot, i - 1, temporary);
            TableAccess.set(thread, tableSlot, i, temporary);
        }
        thread.top = temporary;
    }

    /** table.remove(list [, pos]). */
    static int remove(LuaThread thread, int argumentCount) {
        long size = TableAccess.checkedLength(thread, 1, TableAccess.READ | TableAccess.WRITE);
        long position = thread.optInteger(2, size);
        if (position != size && Long.compareUnsigned(position - 1, size) > 0) {
            throw thread.argumentError(1, "position out of bounds");
        }
        int tableSlot = thread.slot(1);
        thread.ensureCapacity(2);
        int result = thread.top;
        TableAccess.get(thread, tableSlot, position, result);
        thread.top = result + 1;
        LuaTable table = TableAccess.plainTable(thread, tableSlot);
        if (table != null && position < size && TableAccess.inArrayPart(table, position, size)) {
            int from = (int) position;
            int count = (int) (size - position);
            System.arraycopy(table.arrayTags, from, table.arrayTags, from - 1, count);
            System.arraycopy(table.arrayBits, from, table.arrayBits, from - 1, count);
            System.arraycopy(table.arrayRefs, from, table.arrayRefs, from - 1, count);
            position = size;
        }
        int temporary = result + 1;
        thread.top = temporary + 1;
        for (; position < size; position++) {
            if ((position & (ExecutionLimits.POLL_INTERVAL - 1)) == 0) {
                ExecutionLimits.poll(thread, ExecutionLimits.POLL_INTERVAL);
            }
            TableAccess.get(thread, tableSlot, position + 1, temporary);
            TableAccess.set(thread, tableSlot, position, temporary);
        }
        TableAccess.set(thread, tableSlot, position, Tag.NIL, 0, null);
        thread.top = result + 1;
        return 1;
    }

    /** table.move(a1, f, e, t [, a2]). */
    static int move(LuaThread thread, int argumentCount) {
        long first = thread.checkInteger(2);
        long last = thread.checkInteger(3);
        long target = thread.checkInteger(4);
        int destinationArgument = thread.isNoneOrNil(5) ? 1 : 5;
        TableAccess.checkTable(thread, 1, TableAccess.READ);
        TableAccess.checkTable(thread, destinationArgument, TableAccess.WRITE);
        int sourceSlot = thread.slot(1);
        int destinationSlot = thread.slot(destinationArgument);
        if (last >= first) {
            if (!(first > 0 || last < Long.MAX_VALUE + first)) {
                throw thread.argumentError(3, "too many elements to move");
            }
            long count = last - first + 1;
            if (target > Long.MAX_VALUE - count + 1) {
                throw thread.argumentError(4, "destination wrap around");
            }
            if (!moveArrays(thread, sourceSlot, destinationSlot, first, last, target, count)) {
                boolean forward = target > last || target <= first
                        || (destinationArgument != 1 && !Compare.equalFromJava(thread, sourceSlot, destinationSlot));
                int temporary = thread.top;
                thread.ensureCapacity(1);
                thread.top = temporary + 1;
                if (forward) {
                    for (long i = 0; i < count; i++) {
                        if ((i & (ExecutionLimits.POLL_INTERVAL - 1)) == 0) {
                            ExecutionLimits.poll(thread, ExecutionLimits.POLL_INTERVAL);
                        }
                        TableAccess.get(thread, sourceSlot, first + i, temporary);
                        TableAccess.set(thread, destinationSlot, target + i, temporary);
                    }
                } else {
                    for (long i = count - 1; i >= 0; i--) {
                        if ((i & (ExecutionLimits.POLL_INTERVAL - 1)) == 0) {
                            ExecutionLimits.poll(thread, ExecutionLimits.POLL_INTERVAL);
                        }
                        TableAccess.get(thread, sourceSlot, first + i, temporary);
                        TableAccess.set(thread, destinationSlot, target + i, temporary);
                    }
                }
                thread.top = temporary;
            }
        }
        thread.pushSlot(destinationSlot);
        return 1;
    }

    /** The move as array copies when both tables are plain and both ranges lie in array parts. */
    private static boolean moveArrays(LuaThread thread, int sourceSlot, int destinationSlot,
                                      long first, long last, long target, long count) {
        LuaTable source = TableAccess.plainTable(thread, sourceSlot);
        LuaTable destination = TableAccess.plainTable(thread, destinationSlot);
        if (source == null || destination == null || !TableAccess.inArrayPart(source, first, last)
                || target < 1 || target > destination.arrayTags.length - count + 1) {
            return false;
        }
        // System.arraycopy copies as if through a temporary, which is what either loop direction achieves.
        int from = (int) first - 1;
        int to = (int) target - 1;
        System.arraycopy(source.arrayTags, from, destination.arrayTags, to, (int) count);
        System.arraycopy(source.arrayBits, from, destination.arrayBits, to, (int) count);
        System.arraycopy(source.arrayRefs, from, destination.arrayRefs, to, (int) count);
        return true;
    }

    /** table.concat(list [, sep [, i [, j]]]). */
    static int concat(LuaThread thread, int argumentCount) {
        long last = TableAccess.checkedLength(thread, 1, TableAccess.READ);
        LuaString separator = thread.optString(2, LuaString.EMPTY);
        long i = thread.optInteger(3, 1);
        last = thread.optInteger(4, last);
        int tableSlot = thread.slot(1);
        ByteBuilder buffer = new ByteBuilder();
        int temporary = thread.top;
        thread.ensureCapacity(1);
        thread.top = temporary + 1;
        for (; i < last; i++) {
            if ((i & (ExecutionLimits.POLL_INTERVAL - 1)) == 0) {
                ExecutionLimits.poll(thread, ExecutionLimits.POLL_INTERVAL);
            }
            addField(thread, buffer, tableSlot, i, temporary);
            buffer.append(separator.bytes(), separator.length());
        }
        if (i == last) {
            addField(thread, buffer, tableSlot, i, temporary);
        }
        thread.top = temporary;
        thread.pushString(buffer.toLuaString());
        return 1;
    }

    private static void addField(LuaThread thread, ByteBuilder buffer, int tableSlot, long i, int temporary) {
        TableAccess.get(thread, tableSlot, i, temporary);
        byte tag = thread.tags[temporary];
        if (tag == Tag.STRING) {
            LuaString text = (LuaString) thread.refs[temporary];
            buffer.append(text.bytes(), text.length());
        } else if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
            LuaString text = Conversions.numberToString(tag, thread.bits[temporary]);
            buffer.append(text.bytes(), text.length());
        } else {
            throw thread.error("invalid value (" + Tag.typeName(tag) + ") at index " + i + " in table for 'concat'");
        }
    }

    /** table.pack(...). */
    static int pack(LuaThread thread, int argumentCount) {
        LuaTable table = new LuaTable(argumentCount, 1);
        int base = thread.slot(1);
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        for (int i = argumentCount; i >= 1; i--) {
            int slot = base + i - 1;
            table.setInteger(i, tags[slot], bits[slot], refs[slot]);
        }
        table.setString(N_FIELD, Tag.INTEGER, argumentCount, null);
        thread.pushTable(table);
        return 1;
    }

    /** table.unpack(list [, i [, j]]). */
    static int unpack(LuaThread thread, int argumentCount) {
        if (argumentCount == 0) {
            thread.pushNil(); // luaL_len then sees nil, as C Lua's absent index does
        }
        long first = thread.optInteger(2, 1);
        long last = thread.isNoneOrNil(3) ? TableAccess.length(thread, thread.slot(1)) : thread.checkInteger(3);
        if (first > last) {
            return 0;
        }
        long count = last - first; // number of elements minus 1, computed without overflow
        if (Long.compareUnsigned(count, Integer.MAX_VALUE) >= 0
                || thread.top + 5 + count + 1 > LuaThread.MAX_STACK_SIZE) {
            throw thread.error("too many results to unpack");
        }
        int total = (int) count + 1;
        thread.ensureCapacity(total);
        int tableSlot = thread.slot(1);
        LuaTable table = TableAccess.plainTable(thread, tableSlot);
        if (table != null && TableAccess.inArrayPart(table, first, last)) {
            int from = (int) first - 1;
            int to = thread.top;
            System.arraycopy(table.arrayTags, from, thread.tags, to, total);
            System.arraycopy(table.arrayBits, from, thread.bits, to, total);
            System.arraycopy(table.arrayRefs, from, thread.refs, to, total);
            thread.top = to + total;
            return total;
        }
        for (long i = first; i < last; i++) {
            TableAccess.get(thread, tableSlot, i, thread.top);
            thread.top++;
        }
        TableAccess.get(thread, tableSlot, last, thread.top);
        thread.top++;
        return total;
    }

    /** A growable byte array for building a result string. */
    static final class ByteBuilder {
        /** The longest array the JVM reliably allocates. */
        private static final int MAX_STRING_LENGTH = Integer.MAX_VALUE - 8;
        private byte[] bytes = new byte[64];
        private int length;

        void append(byte[] source, int count) {
            if (count > bytes.length - length) {
                long needed = (long) length + count;
                if (needed > MAX_STRING_LENGTH) {
                    throw new LuaError(LuaString.of("not enough memory"));
                }
                long size = Math.min(Math.max(bytes.length * 2L, needed), MAX_STRING_LENGTH);
                MemoryMeter.charge(size - bytes.length);
                bytes = Arrays.copyOf(bytes, (int) size);
            }
            System.arraycopy(source, 0, bytes, length, count);
            length += count;
        }

        LuaString toLuaString() {
            return LuaString.copyOf(bytes, 0, length);
        }
    }
}
