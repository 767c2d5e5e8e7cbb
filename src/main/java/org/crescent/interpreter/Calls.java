package org.crescent.interpreter;

import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Prototype;
import org.crescent.bytecode.UpvalueInfo;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Metamethod;
import org.crescent.runtime.Tag;

/**
 * Calls and returns: frame set-up for Lua and Java functions, tail calls, result moves,
 * to-be-closed variables, and the entry point for Java code that calls a Lua value.
 * A slow-path method returns {@code true} when the dispatch loop must exit (a frame that
 * returns into Java has returned, or a coroutine resumed from Java stopped).
 */
public final class Calls {
    /** Stack slots every Java function may push without checking (C Lua's LUA_MINSTACK). */
    static final int JAVA_MIN_STACK = 20;

    private Calls() {}

    /** Pushes a frame for a Lua closure whose arguments are in place after {@code functionSlot}. */
    static CallFrame enterLua(LuaThread thread, LuaClosure closure, int functionSlot, int argumentCount, int expectedResults) {
        return enterLua(thread, closure, functionSlot, argumentCount, expectedResults, 0);
    }

    /** As above, with the new frame's status flags (FRESH, PROTECTED, TAIL_CALL...) set before any call hook runs. */
    static CallFrame enterLua(LuaThread thread, LuaClosure closure, int functionSlot, int argumentCount, int expectedResults, int status) {
        // Kept small so that the JIT inlines it into the dispatch loop: the rare cases
        // (vararg functions, stack growth, hooks) are in methods of their own.
        Prototype prototype = closure.prototype;
        int base = functionSlot + 1;
        int varargCount = 0;
        if (prototype.isVararg) {
            varargCount = Math.max(argumentCount - prototype.parameterCount, 0);
            base = moveFixedParameters(thread, prototype, base, argumentCount);
        } else {
            if (base + prototype.maxStackSize > thread.tags.length) {
                thread.ensureStack(base + prototype.maxStackSize);
            }
            int parameters = prototype.parameterCount;
            if (argumentCount < parameters) {
                java.util.Arrays.fill(thread.tags, base + argumentCount, base + parameters, Tag.NIL);
            }
        }
        // thread.pushFrame() inlined: every field it resets is written here anyway.
        CallFrame[] frames = thread.frames;
        int count = thread.frameCount;
        if (count == frames.length) {
            frames = thread.growFrames();
        }
        CallFrame frame = frames[count];
        thread.frameCount = count + 1;
        frame.continuation = CallFrame.CONTINUE_NONE;
        frame.metamethodDepth = frames[count == 0 ? 0 : count - 1].metamethodDepth;
        if (frame.closure != closure) {
            frame.closure = closure; // frames are reused: skip the store (and its collector barrier) when unchanged
        }
        frame.functionSlot = functionSlot;
        frame.base = base;
        frame.pc = 0;
        frame.expectedResults = expectedResults;
        frame.varargCount = varargCount;
        frame.status = status;
        if (thread.hookMask != 0) {
            hookCall(thread, frame);
        }
        return frame;
    }

    private static void hookCall(LuaThread thread, CallFrame frame) {
        frame.status |= CallFrame.HOOK_RETURN;
        Hooks.onCall(thread, frame);
    }

    /**
     * A vararg function's call: the fixed parameters move above the arguments, leaving the
     * extra arguments below the new base (as C Lua's VARARGPREP). Returns the new base.
     */
    private static int moveFixedParameters(LuaThread thread, Prototype prototype, int base, int argumentCount) {
        int parameters = prototype.parameterCount;
        int newBase = base + argumentCount;
        thread.ensureStack(newBase + prototype.maxStackSize + parameters);
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        for (int n = 0; n < parameters; n++) {
            if (n < argumentCount) {
                tags[newBase + n] = tags[base + n];
                bits[newBase + n] = bits[base + n];
                refs[newBase + n] = refs[base + n];
                tags[base + n] = Tag.NIL;
            } else {
                tags[newBase + n] = Tag.NIL;
            }
        }
        return newBase;
    }

    /**
     * Calls the value in {@code functionSlot} from the dispatch loop: a Lua frame is pushed,
     * a Java function runs to completion, pcall and coroutine built-ins switch frames.
     */
    static boolean call(LuaThread thread, int functionSlot, int argumentCount, int expectedResults) {
        for (;;) {
            if (thread.tags[functionSlot] == Tag.FUNCTION) {
                LuaFunction function = (LuaFunction) thread.refs[functionSlot];
                switch (function.kind) {
                    case LuaFunction.KIND_LUA:
                        enterLua(thread, (LuaClosure) function, functionSlot, argumentCount, expectedResults);
                        return false;
                    case LuaFunction.KIND_PCALL:
                        Protection.enterProtected(thread, functionSlot, argumentCount, expectedResults, false);
                        return false;
                    case LuaFunction.KIND_XPCALL:
                        Protection.enterProtected(thread, functionSlot, argumentCount, expectedResults, true);
                        return false;
                    case LuaFunction.KIND_RESUME:
                    case LuaFunction.KIND_WRAPPED_COROUTINE:
                        return Coroutines.resumeFromLua(thread, (JavaFunction) function, functionSlot, argumentCount, expectedResults);
                    case LuaFunction.KIND_YIELD:
                        return Coroutines.yieldFromLua(thread, functionSlot, argumentCount, expectedResults);
                    default: {
                        int tailArguments = callJava(thread, (JavaFunction) function, functionSlot, argumentCount, expectedResults);
                        if (tailArguments < 0) {
                            return false;
                        }
                        argumentCount = tailArguments;
                        int fixed = thread.tailCallResults;
                        if (fixed >= 0 && (expectedResults < 0 || expectedResults > fixed)) {
                            callAdjusted(thread, functionSlot, argumentCount, fixed, expectedResults);
                            return false;
                        }
                        expectedResults = tailCallExpected(thread, expectedResults);
                        continue;
                    }
                }
            }
            argumentCount = insertCallMetamethod(thread, functionSlot, argumentCount);
        }
    }

    /** Puts the __call metamethod of a non-function in its place, shifting the arguments. */
    static int insertCallMetamethod(LuaThread thread, int functionSlot, int argumentCount) {
        byte tag = thread.tags[functionSlot];
        Object ref = thread.refs[functionSlot];
        LuaTable metatable = thread.global.metatable(tag, ref);
        int slot = metatable == null ? -1 : metatable.findString(Metamethod.CALL.key);
        if (slot < 0 || metatable.valueTags[slot] == Tag.NIL) {
            throw callError(thread, functionSlot);
        }
        thread.ensureStack(functionSlot + argumentCount + 2);
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        for (int n = functionSlot + argumentCount; n >= functionSlot; n--) {
            tags[n + 1] = tags[n];
            bits[n + 1] = bits[n];
            refs[n + 1] = refs[n];
        }
        tags[functionSlot] = metatable.valueTags[slot];
        bits[functionSlot] = metatable.valueBits[slot];
        refs[functionSlot] = metatable.valueRefs[slot];
        if (thread.top <= functionSlot + argumentCount + 1) {
            thread.top = functionSlot + argumentCount + 2;
        }
        return argumentCount + 1;
    }

    static LuaError callError(LuaThread thread, int functionSlot) {
        String type = Errors.typeNameForMessage(thread, thread.tags[functionSlot], thread.refs[functionSlot]);
        String info = "";
        CallFrame frame = thread.frameCount > 0 ? thread.currentFrame() : null;
        if (frame != null && frame.closure != null) {
            FunctionNames.Name name = callSiteName(thread, frame);
            if (name != null) {
                info = " (" + name.kind + " '" + name.name + "')";
            } else {
                info = FunctionNames.registerInfo(thread, functionSlot - frame.base);
            }
        }
        return Errors.runtime(thread, "attempt to call a " + type + " value" + info);
    }

    /** funcnamefromcall for the running Lua frame's current instruction. */
    private static FunctionNames.Name callSiteName(LuaThread thread, CallFrame frame) {
        Prototype prototype = frame.closure.prototype;
        int pc = frame.pc - 1;
        if (pc < 0 || pc >= prototype.code.length) {
            return null;
        }
        int instruction = prototype.code[pc];
        switch (org.crescent.bytecode.Opcode.of(instruction)) {
            case CALL:
            case TAILCALL:
                return FunctionNames.objectName(prototype, pc, Instruction.a(instruction));
            case TFORCALL:
                return new FunctionNames.Name("for iterator", "for iterator");
            default:
                return FunctionNames.metamethodName(frame);
        }
    }

    /**
     * A Java function's tail call that keeps exactly {@code fixed} results (lua_callk with a
     * result count): the callee returns {@code fixed}, then they are adjusted to what the caller
     * wanted. A Lua callee does this through a continuation, anything else at once.
     */
    static void callAdjusted(LuaThread thread, int functionSlot, int argumentCount, int fixed, int wanted) {
        if (thread.tags[functionSlot] == Tag.FUNCTION && ((LuaFunction) thread.refs[functionSlot]).kind == LuaFunction.KIND_LUA
                && thread.currentFrame().closure != null) {
            CallFrame frame = enterLua(thread, (LuaClosure) thread.refs[functionSlot], functionSlot, argumentCount, fixed,
                    CallFrame.HAS_CONTINUATION);
            frame.continuation = CallFrame.CONTINUE_ADJUST;
            frame.continuationArgument = (wanted + 1) << 8 | fixed;
            return;
        }
        Protection.invoke(thread, functionSlot, argumentCount, fixed);
        adjustResults(thread, functionSlot, fixed, wanted);
    }

    /** Results of a fixed-count call, now adjusted to {@code wanted} (-1: exactly those, top set). */
    static void adjustResults(LuaThread thread, int resultSlot, int fixed, int wanted) {
        if (wanted < 0) {
            thread.top = resultSlot + fixed;
            return;
        }
        for (int n = fixed; n < wanted; n++) {
            thread.tags[resultSlot + n] = Tag.NIL;
        }
    }

    /** The results to ask of a Java function's tail call, given what its caller wanted. */
    static int tailCallExpected(LuaThread thread, int wanted) {
        int fixed = thread.tailCallResults;
        if (fixed < 0) {
            return wanted;
        }
        return wanted < 0 ? fixed : wanted;
    }

    /**
     * Runs a Java function to completion and moves its results into place. Returns -1, or, when
     * the function asked for a tail call, the number of arguments of the call it has placed at
     * {@code functionSlot} (its own frame is gone).
     */
    static int callJava(LuaThread thread, JavaFunction function, int functionSlot, int argumentCount, int expectedResults) {
        CallFrame frame = thread.pushFrame();
        frame.function = function;
        frame.closure = null;
        frame.functionSlot = functionSlot;
        frame.base = functionSlot + 1;
        frame.argumentCount = argumentCount;
        frame.expectedResults = expectedResults;
        int top = functionSlot + 1 + argumentCount;
        thread.top = top;
        if (top + JAVA_MIN_STACK > thread.tags.length) {
            thread.ensureStack(top + JAVA_MIN_STACK);
        }
        int savedBase = thread.callBase;
        int savedCount = thread.callArgumentCount;
        thread.callBase = functionSlot + 1;
        thread.callArgumentCount = argumentCount;
        if (thread.hookMask != 0) {
            Hooks.onCall(thread, frame);
        }
        int resultCount = function.body.call(thread, argumentCount);
        if (resultCount == JavaFunction.TAIL_CALL) {
            int first = thread.tailCallSlot;
            int count = thread.top - first;
            thread.callBase = savedBase;
            thread.callArgumentCount = savedCount;
            for (int n = 0; n < count; n++) {
                thread.copySlot(first + n, functionSlot + n);
            }
            thread.top = functionSlot + count;
            thread.frameCount--;
            return count - 1;
        }
        if (thread.hookMask != 0) {
            Hooks.onReturn(thread, frame, thread.top - resultCount, resultCount);
        }
        thread.callBase = savedBase;
        thread.callArgumentCount = savedCount;
        moveResults(thread, thread.top - resultCount, resultCount, functionSlot, expectedResults);
        thread.frameCount--;
        return -1;
    }

    /**
     * A Java function called from compiled code: true when it has returned with its results in
     * place. When it asked for a tail call (pairs with __pairs, dofile), the call goes on as
     * the dispatch loop's would, and false tells compiled code to hand over to the interpreter
     * (asking the dispatch loop to return, through exitRequested, where its CALL would).
     */
    static boolean callJavaFromCompiled(LuaThread thread, JavaFunction function, int functionSlot, int argumentCount, int expectedResults) {
        int tailArguments = callJava(thread, function, functionSlot, argumentCount, expectedResults);
        if (tailArguments < 0) {
            return true;
        }
        int fixed = thread.tailCallResults;
        if (fixed >= 0 && (expectedResults < 0 || expectedResults > fixed)) {
            callAdjusted(thread, functionSlot, tailArguments, fixed, expectedResults);
        } else if (call(thread, functionSlot, tailArguments, tailCallExpected(thread, expectedResults))) {
            thread.global.exitRequested = true;
        }
        return false;
    }

    /** Moves {@code count} values to {@code destination}, adjusted to {@code wanted} (-1: all, top set). */
    static void moveResults(LuaThread thread, int first, int count, int destination, int wanted) {
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        if (wanted < 0) {
            if (destination + count > tags.length) {
                thread.ensureStack(destination + count);
                tags = thread.tags;
                bits = thread.bits;
                refs = thread.refs;
            }
            if (first != destination) {
                for (int n = 0; n < count; n++) {
                    tags[destination + n] = tags[first + n];
                    bits[destination + n] = bits[first + n];
                    refs[destination + n] = refs[first + n];
                }
            }
            thread.top = destination + count;
            return;
        }
        int moved = Math.min(count, wanted);
        if (first != destination) {
            for (int n = 0; n < moved; n++) {
                tags[destination + n] = tags[first + n];
                bits[destination + n] = bits[first + n];
                refs[destination + n] = refs[first + n];
            }
        }
        for (int n = moved; n < wanted; n++) {
            tags[destination + n] = Tag.NIL;
        }
    }

    /** TAILCALL: replaces the running frame by the callee's, or calls a Java callee and returns its results. */
    static boolean tailCall(LuaThread thread, CallFrame frame, int instruction, int ra, int argumentCount) {
        Interrupts.check(thread.global);
        if (Instruction.k(instruction)) {
            thread.closeUpvalues(frame.base);
        }
        if (!(thread.tags[ra] == Tag.FUNCTION && ((LuaFunction) thread.refs[ra]).kind == LuaFunction.KIND_LUA)) {
            // Anything else runs as an ordinary call; the RETURN that always follows a
            // TAILCALL then returns its results.
            return call(thread, ra, argumentCount, -1);
        }
        LuaClosure closure = (LuaClosure) thread.refs[ra];
        int destination = frame.functionSlot;
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        for (int n = 0; n <= argumentCount; n++) {
            tags[destination + n] = tags[ra + n];
            bits[destination + n] = bits[ra + n];
            refs[destination + n] = refs[ra + n];
        }
        int status = frame.status;
        int expected = frame.expectedResults;
        int continuation = frame.continuation;
        int continuationArgument = frame.continuationArgument;
        int handlerSlot = frame.handlerSlot;
        int protectedExpected = frame.protectedExpected;
        thread.frameCount--;
        enterLua(thread, closure, destination, argumentCount, expected,
                (status & ~(CallFrame.HOOK_RETURN | CallFrame.HOOKED)) | CallFrame.TAIL_CALL);
        CallFrame replaced = thread.currentFrame();
        replaced.continuation = continuation;
        replaced.continuationArgument = continuationArgument;
        replaced.handlerSlot = handlerSlot;
        replaced.protectedExpected = protectedExpected;
        return false;
    }

    /** RETURN: closes variables when k is set (re-running the instruction after each __close call), then returns. */
    static boolean returnFromInstruction(LuaThread thread, CallFrame frame, int instruction, int ra, int count) {
        if (Instruction.k(instruction)) {
            if (Instruction.b(instruction) == 0) {
                frame.savedTop = thread.top;
            }
            thread.closeUpvalues(frame.base);
            int slot = thread.popToBeClosed(frame.base);
            if (slot >= 0) {
                int callSlot = Math.max(ra + count, frame.base + frame.closure.prototype.maxStackSize);
                callCloseMethod(thread, slot, callSlot, Tag.NIL, 0, null, CallFrame.CONTINUE_REEXECUTE);
                return false;
            }
        }
        return returnValues(thread, frame, ra, count);
    }

    /** Pops the running frame, delivering {@code count} results from {@code first}. */
    static boolean returnValues(LuaThread thread, CallFrame frame, int first, int count) {
        if (thread.hookMask != 0) {
            Hooks.onReturn(thread, frame, first, count);
        }
        int status = frame.status;
        moveResults(thread, first, count, frame.functionSlot, frame.expectedResults);
        thread.frameCount--;
        if ((status & CallFrame.FRESH) != 0) {
            return true;
        }
        if (thread.frameCount == 0) {
            return Coroutines.finish(thread, frame.functionSlot, count);
        }
        if (frame.continuation != CallFrame.CONTINUE_NONE) {
            Continuations.apply(thread, thread.currentFrame(), frame.continuation, frame.continuationArgument, frame.functionSlot);
        }
        return false;
    }

    /** TBC marks a variable; CLOSE closes upvalues and to-be-closed variables from R[A] up. */
    static void closeFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int ra = frame.base + Instruction.a(instruction);
        if (Instruction.opcode(instruction) == org.crescent.bytecode.OpcodeNumbers.TBC) {
            markToBeClosed(thread, ra, false);
            return;
        }
        thread.closeUpvalues(ra);
        int slot = thread.popToBeClosed(ra);
        if (slot >= 0) {
            int callSlot = frame.base + frame.closure.prototype.maxStackSize;
            callCloseMethod(thread, slot, callSlot, Tag.NIL, 0, null, CallFrame.CONTINUE_REEXECUTE);
        }
    }

    /** Registers a to-be-closed variable, checking that its value can be closed. */
    static void markToBeClosed(LuaThread thread, int slot, boolean forLoop) {
        byte tag = thread.tags[slot];
        if (tag <= Tag.FALSE) {
            return;
        }
        LuaTable metatable = thread.global.metatable(tag, thread.refs[slot]);
        int index = metatable == null ? -1 : metatable.findString(Metamethod.CLOSE.key);
        if (index < 0 || metatable.valueTags[index] == Tag.NIL) {
            CallFrame frame = thread.currentFrame();
            String name = forLoop ? "(for state)" : localNameAt(frame, slot);
            throw Errors.runtime(thread, "variable '" + name + "' got a non-closable value");
        }
        thread.addToBeClosed(slot);
    }

    private static String localNameAt(CallFrame frame, int slot) {
        org.crescent.runtime.LuaString name = frame.closure.prototype.localName(slot - frame.base + 1, frame.pc - 1);
        return name == null ? "?" : Errors.latin(name);
    }

    /**
     * Calls the __close metamethod of the value in {@code slot} with an error value, placing the
     * call at {@code callSlot}. A Lua metamethod gets a frame with the given continuation.
     */
    static void callCloseMethod(LuaThread thread, int slot, int callSlot, byte errorTag, long errorBits, Object errorRef, int continuation) {
        thread.ensureStack(callSlot + 3 + JAVA_MIN_STACK);
        byte tag = thread.tags[slot];
        Object ref = thread.refs[slot];
        LuaTable metatable = thread.global.metatable(tag, ref);
        int index = metatable == null ? -1 : metatable.findString(Metamethod.CLOSE.key);
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        if (index >= 0) {
            tags[callSlot] = metatable.valueTags[index];
            bits[callSlot] = metatable.valueBits[index];
            refs[callSlot] = metatable.valueRefs[index];
        } else {
            tags[callSlot] = Tag.NIL;
        }
        tags[callSlot + 1] = tag;
        bits[callSlot + 1] = thread.bits[slot];
        refs[callSlot + 1] = ref;
        tags[callSlot + 2] = errorTag;
        bits[callSlot + 2] = errorBits;
        refs[callSlot + 2] = errorRef;
        thread.top = callSlot + 3;
        Continuations.callMetamethod(thread, callSlot, 2, continuation, 0);
    }

    /** SETLIST: R[A][C+i] := R[A+i], 1 <= i <= B. */
    static void setList(LuaThread thread, CallFrame frame, int instruction, int ra) {
        int count = Instruction.b(instruction);
        if (count == 0) {
            count = thread.top - ra - 1;
        }
        int last = Instruction.c(instruction);
        if (Instruction.k(instruction)) {
            last += Instruction.ax(frame.closure.prototype.code[frame.pc]) * (Instruction.MAX_C + 1);
            frame.pc++;
        }
        LuaTable table = (LuaTable) thread.refs[ra];
        if (last + count > table.arrayTags.length && last + count <= Integer.MAX_VALUE / 2) {
            table.ensureArraySize(last + count);
        }
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        for (int n = 1; n <= count; n++) {
            table.setInteger(last + n, tags[ra + n], bits[ra + n], refs[ra + n]);
        }
    }

    private static final Upvalue[] NO_UPVALUES = new Upvalue[0];

    /** CLOSURE: R[A] := closure(KPROTO[Bx]). */
    static void closure(LuaThread thread, CallFrame frame, int ra, int index) {
        Prototype prototype = frame.closure.prototype.prototypes[index];
        UpvalueInfo[] descriptors = prototype.upvalues;
        // A closure without upvalues shares one empty array (nothing ever stores into it).
        Upvalue[] upvalues = descriptors.length == 0 ? NO_UPVALUES : new Upvalue[descriptors.length];
        Upvalue[] enclosing = frame.closure.upvalues;
        for (int n = 0; n < descriptors.length; n++) {
            UpvalueInfo descriptor = descriptors[n];
            upvalues[n] = descriptor.inStack()
                    ? thread.findUpvalue(frame.base + descriptor.index())
                    : enclosing[descriptor.index()];
        }
        thread.tags[ra] = Tag.FUNCTION;
        thread.refs[ra] = new LuaClosure(prototype, upvalues);
    }

    /** VARARG: R[A], R[A+1], ..., R[A+C-2] = vararg (all of them when wanted is -1). */
    static void varargs(LuaThread thread, CallFrame frame, int ra, int wanted) {
        int available = frame.varargCount;
        int count = wanted < 0 ? available : wanted;
        thread.ensureStack(ra + count + 1);
        byte[] tags = thread.tags;
        long[] bits = thread.bits;
        Object[] refs = thread.refs;
        int first = frame.base - available;
        for (int n = 0; n < count; n++) {
            if (n < available) {
                tags[ra + n] = tags[first + n];
                bits[ra + n] = bits[first + n];
                refs[ra + n] = refs[first + n];
            } else {
                tags[ra + n] = Tag.NIL;
            }
        }
        if (wanted < 0) {
            thread.top = ra + count;
        }
    }
}
