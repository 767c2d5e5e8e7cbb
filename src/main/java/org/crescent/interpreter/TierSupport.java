package org.crescent.interpreter;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.MemoryMeter;
import org.crescent.runtime.Tag;

/**
 * What compiled code (org.crescent.jit) may ask of the interpreter's package beyond calls:
 * the inline caches of {@link FieldCache}, the finalizer flag read at allocation points, and
 * concatenation of strings and numbers. Each answer is exactly the interpreter's for the same
 * instruction; a false answer means "not handled here, nothing written": the compiled code
 * then exits and the interpreter runs the instruction.
 */
public final class TierSupport {
    private TierSupport() {}

    /** Whether finalizers wait to run: an allocation point must then go through the interpreter. */
    public static boolean finalizersQueued(GlobalState global) {
        return global.finalizers.queued;
    }

    /**
     * {@code stack[destination] := object[key]} for an object whose own lookup missed, through
     * the __index chain of tables, with the instruction's cache in its prototype's lookup hints
     * ({@link FieldCache#index}).
     */
    public static boolean index(LuaThread thread, CallFrame frame, int pc, int objectTag, Object object, LuaString key,
                                int destination) {
        return FieldCache.index(thread.global, frame.closure.prototype, pc, (byte) objectTag, object, key,
                thread.tags, thread.bits, thread.refs, destination);
    }

    /**
     * CONCAT of slots {@code first..last}, all strings or numbers, into slot {@code first}
     * (numbers converted as the interpreter converts them). False, nothing written, when the
     * result would be too long (the interpreter raises the error).
     */
    public static boolean concat(LuaThread thread, int first, int last) {
        byte[] tags = thread.tags;
        Object[] refs = thread.refs;
        long length = 0;
        for (int slot = first; slot <= last; slot++) {
            length += tags[slot] == Tag.STRING ? ((LuaString) refs[slot]).length() : 24;
        }
        if (length > Integer.MAX_VALUE / 2) {
            return false;
        }
        int total = 0;
        for (int slot = first; slot <= last; slot++) {
            total += pieceAt(thread, slot).length();
        }
        MemoryMeter.reserve(total);
        LuaString result;
        if (last == first + 1) {
            result = ((LuaString) refs[first]).concat((LuaString) refs[last]);
        } else {
            byte[] joined = new byte[total];
            int offset = 0;
            for (int slot = first; slot <= last; slot++) {
                LuaString piece = (LuaString) refs[slot];
                System.arraycopy(piece.bytes(), 0, joined, offset, piece.length());
                offset += piece.length();
            }
            result = LuaString.wrap(joined);
        }
        tags[first] = Tag.STRING;
        refs[first] = result;
        return true;
    }

    /**
     * SETLIST: the table at {@code tableSlot} gets items tableSlot+1.. at keys last+1.. (as
     * Calls.setList); a count of 0 means up to the stack top.
     */
    public static void setList(LuaThread thread, int tableSlot, int last, int count) {
        if (count == 0) {
            count = thread.top - tableSlot - 1;
        }
        org.crescent.runtime.LuaTable table = (org.crescent.runtime.LuaTable) thread.refs[tableSlot];
        if (last + count > table.arrayTags.length && last + count <= Integer.MAX_VALUE / 2) {
            table.ensureArraySize(last + count);
        }
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        for (int n = 1; n <= count; n++) {
            table.setInteger(last + n, tags[tableSlot + n], bits[tableSlot + n], refs[tableSlot + n]);
        }
    }

    /**
     * TFORCALL from compiled code, the registers written back: {@code next} and ipairs' step run
     * without a call (as the dispatch loop's fast path), any other iterator through
     * {@link Tier#callFromCompiled} with R[A..A+2] copied to R[A+4..A+6]. Returns what
     * callFromCompiled returns.
     */
    public static int forCall(LuaThread thread, CallFrame frame, int nextPc, int ra, int wanted) {
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        if (tags[ra] == Tag.FUNCTION && ((org.crescent.runtime.LuaFunction) refs[ra]).kind >= org.crescent.runtime.LuaFunction.KIND_NEXT
                && Loops.iterateTable(thread, tags, bits, refs, ra, wanted)) {
            return Tier.CALL_RETURNED;
        }
        for (int n = 0; n < 3; n++) {
            tags[ra + 4 + n] = tags[ra + n];
            bits[ra + 4 + n] = bits[ra + n];
            refs[ra + 4 + n] = refs[ra + n];
        }
        thread.top = ra + 7;
        return Tier.callFromCompiled(thread, frame, nextPc, ra + 4, 2, wanted);
    }

    /** Whether CLOSE at {@code level} has nothing to do: no open upvalue and no to-be-closed variable at or above it. */
    public static boolean closesNothing(LuaThread thread, int level) {
        Upvalue open = thread.openUpvalues;
        return (open == null || open.index < level)
                && (thread.toBeClosedCount == 0 || thread.toBeClosed[thread.toBeClosedCount - 1] < level);
    }

    /** A slot's string, a number converted in place (as lua_tolstring does). */
    private static LuaString pieceAt(LuaThread thread, int slot) {
        if (thread.tags[slot] != Tag.STRING) {
            LuaString text = Conversions.numberToString(thread.tags[slot], thread.bits[slot]);
            thread.tags[slot] = Tag.STRING;
            thread.refs[slot] = text;
            return text;
        }
        return (LuaString) thread.refs[slot];
    }
}
