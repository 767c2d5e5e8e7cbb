package org.crescent.stdlib;

import org.crescent.interpreter.Coroutines;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;

/**
 * The coroutine library (manual section 6.2). Called from Lua, resume, yield and wrap functions
 * switch threads inside the dispatch loop; the bodies here serve calls made from Java code.
 */
public final class CoroutineLib {
    private static final String[] STATUS_NAMES = {"suspended", "running", "normal", "dead"};

    private CoroutineLib() {}

    public static void open(GlobalState global) {
        Library.create(global, "coroutine").registerAll(Function.values());
    }

    /** The registration table, in lcorolib.c's order. */
    enum Function implements LibraryFunction {
        CREATE, RESUME, YIELD, STATUS, RUNNING, ISYIELDABLE, WRAP, CLOSE;

        @Override
        public int kind() {
            return this == RESUME ? LuaFunction.KIND_RESUME : this == YIELD ? LuaFunction.KIND_YIELD : LuaFunction.KIND_JAVA;
        }

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case CREATE -> create(thread, count);
                case RESUME -> resume(thread, count);
                case YIELD -> CoroutineLib.yield(thread, count);
                case STATUS -> status(thread, count);
                case RUNNING -> running(thread, count);
                case ISYIELDABLE -> isyieldable(thread, count);
                case WRAP -> wrap(thread, count);
                case CLOSE -> close(thread, count);
            };
        }
    }

    static int create(LuaThread thread, int argumentCount) {
        LuaFunction body = thread.checkFunction(1);
        thread.pushValue(Tag.THREAD, 0, new LuaThread(thread.global, body));
        return 1;
    }

    private static LuaThread checkCoroutine(LuaThread thread, int n) {
        if (thread.argumentTag(n) != Tag.THREAD) {
            throw thread.typeError(n, "thread");
        }
        return (LuaThread) thread.refArgument(n);
    }

    static int resume(LuaThread thread, int argumentCount) {
        LuaThread coroutine = checkCoroutine(thread, 1);
        int resultSlot = thread.top;
        thread.pushBoolean(true);
        if (!Coroutines.resumeFromJava(thread, coroutine, thread.slot(2), argumentCount - 1)) {
            thread.tags[resultSlot] = Tag.FALSE;
        }
        return thread.top - resultSlot;
    }

    static int yield(LuaThread thread, int argumentCount) {
        if (thread.isMainThread()) {
            throw new LuaError(LuaString.of("attempt to yield from outside a coroutine"));
        }
        throw new LuaError(LuaString.of("attempt to yield across a C-call boundary"));
    }

    static int status(LuaThread thread, int argumentCount) {
        LuaThread coroutine = checkCoroutine(thread, 1);
        thread.pushString(coroutine == thread.global.running() ? "running" : STATUS_NAMES[coroutine.status]);
        return 1;
    }

    static int running(LuaThread thread, int argumentCount) {
        thread.pushValue(Tag.THREAD, 0, thread);
        thread.pushBoolean(thread.isMainThread());
        return 2;
    }

    static int isyieldable(LuaThread thread, int argumentCount) {
        LuaThread coroutine = thread.isNoneOrNil(1) ? thread : checkCoroutine(thread, 1);
        thread.pushBoolean(coroutine.isYieldable());
        return 1;
    }

    static int wrap(LuaThread thread, int argumentCount) {
        LuaFunction body = thread.checkFunction(1);
        LuaThread coroutine = new LuaThread(thread.global, body);
        thread.pushFunction(new JavaFunction(LuaFunction.KIND_WRAPPED_COROUTINE, "wrap",
                (caller, count) -> resumeWrapped(caller, coroutine, count), coroutine).withUpvalues(1));
        return 1;
    }

    /** A wrap function called from Java code: results, or the coroutine's error raised here. */
    private static int resumeWrapped(LuaThread thread, LuaThread coroutine, int argumentCount) {
        int resultSlot = thread.top;
        if (Coroutines.resumeFromJava(thread, coroutine, thread.slot(1), argumentCount)) {
            return thread.top - resultSlot;
        }
        byte tag = thread.tags[resultSlot];
        Object value = thread.refs[resultSlot];
        if (coroutine.status == LuaThread.STATUS_DEAD) {
            LuaError closed = Coroutines.close(coroutine);
            if (closed != null) {
                tag = closed.valueTag;
                value = closed.valueRef;
                thread.tags[resultSlot] = tag;
                thread.bits[resultSlot] = closed.valueBits;
                thread.refs[resultSlot] = value;
            }
        }
        if (tag == Tag.STRING) {
            throw thread.error(Errors.latin((LuaString) value));
        }
        throw new LuaError(tag, thread.bits[resultSlot], value);
    }

    static int close(LuaThread thread, int argumentCount) {
        LuaThread coroutine = checkCoroutine(thread, 1);
        if (coroutine == thread.global.running() || coroutine.status == LuaThread.STATUS_RUNNING) {
            throw thread.error("cannot close a running coroutine");
        }
        if (coroutine.status == LuaThread.STATUS_NORMAL) {
            throw thread.error("cannot close a normal coroutine");
        }
        LuaError error = Coroutines.close(coroutine);
        if (error == null) {
            thread.pushBoolean(true);
            return 1;
        }
        thread.pushBoolean(false);
        thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
        return 2;
    }
}
