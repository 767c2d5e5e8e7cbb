package org.crescent.interpreter;

import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * Protected calls and error recovery. {@link #invoke} is how Java code calls any Lua value;
 * {@link #run} drives the dispatch loop and turns an error into a pcall result, a dead
 * coroutine, or an exception for the Java caller, whichever is nearest on the frame stack.
 */
public final class Protection {
    private static final LuaString ERROR_IN_ERROR_HANDLING = LuaString.of("error in error handling");

    private Protection() {}

    /**
     * Calls the value at {@code functionSlot} with the {@code argumentCount} values after it,
     * from Java, leaving {@code expectedResults} results (-1: all, top set) at functionSlot.
     */
    public static void invoke(LuaThread thread, int functionSlot, int argumentCount, int expectedResults) {
        GlobalState global = thread.global;
        if (global.javaCallDepth >= GlobalState.MAX_JAVA_CALLS) {
            if (global.javaCallDepth >= GlobalState.MAX_JAVA_CALLS + GlobalState.MAX_JAVA_CALLS / 10) {
                throw new LuaError(ERROR_IN_ERROR_HANDLING);
            }
            global.javaCallDepth++;
            try {
                throw Errors.runtime(thread, "C stack overflow");
            } finally {
                global.javaCallDepth--;
            }
        }
        int savedFrames = thread.frameCount;
        int savedBase = thread.callBase;
        int savedCount = thread.callArgumentCount;
        global.javaCallDepth++;
        boolean fresh = false;
        try {
            for (;;) {
                if (thread.tags[functionSlot] == Tag.FUNCTION) {
                    LuaFunction function = (LuaFunction) thread.refs[functionSlot];
                    if (function.kind == LuaFunction.KIND_LUA) {
                        Calls.enterLua(thread, (LuaClosure) function, functionSlot, argumentCount, expectedResults, CallFrame.FRESH);
                        thread.freshFrames++;
                        fresh = true;
                        run(global);
                    } else {
                        Calls.callJava(thread, (JavaFunction) function, functionSlot, argumentCount, expectedResults);
                    }
                    return;
                }
                argumentCount = Calls.insertCallMetamethod(thread, functionSlot, argumentCount);
            }
        } catch (LuaError error) {
            LuaError closed = closeAfterError(thread, functionSlot, error, savedFrames);
            throw closed;
        } catch (StackOverflowError error) {
            thread.frameCount = savedFrames;
            thread.closeUpvalues(functionSlot);
            throw Errors.runtime(thread, "stack overflow (Java stack)");
        } finally {
            if (fresh) {
                thread.freshFrames--;
            }
            global.javaCallDepth--;
            thread.callBase = savedBase;
            thread.callArgumentCount = savedCount;
        }
    }

    /** Pops frames above {@code savedFrames}, closing upvalues and to-be-closed variables. */
    private static LuaError closeAfterError(LuaThread thread, int level, LuaError error, int savedFrames) {
        if (error.luaTraceback() == null && thread.frameCount > savedFrames) {
            error.setLuaTraceback(Traceback.build(thread, 0));
        }
        int safeTop = safeTop(thread);
        thread.frameCount = savedFrames;
        thread.top = safeTop;
        return closeVariables(thread, level, error);
    }

    /** A stack index above everything the running frames use. */
    static int safeTop(LuaThread thread) {
        int top = thread.top;
        if (thread.frameCount > 0) {
            CallFrame frame = thread.currentFrame();
            if (frame.closure != null) {
                top = Math.max(top, frame.base + frame.closure.prototype.maxStackSize);
            }
        }
        return top;
    }

    /** Closes upvalues and to-be-closed variables at or above {@code level}; errors in __close replace the error. */
    static LuaError closeVariables(LuaThread thread, int level, LuaError error) {
        thread.closeUpvalues(level);
        for (int slot; (slot = thread.popToBeClosed(level)) >= 0; ) {
            int callSlot = Math.max(thread.top, slot + 1);
            try {
                thread.ensureStack(callSlot + 3);
                thread.tags[callSlot] = Tag.NIL;
                callCloseProtected(thread, slot, callSlot, error);
            } catch (LuaError replacement) {
                error = replacement;
            }
        }
        return error;
    }

    private static void callCloseProtected(LuaThread thread, int slot, int callSlot, LuaError error) {
        byte tag = thread.tags[slot];
        org.crescent.runtime.LuaTable metatable = thread.global.metatable(tag, thread.refs[slot]);
        int index = metatable == null ? -1 : metatable.findString(org.crescent.runtime.Metamethod.CLOSE.key);
        if (index >= 0) {
            thread.tags[callSlot] = metatable.valueTags[index];
            thread.bits[callSlot] = metatable.valueBits[index];
            thread.refs[callSlot] = metatable.valueRefs[index];
        }
        thread.copySlot(slot, callSlot + 1);
        thread.tags[callSlot + 2] = error == null ? Tag.NIL : error.valueTag;
        thread.bits[callSlot + 2] = error == null ? 0 : error.valueBits;
        thread.refs[callSlot + 2] = error == null ? null : error.valueRef;
        thread.top = callSlot + 3;
        invoke(thread, callSlot, 2, 0);
    }

    /** Drives the dispatch loop until it exits normally, recovering from errors it can catch. */
    static void run(GlobalState global) {
        for (;;) {
            try {
                Interpreter.dispatch(global);
                return;
            } catch (LuaError error) {
                recover(global, error);
            } catch (StackOverflowError error) {
                recover(global, Errors.runtime(global.running, "stack overflow"));
            } catch (OutOfMemoryError error) {
                recover(global, new LuaError("not enough memory"));
            } catch (RuntimeException error) {
                recover(global, Errors.runtime(global.running, "internal error: " + error));
            }
        }
    }

    /** pcall/xpcall called from Lua: the callee runs in a frame marked PROTECTED. */
    static void enterProtected(LuaThread thread, int functionSlot, int argumentCount, int expectedResults, boolean withHandler) {
        if (argumentCount < (withHandler ? 2 : 1)) {
            throw Errors.runtime(thread, withHandler
                    ? "bad argument #2 to 'xpcall' (value expected)"
                    : "bad argument #1 to 'pcall' (value expected)");
        }
        int calleeSlot = functionSlot + 1;
        int calleeArguments = argumentCount - 1;
        if (withHandler) {
            LuaThread stack = thread;
            byte tag = stack.tags[calleeSlot];
            long bits = stack.bits[calleeSlot];
            Object ref = stack.refs[calleeSlot];
            stack.copySlot(calleeSlot + 1, calleeSlot);
            stack.tags[calleeSlot + 1] = tag;
            stack.bits[calleeSlot + 1] = bits;
            stack.refs[calleeSlot + 1] = ref;
            calleeSlot++;
            calleeArguments--;
        }
        thread.top = calleeSlot + 1 + calleeArguments;
        int status = CallFrame.PROTECTED | (withHandler ? CallFrame.HAS_HANDLER : 0);
        if (thread.tags[calleeSlot] == Tag.FUNCTION && ((LuaFunction) thread.refs[calleeSlot]).kind == LuaFunction.KIND_LUA) {
            Calls.enterLua(thread, (LuaClosure) thread.refs[calleeSlot], calleeSlot, calleeArguments, -1, status);
            CallFrame frame = thread.currentFrame();
            frame.protectedExpected = expectedResults;
            frame.handlerSlot = functionSlot + 1;
            return;
        }
        // Anything else runs at once, inside a marker frame that catches its errors.
        CallFrame marker = thread.pushFrame();
        marker.function = (LuaFunction) thread.refs[functionSlot];
        marker.closure = null;
        marker.functionSlot = calleeSlot;
        marker.base = calleeSlot + 1;
        marker.status = status;
        marker.protectedExpected = expectedResults;
        marker.handlerSlot = functionSlot + 1;
        marker.expectedResults = -1;
        int depth = thread.frameCount;
        invoke(thread, calleeSlot, calleeArguments, -1);
        if (thread.frameCount == depth && thread.currentFrame() == marker) {
            Calls.returnValues(thread, marker, calleeSlot, thread.top - calleeSlot);
        }
    }

    /** Finds where an error is caught: a protected frame, a dying coroutine's resumer, or Java. */
    static void recover(GlobalState global, LuaError error) {
        for (;;) {
            LuaThread thread = global.running;
            for (int index = thread.frameCount - 1; index >= 0; index--) {
                CallFrame frame = thread.frames[index];
                if ((frame.status & CallFrame.PROTECTED) != 0) {
                    if ((frame.status & CallFrame.HAS_HANDLER) != 0) {
                        error = callHandler(thread, frame.handlerSlot, error);
                    }
                    int safeTop = safeTop(thread);
                    thread.frameCount = index;
                    thread.top = safeTop;
                    error = closeVariables(thread, frame.functionSlot, error);
                    int resultSlot = (frame.status & CallFrame.HAS_HANDLER) != 0 ? frame.functionSlot - 2 : frame.functionSlot - 1;
                    thread.tags[resultSlot] = Tag.FALSE;
                    thread.tags[resultSlot + 1] = error.valueTag;
                    thread.bits[resultSlot + 1] = error.valueBits;
                    thread.refs[resultSlot + 1] = error.valueRef;
                    Calls.moveResults(thread, resultSlot, 2, resultSlot, frame.protectedExpected);
                    return;
                }
                if ((frame.status & CallFrame.FRESH) != 0) {
                    throw error;
                }
            }
            if (thread == global.mainThread || thread.resumedFromJava) {
                throw error;
            }
            error = Coroutines.die(thread, error);
            if (error == null) {
                return;
            }
        }
    }

    /** Calls an xpcall message handler on the error, as C Lua does at the point of the error. */
    private static LuaError callHandler(LuaThread thread, int handlerSlot, LuaError error) {
        for (int attempt = 0; ; attempt++) {
            int slot = safeTop(thread);
            try {
                thread.ensureStack(slot + 2 + Calls.JAVA_MIN_STACK);
                thread.copySlot(handlerSlot, slot);
                thread.tags[slot + 1] = error.valueTag;
                thread.bits[slot + 1] = error.valueBits;
                thread.refs[slot + 1] = error.valueRef;
                thread.top = slot + 2;
                invoke(thread, slot, 1, 1);
                LuaError handled = new LuaError(thread.tags[slot], thread.bits[slot], thread.refs[slot]);
                handled.setLuaTraceback(error.luaTraceback());
                return handled;
            } catch (LuaError handlerError) {
                if (attempt >= GlobalState.MAX_JAVA_CALLS) {
                    return new LuaError(ERROR_IN_ERROR_HANDLING);
                }
                error = handlerError;
            }
        }
    }
}
