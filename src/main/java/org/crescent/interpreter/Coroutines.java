package org.crescent.interpreter;

import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaTermination;
import org.crescent.runtime.Tag;

/**
 * Coroutine switches. From Lua code a resume or yield only changes which thread the dispatch
 * loop runs; from Java a resume runs a nested loop until the coroutine yields or ends. Values
 * travel between the two threads' stacks. Invariant: exactly one thread is RUNNING, and each
 * RUNNING or NORMAL coroutine knows its resumer.
 */
public final class Coroutines {
    private Coroutines() {}

    /** Why {@code coroutine} cannot be resumed by {@code caller}, or null. */
    static String resumeProblem(LuaThread caller, LuaThread coroutine) {
        if (coroutine.status == LuaThread.STATUS_SUSPENDED) {
            if (caller.resumeDepth + 1 >= GlobalState.MAX_JAVA_CALLS) {
                return "C stack overflow";
            }
            return null;
        }
        return coroutine.status == LuaThread.STATUS_DEAD ? "cannot resume dead coroutine" : "cannot resume non-suspended coroutine";
    }

    /** coroutine.resume or a wrap function called from the dispatch loop. */
    static boolean resumeFromLua(LuaThread thread, JavaFunction function, int functionSlot, int argumentCount, int expectedResults) {
        boolean wrap = function.kind == LuaFunction.KIND_WRAPPED_COROUTINE;
        LuaThread coroutine;
        int first;
        int count;
        if (wrap) {
            coroutine = (LuaThread) function.state;
            first = functionSlot + 1;
            count = argumentCount;
        } else {
            if (argumentCount < 1 || thread.tags[functionSlot + 1] != Tag.THREAD) {
                String got = argumentCount < 1 ? "no value" : Errors.typeNameForMessage(thread, thread.tags[functionSlot + 1], thread.refs[functionSlot + 1]);
                throw Errors.builtinArgumentError(thread, function, 1, "thread expected, got " + got);
            }
            coroutine = (LuaThread) thread.refs[functionSlot + 1];
            first = functionSlot + 2;
            count = argumentCount - 1;
        }
        String problem = coroutine == thread ? "cannot resume non-suspended coroutine" : resumeProblem(thread, coroutine);
        if (problem != null) {
            if (wrap) {
                throw Errors.runtime(thread, problem);
            }
            thread.tags[functionSlot] = Tag.FALSE;
            thread.tags[functionSlot + 1] = Tag.STRING;
            thread.refs[functionSlot + 1] = Errors.bytesOf(problem);
            Calls.moveResults(thread, functionSlot, 2, functionSlot, expectedResults);
            return false;
        }
        coroutine.resumer = thread;
        coroutine.resumerSlot = functionSlot;
        coroutine.resumerExpected = expectedResults;
        coroutine.resumedFromJava = false;
        coroutine.resumedByWrap = wrap;
        coroutine.resumeDepth = thread.resumeDepth + 1;
        thread.status = LuaThread.STATUS_NORMAL;
        coroutine.status = LuaThread.STATUS_RUNNING;
        thread.global.running = coroutine;
        if (coroutine.bodyYielded) {
            // The body was coroutine.yield itself: these values are what it returns.
            coroutine.bodyYielded = false;
            transfer(thread, first, count, coroutine, 0, -1);
            popYieldFrame(coroutine, count);
            return finish(coroutine, 0, count);
        }
        if (coroutine.pendingBody != null) {
            LuaFunction body = placeBody(coroutine, thread, first, count);
            if (body.kind == LuaFunction.KIND_YIELD) {
                coroutine.bodyYielded = true;
                return yieldFromLua(coroutine, 0, count, -1);
            }
            return startBody(coroutine, count);
        }
        transfer(thread, first, count, coroutine, coroutine.yieldSlot, coroutine.yieldExpected);
        finishPendingContinuation(coroutine, count);
        return false;
    }

    /** A new coroutine's first resume: its body goes to slot 0 and the arguments after it. */
    private static LuaFunction placeBody(LuaThread coroutine, LuaThread from, int first, int count) {
        LuaFunction body = (LuaFunction) coroutine.pendingBody;
        coroutine.pendingBody = null;
        coroutine.ensureStack(count + 1 + Calls.JAVA_MIN_STACK);
        coroutine.tags[0] = Tag.FUNCTION;
        coroutine.refs[0] = body;
        transfer(from, first, count, coroutine, 1, -1);
        return body;
    }

    /**
     * Calls a coroutine's body (at slot 0, arguments after it) as the dispatch loop calls any
     * value, so that a built-in body such as pcall also runs without Java recursion. The frame
     * at the bottom is marked so that its return ends the coroutine. Returns true when the
     * dispatch loop must exit.
     */
    private static boolean startBody(LuaThread coroutine, int count) {
        if (Calls.call(coroutine, 0, count, -1)) {
            return true;
        }
        if (coroutine.frameCount == 0) {
            return finish(coroutine, 0, coroutine.top); // a Java body ran to completion
        }
        coroutine.frames[0].status |= CallFrame.COROUTINE_BODY;
        return false;
    }

    /**
     * While a coroutine is suspended, coroutine.yield keeps a Java frame on top of it, as its C
     * frame stays in C Lua (tracebacks, debug.getinfo and hooks of a suspended coroutine see it).
     */
    private static void pushYieldFrame(LuaThread thread, int slot, int count) {
        CallFrame frame = thread.pushFrame();
        frame.function = (LuaFunction) thread.refs[slot];
        frame.closure = null;
        frame.functionSlot = slot;
        frame.base = slot + 1;
        frame.argumentCount = count;
        frame.expectedResults = -1;
        frame.status = CallFrame.YIELDED;
        if (thread.hookMask != 0) {
            int savedTop = thread.top;
            thread.top = Math.max(thread.top, slot + 1 + count);
            Hooks.onCall(thread, frame);
            thread.top = savedTop;
        }
    }

    /** On resume: the yield frame returns the values just delivered at the yield slot. */
    private static void popYieldFrame(LuaThread coroutine, int count) {
        if (coroutine.frameCount == 0 || (coroutine.currentFrame().status & CallFrame.YIELDED) == 0) {
            return;
        }
        if (coroutine.hookMask != 0) {
            int savedTop = coroutine.top;
            coroutine.top = Math.max(coroutine.top, coroutine.yieldSlot + count);
            Hooks.onReturn(coroutine, coroutine.currentFrame(), coroutine.yieldSlot, count);
            coroutine.top = savedTop;
        }
        coroutine.frameCount--;
    }

    /** After a resume delivered the values of a yield made by a metamethod, finishes its instruction. */
    static void finishPendingContinuation(LuaThread coroutine, int count) {
        popYieldFrame(coroutine, count);
        int continuation = coroutine.yieldContinuation;
        if (continuation != CallFrame.CONTINUE_NONE) {
            coroutine.yieldContinuation = CallFrame.CONTINUE_NONE;
            Continuations.apply(coroutine, coroutine.currentFrame(), continuation,
                    coroutine.yieldContinuationArgument, coroutine.yieldSlot);
        }
    }

    /** coroutine.yield called from the dispatch loop. */
    static boolean yieldFromLua(LuaThread thread, int functionSlot, int argumentCount, int expectedResults) {
        if (thread.isMainThread()) {
            throw new LuaError("attempt to yield from outside a coroutine");
        }
        if (thread.freshFrames > 0) {
            throw new LuaError("attempt to yield across a C-call boundary");
        }
        thread.yieldSlot = functionSlot;
        thread.yieldExpected = expectedResults;
        pushYieldFrame(thread, functionSlot, argumentCount);
        thread.status = LuaThread.STATUS_SUSPENDED;
        if (thread.resumedFromJava) {
            thread.transferFirst = functionSlot + 1;
            thread.transferCount = argumentCount;
            return true;
        }
        LuaThread resumer = thread.resumer;
        thread.resumer = null;
        deliver(thread, functionSlot + 1, argumentCount, resumer, thread.resumerSlot, thread.resumerExpected, !thread.resumedByWrap);
        resumer.status = LuaThread.STATUS_RUNNING;
        thread.global.running = resumer;
        return false;
    }

    /** The coroutine's body returned {@code count} values from {@code first}. */
    static boolean finish(LuaThread thread, int first, int count) {
        thread.status = LuaThread.STATUS_DEAD;
        if (thread.resumedFromJava) {
            thread.transferFirst = first;
            thread.transferCount = count;
            return true;
        }
        LuaThread resumer = thread.resumer;
        thread.resumer = null;
        deliver(thread, first, count, resumer, thread.resumerSlot, thread.resumerExpected, !thread.resumedByWrap);
        resumer.status = LuaThread.STATUS_RUNNING;
        thread.global.running = resumer;
        return false;
    }

    /**
     * An error no frame of the coroutine caught: the coroutine dies. Returns the error to raise
     * in the resumer (a wrap function propagates it), or null when resume returned false, msg.
     */
    static LuaError die(LuaThread thread, LuaError error) {
        thread.status = LuaThread.STATUS_DEAD;
        thread.deathError = error;
        LuaThread resumer = thread.resumer;
        thread.resumer = null;
        resumer.status = LuaThread.STATUS_RUNNING;
        thread.global.running = resumer;
        if (error instanceof LuaTermination) {
            // A stopped script: the resumer does not get to handle it either; nothing is closed.
            ExecutionLimits.dropToBeClosed(thread, 0);
            return error;
        }
        if (thread.resumedByWrap) {
            error = closeAll(thread, error);
            if (error.valueTag == Tag.STRING) {
                String position = Errors.libraryWhere(resumer.frameCount > 0 ? resumer.currentFrame() : null);
                if (!position.isEmpty()) {
                    LuaError positioned = new LuaError(Errors.bytesOf(position + " ").concat((org.crescent.runtime.LuaString) error.valueRef));
                    positioned.setLuaTraceback(error.luaTraceback());
                    error = positioned;
                }
            }
            return error;
        }
        int slot = thread.resumerSlot;
        resumer.ensureStack(slot + 2);
        resumer.tags[slot] = Tag.FALSE;
        resumer.tags[slot + 1] = error.valueTag;
        resumer.bits[slot + 1] = error.valueBits;
        resumer.refs[slot + 1] = error.valueRef;
        Calls.moveResults(resumer, slot, 2, slot, thread.resumerExpected);
        return null;
    }

    /**
     * coroutine.close: closes the pending to-be-closed variables of a suspended or dead coroutine,
     * which is dead afterwards. Returns the error it died with or a __close raised, or null.
     */
    public static LuaError close(LuaThread coroutine) {
        LuaError error = coroutine.status == LuaThread.STATUS_DEAD ? coroutine.deathError : null;
        coroutine.pendingBody = null;
        error = closeAll(coroutine, error);
        coroutine.status = LuaThread.STATUS_DEAD;
        coroutine.deathError = null; // as lua_closethread resets the status: a second close succeeds
        coroutine.closeUpvalues(0);
        return error;
    }

    /** Closes every pending to-be-closed variable of a dead or suspended coroutine (lua_closethread). */
    static LuaError closeAll(LuaThread thread, LuaError error) {
        thread.frameCount = 0;
        thread.top = Math.max(thread.top, 1);
        LuaThread running = thread.global.running;
        LuaError result;
        thread.global.running = thread;
        int savedStatus = thread.status;
        thread.status = LuaThread.STATUS_RUNNING;
        try {
            result = Protection.closeVariables(thread, 0, error);
        } finally {
            thread.global.running = running;
            thread.status = savedStatus;
        }
        return result;
    }

    /** Copies values between threads: {@code count} values from {@code first} to {@code slot}, adjusted to {@code wanted}. */
    static void transfer(LuaThread from, int first, int count, LuaThread to, int slot, int wanted) {
        int needed = slot + Math.max(count, wanted) + 1;
        to.ensureStack(needed + Calls.JAVA_MIN_STACK);
        int moved = wanted < 0 ? count : Math.min(count, wanted);
        for (int n = 0; n < moved; n++) {
            to.tags[slot + n] = from.tags[first + n];
            to.bits[slot + n] = from.bits[first + n];
            to.refs[slot + n] = from.refs[first + n];
        }
        if (wanted < 0) {
            to.top = slot + count;
        } else {
            for (int n = moved; n < wanted; n++) {
                to.tags[slot + n] = Tag.NIL;
            }
        }
    }

    /** Delivers a coroutine's values to its resumer, after a {@code true} for coroutine.resume. */
    static void deliver(LuaThread from, int first, int count, LuaThread to, int slot, int wanted, boolean withTrue) {
        if (!withTrue) {
            transfer(from, first, count, to, slot, wanted);
            return;
        }
        to.ensureStack(slot + count + 2 + Calls.JAVA_MIN_STACK);
        to.tags[slot] = Tag.TRUE;
        transfer(from, first, count, to, slot + 1, -1);
        Calls.moveResults(to, slot, count + 1, slot, wanted);
    }

    /**
     * Resumes {@code coroutine} from Java with {@code count} values at {@code first} of
     * {@code caller}'s stack. On return the coroutine's yielded or returned values are pushed
     * on the caller's stack. Returns false, with the error value pushed, if it died.
     */
    public static boolean resumeFromJava(LuaThread caller, LuaThread coroutine, int first, int count) {
        String problem = coroutine == caller ? "cannot resume non-suspended coroutine" : resumeProblem(caller, coroutine);
        if (problem != null) {
            caller.pushString(Errors.bytesOf(problem));
            return false;
        }
        GlobalState global = caller.global;
        coroutine.resumer = caller;
        coroutine.resumedFromJava = true;
        coroutine.resumedByWrap = false;
        coroutine.resumeDepth = caller.resumeDepth + 1;
        caller.status = LuaThread.STATUS_NORMAL;
        coroutine.status = LuaThread.STATUS_RUNNING;
        global.running = coroutine;
        global.javaCallDepth++;
        try {
            if (coroutine.bodyYielded) {
                coroutine.bodyYielded = false;
                popYieldFrame(coroutine, count);
                coroutine.status = LuaThread.STATUS_DEAD;
                transfer(caller, first, count, caller, caller.top, -1);
                return true;
            }
            if (coroutine.pendingBody != null) {
                LuaFunction body = placeBody(coroutine, caller, first, count);
                if (body.kind == LuaFunction.KIND_YIELD) {
                    coroutine.bodyYielded = true;
                    coroutine.yieldSlot = 0;
                    pushYieldFrame(coroutine, 0, count);
                    coroutine.status = LuaThread.STATUS_SUSPENDED;
                    transfer(coroutine, 1, count, caller, caller.top, -1);
                    return true;
                }
                if (!startBody(coroutine, count)) {
                    Protection.run(global);
                }
            } else {
                transfer(caller, first, count, coroutine, coroutine.yieldSlot, coroutine.yieldExpected);
                finishPendingContinuation(coroutine, count);
                Protection.run(global);
            }
            caller.ensureStack(caller.top + coroutine.transferCount + Calls.JAVA_MIN_STACK);
            transfer(coroutine, coroutine.transferFirst, coroutine.transferCount, caller, caller.top, -1);
            return true;
        } catch (LuaError error) {
            coroutine.status = LuaThread.STATUS_DEAD;
            coroutine.deathError = error;
            if (error instanceof LuaTermination) {
                ExecutionLimits.dropToBeClosed(coroutine, 0);
                throw error;
            }
            caller.pushValue(error.valueTag, error.valueBits, error.valueRef);
            return false;
        } finally {
            global.javaCallDepth--;
            coroutine.resumer = null;
            global.running = caller;
            caller.status = LuaThread.STATUS_RUNNING;
        }
    }
}
