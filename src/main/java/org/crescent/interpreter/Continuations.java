package org.crescent.interpreter;

import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.OpcodeNumbers;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.Tag;

/**
 * Metamethod calls made by instructions, and how their results finish the instruction. A Lua
 * metamethod gets a frame that carries the continuation, so the dispatch loop runs it without
 * Java recursion; anything else is called at once and finished here.
 */
final class Continuations {
    private Continuations() {}

    /**
     * Calls the function at {@code slot} with {@code argumentCount} arguments after it, for the
     * instruction the running frame is executing.
     */
    static void callMetamethod(LuaThread thread, int slot, int argumentCount, int continuation, int argument) {
        if (thread.currentFrame().closure == null) {
            // Called from a Java function: an ordinary nested call whose result is stored now.
            Protection.invoke(thread, slot, argumentCount, 1);
            if (continuation == CallFrame.CONTINUE_STORE) {
                thread.copySlot(slot, argument);
            }
            return;
        }
        if (thread.tags[slot] == Tag.FUNCTION && ((LuaFunction) thread.refs[slot]).kind == LuaFunction.KIND_YIELD) {
            // The metamethod is coroutine.yield: the instruction finishes when the coroutine resumes.
            thread.yieldContinuation = continuation;
            thread.yieldContinuationArgument = argument;
            if (Coroutines.yieldFromLua(thread, slot, argumentCount, 1)) {
                thread.global.exitRequested = true;
            }
            return;
        }
        if (thread.tags[slot] == Tag.FUNCTION && ((LuaFunction) thread.refs[slot]).kind == LuaFunction.KIND_LUA) {
            Calls.enterLua(thread, (LuaClosure) thread.refs[slot], slot, argumentCount, 1);
            CallFrame frame = thread.currentFrame();
            frame.continuation = continuation;
            frame.status |= CallFrame.HAS_CONTINUATION;
            if (++frame.metamethodDepth + thread.global.javaCallDepth >= GlobalState.MAX_JAVA_CALLS) {
                thread.frameCount--;
                throw Errors.runtime(thread, "C stack overflow");
            }
            frame.continuationArgument = argument;
            return;
        }
        CallFrame caller = thread.currentFrame();
        Protection.invoke(thread, slot, argumentCount, 1);
        apply(thread, caller, continuation, argument, slot);
    }

    /** Finishes the caller's instruction with the metamethod result found in {@code resultSlot}. */
    static void apply(LuaThread thread, CallFrame caller, int continuation, int argument, int resultSlot) {
        switch (continuation) {
            case CallFrame.CONTINUE_STORE:
                thread.copySlot(resultSlot, argument);
                break;
            case CallFrame.CONTINUE_TEST:
            case CallFrame.CONTINUE_TEST_NEGATED: {
                boolean condition = thread.tags[resultSlot] > Tag.FALSE;
                if (continuation == CallFrame.CONTINUE_TEST_NEGATED) {
                    condition = !condition;
                }
                int[] code = caller.closure.prototype.code;
                boolean k = Instruction.k(code[caller.pc - 1]);
                if (condition != k) {
                    caller.pc++;
                } else {
                    caller.pc += Instruction.signedJump(code[caller.pc]) + 1;
                }
                break;
            }
            case CallFrame.CONTINUE_CONCAT:
                thread.copySlot(resultSlot, argument);
                Concat.resume(thread, caller, argument);
                break;
            case CallFrame.CONTINUE_ADJUST:
                Calls.adjustResults(thread, resultSlot, argument & 0xFF, (argument >> 8) - 1);
                break;
            case CallFrame.CONTINUE_CLOSING:
                thread.top = resultSlot;
                Protection.continueClosing(thread, caller);
                break;
            case CallFrame.CONTINUE_REEXECUTE: {
                caller.pc--;
                int instruction = caller.closure.prototype.code[caller.pc];
                if (Instruction.opcode(instruction) == OpcodeNumbers.RETURN && Instruction.b(instruction) == 0) {
                    thread.top = caller.savedTop;
                }
                break;
            }
            default:
                break;
        }
    }
}
