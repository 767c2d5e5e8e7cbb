package org.crescent.interpreter;

import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTermination;
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
        Interrupts.check(global);
        global.finalizers.runPending(thread);
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
                        int tailArguments = Calls.callJava(thread, (JavaFunction) function, functionSlot, argumentCount, expectedResults);
                        if (tailArguments >= 0) {
                            argumentCount = tailArguments;
                            int fixed = thread.tailCallResults;
                            if (fixed >= 0 && (expectedResults < 0 || expectedResults > fixed)) {
                                invoke(thread, functionSlot, argumentCount, fixed);
                                Calls.adjustResults(thread, functionSlot, fixed, expectedResults);
                                return;
                            }
                            expectedResults = Calls.tailCallExpected(thread, expectedResults);
                            continue;
                        }
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
        } catch (OutOfMemoryError error) {
            thread.frameCount = savedFrames;
            thread.closeUpvalues(functionSlot);
            throw new LuaError("not enough memory");
        } catch (RuntimeException error) {
            // A bug in a Java function must not escape the VM as a Java exception.
            thread.global.lastJavaException = error;
            LuaError converted = Errors.runtime(thread, "Java exception in Lua call: " + error);
            throw closeAfterError(thread, functionSlot, converted, savedFrames);
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
        LuaError closed = closeVariables(thread, level, error);
        thread.top = level;
        thread.shrinkAfterOverflow();
        return closed;
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
        if (error instanceof LuaTermination) {
            // A stopped script runs no more Lua code, its __close handlers included.
            ExecutionLimits.dropToBeClosed(thread, level);
            return error;
        }
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
                global.lastJavaException = error;
                recover(global, Errors.runtime(global.running, "internal error: " + error));
            }
        }
    }

    /**
     * pcall/xpcall called from Lua. Like C Lua, pcall gets a frame of its own (a Java frame
     * marked PROTECTED, so that stack levels, tracebacks and errors see it); the callee is then
     * called as any value from the dispatch loop would be, without Java recursion. When the
     * callee's results arrive, the loop finds the marker on top and finishes it
     * ({@link #finishProtected}).
     */
    static void enterProtected(LuaThread thread, int functionSlot, int argumentCount, int expectedResults, boolean withHandler) {
        LuaFunction self = (LuaFunction) thread.refs[functionSlot];
        if (!withHandler && argumentCount < 1) {
            throw Errors.builtinArgumentError(thread, self, 1, "value expected");
        }
        int calleeSlot = functionSlot + 1;
        int calleeArguments = argumentCount - 1;
        if (withHandler) {
            if (argumentCount < 2 || thread.tags[calleeSlot + 1] != Tag.FUNCTION) {
                String got = argumentCount < 2 ? "no value"
                        : Errors.typeNameForMessage(thread, thread.tags[calleeSlot + 1], thread.refs[calleeSlot + 1]);
                throw Errors.builtinArgumentError(thread, self, 2, "function expected, got " + got);
            }
            byte tag = thread.tags[calleeSlot];
            long bits = thread.bits[calleeSlot];
            Object ref = thread.refs[calleeSlot];
            thread.copySlot(calleeSlot + 1, calleeSlot);
            thread.tags[calleeSlot + 1] = tag;
            thread.bits[calleeSlot + 1] = bits;
            thread.refs[calleeSlot + 1] = ref;
            calleeSlot++;
            calleeArguments--;
        }
        thread.top = calleeSlot + 1 + calleeArguments;
        CallFrame marker = thread.pushFrame();
        marker.function = (LuaFunction) thread.refs[functionSlot];
        marker.closure = null;
        marker.functionSlot = functionSlot;
        marker.base = calleeSlot;
        marker.argumentCount = argumentCount;
        marker.status = CallFrame.PROTECTED | (withHandler ? CallFrame.HAS_HANDLER : 0);
        marker.protectedExpected = expectedResults;
        marker.handlerSlot = functionSlot + 1;
        marker.expectedResults = -1;
        if (Calls.call(thread, calleeSlot, calleeArguments, -1)) {
            throw new IllegalStateException("a protected call cannot leave the dispatch loop");
        }
    }

    /**
     * The callee of a pcall/xpcall marker on top of the frame stack has returned its results,
     * from {@code marker.base} to the stack top: the call's results are true and those values.
     */
    static boolean finishProtected(LuaThread thread, CallFrame marker) {
        int first = marker.base;
        int count = thread.top - first;
        int resultSlot = marker.functionSlot;
        int wanted = marker.protectedExpected;
        thread.frameCount--;
        thread.tags[resultSlot] = Tag.TRUE;
        Calls.moveResults(thread, first, count, resultSlot + 1, -1);
        Calls.moveResults(thread, resultSlot, count + 1, resultSlot, wanted);
        if (thread.frameCount == 0) {
            // pcall was the coroutine's body.
            return Coroutines.finish(thread, resultSlot, thread.top - resultSlot);
        }
        return false;
    }

    /** Finds where an error is caught: a protected frame, a dying coroutine's resumer, or Java. */
    static void recover(GlobalState global, LuaError error) {
        for (;;) {
            LuaThread thread = global.running;
            boolean catchable = !(error instanceof LuaTermination);
            for (int index = thread.frameCount - 1; index >= 0; index--) {
                CallFrame frame = thread.frames[index];
                if (catchable && (frame.status & CallFrame.PROTECTED) != 0) {
                    if ((frame.status & CallFrame.CLOSING) != 0) {
                        // An error in a __close run while unwinding replaces the error being handled.
                        frame.pendingError = error;
                    } else {
                        if ((frame.status & CallFrame.HAS_HANDLER) != 0) {
                            error = callHandler(thread, frame.handlerSlot, error);
                        }
                        frame.status |= CallFrame.CLOSING;
                        frame.pendingError = error;
                    }
                    thread.top = safeTop(thread);
                    thread.closeUpvalues(frame.functionSlot + 1);
                    // The marker stays current while variables close, as pcall's C frame does in C Lua.
                    thread.frameCount = index + 1;
                    continueClosing(thread, frame);
                    return;
                }
                if ((frame.status & CallFrame.FRESH) != 0) {
                    throw error;
                }
                if (!catchable && (frame.status & CallFrame.PROTECTED) != 0 && frame.pendingError != null) {
                    // A pcall that was closing variables after an error: its pending error is superseded.
                    frame.pendingError = null;
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

    /**
     * Closes the to-be-closed variables above a pcall marker that caught an error, one
     * __close call at a time and without Java recursion (a __close may yield), then makes the
     * pcall return false and the error. Called again by the continuation of each Lua __close.
     */
    static void continueClosing(LuaThread thread, CallFrame marker) {
        GlobalState global = thread.global;
        int level = marker.functionSlot + 1;
        for (;;) {
            int slot = thread.popToBeClosed(level);
            if (slot < 0) {
                break;
            }
            LuaError error = marker.pendingError;
            int callSlot = Math.max(thread.top, slot + 1);
            thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
            thread.tags[callSlot] = Tag.NIL;
            Metatables.load(thread, thread.tags[slot], thread.refs[slot], org.crescent.runtime.Metamethod.CLOSE, callSlot);
            thread.copySlot(slot, callSlot + 1);
            Metatables.set(thread, callSlot + 2, error.valueTag, error.valueBits, error.valueRef);
            thread.top = callSlot + 3;
            byte functionTag = thread.tags[callSlot];
            LuaFunction function = functionTag == Tag.FUNCTION ? (LuaFunction) thread.refs[callSlot] : null;
            if (function != null && function.kind == LuaFunction.KIND_LUA) {
                Calls.enterLua(thread, (LuaClosure) function, callSlot, 2, 0, CallFrame.HAS_CONTINUATION);
                thread.currentFrame().continuation = CallFrame.CONTINUE_CLOSING;
                return;
            }
            if (function != null && function.kind == LuaFunction.KIND_YIELD) {
                thread.yieldContinuation = CallFrame.CONTINUE_CLOSING;
                if (Coroutines.yieldFromLua(thread, callSlot, 2, 0)) {
                    global.exitRequested = true;
                }
                return;
            }
            try {
                invoke(thread, callSlot, 2, 0);
            } catch (LuaError replacement) {
                marker.pendingError = replacement;
            }
            thread.top = callSlot;
        }
        LuaError error = marker.pendingError;
        marker.pendingError = null;
        int resultSlot = marker.functionSlot;
        thread.top = resultSlot + 2;
        thread.shrinkAfterOverflow();
        int wanted = marker.protectedExpected;
        thread.frameCount--;
        thread.tags[resultSlot] = Tag.FALSE;
        Metatables.set(thread, resultSlot + 1, error.valueTag, error.valueBits, error.valueRef);
        Calls.moveResults(thread, resultSlot, 2, resultSlot, wanted);
        if (thread.frameCount == 0 && Coroutines.finish(thread, resultSlot, thread.top - resultSlot)) {
            // pcall was the body of a coroutine resumed from Java: the loop must exit.
            global.exitRequested = true;
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
