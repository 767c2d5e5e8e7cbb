package org.crescent.stdlib;

import org.crescent.bytecode.Prototype;
import org.crescent.interpreter.CallFrame;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.Hooks;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Traceback;
import org.crescent.interpreter.Upvalue;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.Tag;

/**
 * The debug library (manual section 6.10). Frame inspection is in {@link DebugInfo};
 * this class holds the registration table and the functions on values, upvalues and hooks.
 */
public final class DebugLib {
    private DebugLib() {}

    public static void open(GlobalState global) {
        Library.create(global, "debug").registerAll(Function.values());
    }

    /** The registration table, in ldblib.c's order. */
    enum Function implements LibraryFunction {
        GETINFO, GETLOCAL, SETLOCAL, TRACEBACK, GETUPVALUE, SETUPVALUE, UPVALUEID, UPVALUEJOIN, GETMETATABLE,
        SETMETATABLE, GETREGISTRY, GETUSERVALUE, SETUSERVALUE, SETHOOK, GETHOOK, SETCSTACKLIMIT, DEBUG;

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case GETINFO -> DebugInfo.getinfo(thread, count);
                case GETLOCAL -> DebugInfo.getlocal(thread, count);
                case SETLOCAL -> DebugInfo.setlocal(thread, count);
                case TRACEBACK -> traceback(thread, count);
                case GETUPVALUE -> getupvalue(thread, count);
                case SETUPVALUE -> setupvalue(thread, count);
                case UPVALUEID -> upvalueid(thread, count);
                case UPVALUEJOIN -> upvaluejoin(thread, count);
                case GETMETATABLE -> getmetatable(thread, count);
                case SETMETATABLE -> setmetatable(thread, count);
                case GETREGISTRY -> getregistry(thread, count);
                case GETUSERVALUE -> getuservalue(thread, count);
                case SETUSERVALUE -> setuservalue(thread, count);
                case SETHOOK -> sethook(thread, count);
                case GETHOOK -> gethook(thread, count);
                case SETCSTACKLIMIT -> setcstacklimit(thread, count);
                case DEBUG -> debug(thread, count);
            };
        }
    }

    /** The thread argument convention of ldblib.c: an optional thread first. Returns the argument offset. */
    static int threadOffset(LuaThread thread) {
        return thread.argumentTag(1) == Tag.THREAD ? 1 : 0;
    }

    static LuaThread targetThread(LuaThread thread) {
        return thread.argumentTag(1) == Tag.THREAD ? (LuaThread) thread.refArgument(1) : thread;
    }

    static int traceback(LuaThread thread, int argumentCount) {
        int offset = threadOffset(thread);
        LuaThread target = targetThread(thread);
        byte messageTag = thread.argumentTag(offset + 1);
        if (messageTag != Tag.STRING && messageTag != Tag.NIL && messageTag != ThreadStackNone.NONE
                && messageTag != Tag.INTEGER && messageTag != Tag.FLOAT) {
            thread.pushArgument(offset + 1);
            return 1;
        }
        LuaString message = thread.isNoneOrNil(offset + 1) ? null : thread.checkString(offset + 1);
        long level = thread.optInteger(offset + 2, target == thread ? 1 : 0);
        StringBuilder text = new StringBuilder();
        if (message != null) {
            text.append(org.crescent.interpreter.Errors.latin(message)).append('\n');
        }
        text.append(Traceback.build(target, (int) Math.max(0, Math.min(level, Integer.MAX_VALUE))));
        thread.pushString(org.crescent.interpreter.Errors.bytesOf(text.toString()));
        return 1;
    }

    /** Upvalue {@code n} of the function argument, or null when out of range. */
    private static Upvalue upvalueOf(LuaThread thread, int functionArgument, int n) {
        LuaFunction function = thread.checkFunction(functionArgument);
        if (!(function instanceof LuaClosure)) {
            return null;
        }
        Upvalue[] upvalues = ((LuaClosure) function).upvalues;
        return n >= 1 && n <= upvalues.length ? upvalues[n - 1] : null;
    }

    private static LuaString upvalueName(LuaClosure closure, int n) {
        LuaString name = closure.prototype.upvalues[n - 1].name();
        return name == null ? LuaString.of("(no name)") : name;
    }

    static int getupvalue(LuaThread thread, int argumentCount) {
        int n = (int) thread.checkInteger(2);
        if (thread.checkFunction(1) instanceof JavaFunction) {
            // C upvalues have empty names; their values stay inside the Java function.
            if (n < 1 || n > ((JavaFunction) thread.refArgument(1)).upvalueCount()) {
                return 0;
            }
            thread.pushString(LuaString.EMPTY);
            thread.pushNil();
            return 2;
        }
        Upvalue upvalue = upvalueOf(thread, 1, n);
        if (upvalue == null) {
            return 0;
        }
        thread.pushString(upvalueName((LuaClosure) thread.refArgument(1), n));
        thread.pushValue(upvalue.tags[upvalue.index], upvalue.bits[upvalue.index], upvalue.refs[upvalue.index]);
        return 2;
    }

    static int setupvalue(LuaThread thread, int argumentCount) {
        thread.checkAny(3);
        int n = (int) thread.checkInteger(2);
        Upvalue upvalue = upvalueOf(thread, 1, n);
        if (upvalue == null) {
            return 0;
        }
        int value = thread.slot(3);
        upvalue.set(thread.tags[value], thread.bits[value], thread.refs[value]);
        thread.pushString(upvalueName((LuaClosure) thread.refArgument(1), n));
        return 1;
    }

    static int upvalueid(LuaThread thread, int argumentCount) {
        int n = (int) thread.checkInteger(2);
        if (thread.checkFunction(1) instanceof JavaFunction) {
            JavaFunction function = (JavaFunction) thread.refArgument(1);
            if (n < 1 || n > function.upvalueCount()) {
                thread.pushNil();
            } else {
                thread.pushValue(Tag.USERDATA, 0, function.upvalueIdentity(n));
            }
            return 1;
        }
        Upvalue upvalue = upvalueOf(thread, 1, n);
        if (upvalue == null) {
            thread.pushNil();
            return 1;
        }
        thread.pushValue(Tag.USERDATA, 0, upvalue);
        return 1;
    }

    static int upvaluejoin(LuaThread thread, int argumentCount) {
        int n1 = checkUpvalueIndex(thread, 1, 2);
        int n2 = checkUpvalueIndex(thread, 3, 4);
        LuaClosure first = checkLuaFunction(thread, 1);
        LuaClosure second = checkLuaFunction(thread, 3);
        first.upvalues[n1 - 1] = second.upvalues[n2 - 1];
        return 0;
    }

    /** ldblib.c's checkupval: the index, then the function, then that the upvalue exists. */
    private static int checkUpvalueIndex(LuaThread thread, int functionArgument, int indexArgument) {
        int n = (int) thread.checkInteger(indexArgument);
        LuaFunction function = thread.checkFunction(functionArgument);
        int count = function instanceof LuaClosure ? ((LuaClosure) function).upvalues.length
                : ((JavaFunction) function).upvalueCount();
        if (n < 1 || n > count) {
            throw thread.argumentError(indexArgument, "invalid upvalue index");
        }
        return n;
    }

    private static LuaClosure checkLuaFunction(LuaThread thread, int n) {
        LuaFunction function = thread.checkFunction(n);
        if (!(function instanceof LuaClosure)) {
            throw thread.argumentError(n, "Lua function expected");
        }
        return (LuaClosure) function;
    }

    static int getmetatable(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        LuaTable metatable = thread.global.metatable(thread.argumentTag(1), thread.refArgument(1));
        if (metatable == null) {
            thread.pushNil();
        } else {
            thread.pushTable(metatable);
        }
        return 1;
    }

    static int setmetatable(LuaThread thread, int argumentCount) {
        byte tag = thread.argumentTag(2);
        if (tag != Tag.NIL && tag != Tag.TABLE) {
            throw thread.typeError(2, "nil or table");
        }
        LuaTable metatable = tag == Tag.TABLE ? (LuaTable) thread.refArgument(2) : null;
        byte valueTag = thread.argumentTag(1);
        Object value = thread.refArgument(1);
        if (valueTag == Tag.TABLE) {
            ((LuaTable) value).metatable = metatable;
            BaseLib.applyWeakMode(thread, (LuaTable) value, metatable);
            thread.global.finalizers.markIfNeeded(value, metatable);
        } else if (valueTag == Tag.USERDATA && value instanceof LuaUserdata) {
            ((LuaUserdata) value).metatable = metatable;
            thread.global.finalizers.markIfNeeded(value, metatable);
        } else {
            thread.checkAny(1);
            thread.global.setTypeMetatable(valueTag, metatable);
        }
        thread.pushArgument(1);
        return 1;
    }

    static int getregistry(LuaThread thread, int argumentCount) {
        thread.pushTable(thread.global.registry);
        return 1;
    }

    static int getuservalue(LuaThread thread, int argumentCount) {
        long n = thread.optInteger(2, 1);
        if (thread.argumentTag(1) != Tag.USERDATA || !(thread.refArgument(1) instanceof LuaUserdata)) {
            thread.pushNil();
            return 1;
        }
        LuaUserdata userdata = (LuaUserdata) thread.refArgument(1);
        if (n < 1 || n > userdata.userValueCount) {
            thread.pushNil();
            return 1;
        }
        int slot = thread.top;
        thread.pushNil();
        if (userdata.userValues != null) {
            userdata.userValues.getInteger(n, thread.tags, thread.bits, thread.refs, slot);
        }
        thread.pushBoolean(true);
        return 2;
    }

    static int setuservalue(LuaThread thread, int argumentCount) {
        long n = thread.optInteger(3, 1);
        if (thread.argumentTag(1) != Tag.USERDATA || !(thread.refArgument(1) instanceof LuaUserdata)) {
            throw thread.typeError(1, "userdata");
        }
        thread.checkAny(2);
        LuaUserdata userdata = (LuaUserdata) thread.refArgument(1);
        if (n < 1 || n > userdata.userValueCount) {
            thread.pushNil();
            return 1;
        }
        if (userdata.userValues == null) {
            userdata.userValues = new LuaTable();
        }
        int value = thread.slot(2);
        userdata.userValues.setInteger(n, thread.tags[value], thread.bits[value], thread.refs[value]);
        thread.pushArgument(1);
        return 1;
    }

    static int sethook(LuaThread thread, int argumentCount) {
        int offset = threadOffset(thread);
        LuaThread target = targetThread(thread);
        LuaTable hookTable = hookTable(thread);
        if (thread.isNoneOrNil(offset + 1)) {
            Hooks.set(target, null, 0, 0);
            hookTable.set(Tag.THREAD, 0, target, Tag.NIL, 0, null);
            return 0;
        }
        LuaString maskText = thread.checkString(offset + 2);
        LuaFunction function = thread.checkFunction(offset + 1);
        int count = (int) thread.optInteger(offset + 3, 0);
        int mask = 0;
        for (int i = 0; i < maskText.length(); i++) {
            switch (maskText.byteAt(i)) {
                case 'c': mask |= Hooks.MASK_CALL; break;
                case 'r': mask |= Hooks.MASK_RETURN; break;
                case 'l': mask |= Hooks.MASK_LINE; break;
                default: break;
            }
        }
        if (count > 0) {
            mask |= Hooks.MASK_COUNT;
        }
        Hooks.set(target, function, mask, count);
        hookTable.set(Tag.THREAD, 0, target, Tag.FUNCTION, 0, function);
        return 0;
    }

    private static final LuaString HOOK_KEY = LuaString.of("_HOOKKEY");

    /**
     * The registry's _HOOKKEY table (weak keys: thread -> hook function), as ldblib.c keeps
     * it; the hook itself lives on the thread, this table mirrors it for programs that look.
     */
    private static LuaTable hookTable(LuaThread thread) {
        LuaTable registry = thread.global.registry;
        int slot = registry.findString(HOOK_KEY);
        if (slot >= 0 && registry.valueTags[slot] == Tag.TABLE) {
            return (LuaTable) registry.valueRefs[slot];
        }
        LuaTable table = new LuaTable();
        table.setString(LuaString.of("__mode"), Tag.STRING, 0, LuaString.of("k"));
        table.metatable = table;
        table.setWeakMode(true, false);
        registry.setString(HOOK_KEY, Tag.TABLE, 0, table);
        return table;
    }

    static int gethook(LuaThread thread, int argumentCount) {
        LuaThread target = targetThread(thread);
        if (target.hookFunction == null) {
            thread.pushNil();
            return 1;
        }
        thread.pushFunction(target.hookFunction);
        StringBuilder mask = new StringBuilder();
        if ((target.hookMask & Hooks.MASK_CALL) != 0) mask.append('c');
        if ((target.hookMask & Hooks.MASK_RETURN) != 0) mask.append('r');
        if ((target.hookMask & Hooks.MASK_LINE) != 0) mask.append('l');
        thread.pushString(mask.toString());
        thread.pushInteger(target.baseHookCount);
        return 3;
    }

    /** Deprecated in 5.4: always answers 0, as C Lua 5.4.4 does. */
    static int setcstacklimit(LuaThread thread, int argumentCount) {
        thread.pushInteger(0);
        return 1;
    }

    /** debug.debug: reads and runs lines from standard input until "cont". */
    static int debug(LuaThread thread, int argumentCount) {
        java.io.BufferedReader reader = new java.io.BufferedReader(
                new java.io.InputStreamReader(thread.global.standardInput, java.nio.charset.StandardCharsets.ISO_8859_1));
        java.io.PrintStream err = thread.global.standardError;
        for (;;) {
            err.print("lua_debug> ");
            err.flush();
            String line;
            try {
                line = reader.readLine();
            } catch (java.io.IOException e) {
                return 0;
            }
            if (line == null || line.equals("cont")) {
                return 0;
            }
            try {
                org.crescent.interpreter.LuaClosure closure = ChunkLoader.load(
                        line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), LuaString.of("=(debug command)"),
                        "t", Tag.TABLE, 0, thread.global.globals);
                int slot = thread.top;
                thread.pushFunction(closure);
                thread.call(slot, 0, 0);
                thread.top = slot;
            } catch (org.crescent.runtime.LuaError error) {
                err.println(error.getMessage());
            }
        }
    }

    static Prototype prototypeOf(CallFrame frame) {
        return frame.closure == null ? null : frame.closure.prototype;
    }

    /** The NONE tag, named here for readability of the traceback check. */
    private static final class ThreadStackNone {
        static final byte NONE = org.crescent.interpreter.ThreadStack.NONE;
    }
}
