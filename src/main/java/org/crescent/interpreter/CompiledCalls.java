package org.crescent.interpreter;

import org.crescent.bytecode.Instruction;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.Tag;

/**
 * Call-shaped instructions that compiled code (the second tier, org.crescent.jit) executes
 * through helpers: TAILCALL, RETURN, VARARG and CLOSURE. Each does exactly what the dispatch
 * loop does for the case it accepts, with the caller's registers already written back to the
 * value stack, and declines (compiled code then exits at the instruction, leaving it to the
 * interpreter) whatever could raise an error, run a hook or switch coroutines.
 */
public final class CompiledCalls {
    /** {@link #tailCall}: nothing done; the interpreter runs the TAILCALL. */
    public static final int DECLINED = 0;

    private CompiledCalls() {}

    /**
     * First half of a compiled CALL whose callee is a Lua function with compiled code: pushes
     * the callee's frame (as the dispatch loop's CALL does) and returns it; the caller then
     * runs the callee's compiled code itself (a call site of its own, so HotSpot sees one
     * callee there and may inline it) and hands the result to {@link #finishCall}. Null, with
     * nothing done, for anything else (the caller then goes through {@link Tier#callFromCompiled}).
     */
    public static CallFrame enterCall(LuaThread thread, CallFrame frame, int nextPc, int slot, int argumentCount, int wanted) {
        if (thread.tags[slot] != Tag.FUNCTION || thread.hookMask != 0 || thread.compiledDepth >= Tier.MAX_COMPILED_DEPTH) {
            return null;
        }
        LuaFunction function = (LuaFunction) thread.refs[slot];
        if (function.kind != LuaFunction.KIND_LUA) {
            return null;
        }
        LuaClosure closure = (LuaClosure) function;
        if (!(closure.prototype.compiledCode instanceof CompiledCode)) {
            return null;
        }
        if (argumentCount < 0) {
            argumentCount = thread.top - slot - 1;
        }
        frame.pc = nextPc;
        CallFrame callee = Calls.enterLua(thread, closure, slot, argumentCount, wanted);
        thread.compiledDepth++; // no hook is set, so the new frame has no status to send it elsewhere
        return callee;
    }

    /**
     * Second half of a compiled CALL: {@code exit} is what the callee's compiled code
     * returned. Runs tail callees (TAIL_CALLED) that have compiled code; answers
     * {@link Tier#CALL_RETURNED} when the callee has returned into {@code caller} (results in
     * place), else {@link CompiledCode#FRAME_CHANGED} (a frame stopped in the interpreter, its
     * pc saved).
     */
    public static int finishCall(int exit, LuaThread thread, CallFrame caller) {
        try {
            while (exit == CompiledCode.TAIL_CALLED) {
                CallFrame callee = thread.frames[thread.frameCount - 1];
                Object compiled = callee.closure.prototype.compiledCode;
                if (!(compiled instanceof CompiledCode)) {
                    return CompiledCode.FRAME_CHANGED; // the interpreter runs it (and counts the call)
                }
                exit = ((CompiledCode) compiled).run(thread, callee, 0);
            }
        } finally {
            thread.compiledDepth--;
        }
        if (exit >= 0) {
            thread.frames[thread.frameCount - 1].pc = exit;
            return CompiledCode.FRAME_CHANGED;
        }
        return thread.frames[thread.frameCount - 1] == caller && thread.hookMask == 0 ? Tier.CALL_RETURNED : CompiledCode.FRAME_CHANGED;
    }

    /** An error left the callee's compiled code: the call no longer counts toward the compiled depth. */
    public static void abandonCall(LuaThread thread) {
        thread.compiledDepth--;
    }

    /**
     * TAILCALL of the function in {@code slot} with {@code argumentCount} arguments (-1: up to
     * the stack top). A Lua callee replaces the frame (as the dispatch loop's tail call does)
     * and the answer is {@link CompiledCode#TAIL_CALLED}; a Java function called from a plain
     * frame (no status but TAIL_CALL) runs and its results are returned at once, answering
     * {@link CompiledCode#FRAME_CHANGED}. Anything else (pcall, coroutine functions, __call,
     * hooks, an interrupt request, a frame returning through the slow path) is {@link #DECLINED}.
     */
    public static int tailCall(LuaThread thread, CallFrame frame, int nextPc, int slot, int argumentCount, int instruction) {
        if (thread.tags[slot] != Tag.FUNCTION || thread.hookMask != 0 || Interrupts.isRequested(thread.global)) {
            return DECLINED;
        }
        if (argumentCount < 0) {
            argumentCount = thread.top - slot - 1;
        }
        LuaFunction function = (LuaFunction) thread.refs[slot];
        if (function.kind == LuaFunction.KIND_LUA) {
            frame.pc = nextPc;
            if ((frame.status & ~CallFrame.TAIL_CALL) != 0) {
                Calls.tailCall(thread, frame, instruction, slot, argumentCount);
                return CompiledCode.TAIL_CALLED;
            }
            // A plain frame (no continuation, handler or protection to carry over): the
            // dispatch loop's tail call, with references copied only for reference types.
            if (Instruction.k(instruction)) {
                thread.closeUpvalues(frame.base);
            }
            int destination = frame.functionSlot;
            byte[] tags = thread.tags;
            long[] bits = thread.bits;
            Object[] refs = thread.refs;
            for (int n = 0; n <= argumentCount; n++) {
                byte tag = tags[slot + n];
                tags[destination + n] = tag;
                bits[destination + n] = bits[slot + n];
                if (tag >= Tag.STRING) {
                    refs[destination + n] = refs[slot + n];
                }
            }
            thread.frameCount--;
            Calls.enterLua(thread, (LuaClosure) function, destination, argumentCount, frame.expectedResults, CallFrame.TAIL_CALL);
            return CompiledCode.TAIL_CALLED;
        }
        if (function.kind != LuaFunction.KIND_JAVA || (frame.status & ~CallFrame.TAIL_CALL) != 0) {
            return DECLINED;
        }
        frame.pc = nextPc;
        if (Instruction.k(instruction)) {
            thread.closeUpvalues(frame.base);
        }
        if (!Calls.callJavaFromCompiled(thread, (JavaFunction) function, slot, argumentCount, -1) || thread.hookMask != 0) {
            // The function asked for a tail call of its own, or set a hook: the interpreter
            // goes on from here (the RETURN after the TAILCALL returns the results).
            return CompiledCode.FRAME_CHANGED;
        }
        Calls.moveResults(thread, slot, thread.top - slot, frame.functionSlot, frame.expectedResults);
        thread.frameCount--;
        return CompiledCode.FRAME_CHANGED;
    }

    /**
     * RETURN of {@code count} values from {@code first} (-1: up to the stack top), closing
     * upvalues when {@code close}: done here for a plain frame (no status but TAIL_CALL) with no
     * to-be-closed variable pending; false (nothing done) leaves it to the interpreter.
     */
    public static boolean returnValues(LuaThread thread, CallFrame frame, int first, int count, boolean close) {
        if ((frame.status & ~CallFrame.TAIL_CALL) != 0 || thread.hookMask != 0) {
            return false;
        }
        if (close) {
            if (thread.toBeClosedCount > 0 && thread.toBeClosed[thread.toBeClosedCount - 1] >= frame.base) {
                return false;
            }
            thread.closeUpvalues(frame.base);
        }
        if (count < 0) {
            count = thread.top - first;
        }
        Calls.moveResults(thread, first, count, frame.functionSlot, frame.expectedResults);
        thread.frameCount--;
        return true;
    }

    /** VARARG: R[A], ... := the frame's extra arguments ({@code wanted} of them, -1: all, setting the top). */
    public static void varargs(LuaThread thread, CallFrame frame, int slot, int wanted) {
        Calls.varargs(thread, frame, slot, wanted);
    }

    /** CLOSURE: R[A] := a new closure of nested prototype {@code index} (the caller checked that no finalizer is queued). */
    public static void closure(LuaThread thread, CallFrame frame, int slot, int index) {
        Calls.closure(thread, frame, slot, index);
    }

    /** Whether an allocation must let queued finalizers run (compiled code then leaves it to the interpreter). */
    public static boolean finalizersQueued(GlobalState global) {
        return global.finalizers.queued;
    }
}
