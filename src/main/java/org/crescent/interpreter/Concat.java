package org.crescent.interpreter;

import static org.crescent.bytecode.Instruction.a;
import static org.crescent.bytecode.Instruction.b;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.Metamethod;
import org.crescent.runtime.Tag;

/**
 * The concatenation operator over a run of registers, right to left as C Lua does: maximal runs
 * of strings and numbers are joined in one copy; any other pair goes to __concat, whose result
 * replaces the pair before the work resumes.
 */
final class Concat {
    private Concat() {}

    /** CONCAT A B: R[A] := R[A].. ... ..R[A + B - 1]. */
    static void fromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int first = frame.base + a(instruction);
        run(thread, first, first + b(instruction) - 1);
        if (thread.global.finalizers.queued && thread.currentFrame() == frame) {
            // An allocation point, as C Lua's checkGC after OP_CONCAT.
            thread.global.finalizers.atAllocation(thread, first + 1);
        }
    }

    /** After a __concat metamethod stored its result at {@code last}, continues the caller's CONCAT. */
    static void resume(LuaThread thread, CallFrame caller, int last) {
        int instruction = caller.closure.prototype.code[caller.pc - 1];
        run(thread, caller.base + a(instruction), last);
    }

    private static boolean isStringLike(byte tag) {
        return tag == Tag.STRING || tag == Tag.INTEGER || tag == Tag.FLOAT;
    }

    private static void run(LuaThread thread, int first, int last) {
        while (last > first) {
            byte[] tags = thread.tags;
            if (isStringLike(tags[last]) && isStringLike(tags[last - 1])) {
                int start = last - 1;
                while (start > first && isStringLike(tags[start - 1])) {
                    start--;
                }
                join(thread, start, last);
                last = start;
                continue;
            }
            int callSlot = Metatables.callSlot(thread);
            thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
            int left = last - 1;
            if (!Metatables.load(thread, thread.tags[left], thread.refs[left], Metamethod.CONCAT, callSlot)
                    && !Metatables.load(thread, thread.tags[last], thread.refs[last], Metamethod.CONCAT, callSlot)) {
                boolean leftOk = isStringLike(thread.tags[left]);
                int wrong = leftOk ? last : left;
                CallFrame frame = thread.currentFrame();
                throw Metatables.typeError(thread, thread.tags[wrong], thread.refs[wrong], "concatenate",
                        frame.closure != null ? wrong - frame.base : Integer.MIN_VALUE, Tag.NIL, null);
            }
            thread.copySlot(left, callSlot + 1);
            thread.copySlot(last, callSlot + 2);
            thread.top = callSlot + 3;
            CallFrame before = thread.currentFrame();
            Continuations.callMetamethod(thread, callSlot, 2, CallFrame.CONTINUE_CONCAT, left);
            return; // the continuation (now, or when the Lua metamethod returns) resumes the work
        }
    }

    /** Joins the strings and numbers in slots [start, last] into slot start. */
    private static void join(LuaThread thread, int start, int last) {
        int length = 0;
        for (int slot = start; slot <= last; slot++) {
            length += toStringAt(thread, slot).length();
            if (length < 0) {
                throw Errors.runtime(thread, "string length overflow");
            }
        }
        org.crescent.runtime.MemoryMeter.reserve(length);
        byte[] joined = new byte[length];
        int offset = 0;
        for (int slot = start; slot <= last; slot++) {
            LuaString piece = (LuaString) thread.refs[slot];
            System.arraycopy(piece.bytes(), 0, joined, offset, piece.length());
            offset += piece.length();
        }
        thread.tags[start] = Tag.STRING;
        thread.refs[start] = LuaString.wrap(joined);
    }

    /** Converts a number in a slot to its string in place (as lua_tolstring does) and returns it. */
    private static LuaString toStringAt(LuaThread thread, int slot) {
        byte tag = thread.tags[slot];
        if (tag != Tag.STRING) {
            LuaString text = Conversions.numberToString(tag, thread.bits[slot]);
            thread.tags[slot] = Tag.STRING;
            thread.refs[slot] = text;
            return text;
        }
        return (LuaString) thread.refs[slot];
    }
}
