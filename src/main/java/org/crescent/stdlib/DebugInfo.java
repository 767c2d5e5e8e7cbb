package org.crescent.stdlib;

import org.crescent.bytecode.Prototype;
import org.crescent.interpreter.CallFrame;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.FunctionNames;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.ChunkNames;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/** debug.getinfo, debug.getlocal and debug.setlocal: what a frame or function looks like. */
final class DebugInfo {
    private DebugInfo() {}

    /** The frame index of stack level {@code level} (0 = the running function), or -1. */
    static int frameIndex(LuaThread target, LuaThread caller, long level) {
        long index = target.frameCount - 1 - level;
        return level >= 0 && index >= 0 ? (int) index : -1;
    }

    static int getinfo(LuaThread thread, int argumentCount) {
        int offset = DebugLib.threadOffset(thread);
        LuaThread target = DebugLib.targetThread(thread);
        LuaString options = thread.optString(offset + 2, LuaString.of("flnSrtu"));
        String what = Errors.latin(options);
        if (what.startsWith(">")) {
            throw thread.argumentError(offset + 2, "invalid option '>'");
        }
        for (char option : what.toCharArray()) {
            if ("SlnrtufL".indexOf(option) < 0) {
                throw thread.argumentError(offset + 2, "invalid option");
            }
        }
        LuaFunction function;
        CallFrame frame = null;
        int index = -1;
        if (thread.argumentTag(offset + 1) == Tag.FUNCTION) {
            function = (LuaFunction) thread.refArgument(offset + 1);
        } else {
            long level = thread.checkInteger(offset + 1);
            index = frameIndex(target, thread, level);
            if (index < 0) {
                thread.pushNil();
                return 1;
            }
            frame = target.frames[index];
            function = frame.callee();
        }
        LuaTable info = new LuaTable(0, 16);
        LuaClosure closure = function instanceof LuaClosure ? (LuaClosure) function : null;
        Prototype prototype = closure == null ? null : closure.prototype;
        if (what.indexOf('S') >= 0) {
            if (prototype != null) {
                put(info, "source", prototype.source);
                put(info, "short_src", ChunkNames.display(prototype.source));
                put(info, "linedefined", prototype.lineDefined);
                put(info, "lastlinedefined", prototype.lastLineDefined);
                put(info, "what", LuaString.of(prototype.lineDefined == 0 ? "main" : "Lua"));
            } else {
                put(info, "source", LuaString.of("=[C]"));
                put(info, "short_src", LuaString.of("[C]"));
                put(info, "linedefined", -1);
                put(info, "lastlinedefined", -1);
                put(info, "what", LuaString.of("C"));
            }
        }
        if (what.indexOf('l') >= 0) {
            put(info, "currentline", frame != null && frame.closure != null ? Errors.currentLine(frame) : -1);
        }
        if (what.indexOf('u') >= 0) {
            put(info, "nups", closure != null ? closure.upvalues.length
                    : function instanceof org.crescent.interpreter.JavaFunction
                    ? ((org.crescent.interpreter.JavaFunction) function).upvalueCount() : 0);
            put(info, "nparams", prototype != null ? prototype.parameterCount : 0);
            info.setString(LuaString.of("isvararg"), Tag.ofBoolean(prototype == null || prototype.isVararg), 0, null);
        }
        if (what.indexOf('n') >= 0) {
            FunctionNames.Name name = frame != null ? FunctionNames.ofCall(target, index) : null;
            if (name != null) {
                put(info, "name", Errors.bytesOf(name.name));
                put(info, "namewhat", Errors.bytesOf(name.kind));
            } else {
                put(info, "namewhat", LuaString.EMPTY);
            }
        }
        if (what.indexOf('r') >= 0) {
            put(info, "ftransfer", frame != null ? frame.transferFirst * (frame.transferCount != 0 ? 1 : 0) : 0);
            put(info, "ntransfer", frame != null ? frame.transferCount : 0);
        }
        if (what.indexOf('t') >= 0) {
            info.setString(LuaString.of("istailcall"),
                    Tag.ofBoolean(frame != null && (frame.status & CallFrame.TAIL_CALL) != 0), 0, null);
        }
        if (what.indexOf('L') >= 0) {
            if (prototype != null) {
                LuaTable lines = new LuaTable();
                for (int pc = prototype.isVararg ? 1 : 0; pc < prototype.lines.length; pc++) {
                    lines.setInteger(prototype.lines[pc], Tag.TRUE, 0, null);
                }
                info.setString(LuaString.of("activelines"), Tag.TABLE, 0, lines);
            }
        }
        if (what.indexOf('f') >= 0) {
            info.setString(LuaString.of("func"), Tag.FUNCTION, 0, function);
        }
        thread.pushTable(info);
        return 1;
    }

    private static void put(LuaTable table, String key, LuaString value) {
        table.setString(LuaString.of(key), Tag.STRING, 0, value);
    }

    private static void put(LuaTable table, String key, long value) {
        table.setString(LuaString.of(key), Tag.INTEGER, value, null);
    }

    /** Finds local {@code n} of a frame: its name, and its stack slot in {@code slotOut[0]}; null if none. */
    static LuaString localVariable(LuaThread target, int index, int n, int[] slotOut) {
        CallFrame frame = target.frames[index];
        if (frame.closure != null) {
            Prototype prototype = frame.closure.prototype;
            if (n < 0) {
                if (prototype.isVararg && -n <= frame.varargCount) {
                    slotOut[0] = frame.base - frame.varargCount + (-n - 1);
                    return LuaString.of("(vararg)");
                }
                return null;
            }
            LuaString name = prototype.localName(n, frame.pc - 1);
            if (name != null) {
                slotOut[0] = frame.base + n - 1;
                return name;
            }
        } else if (n < 0) {
            return null;
        }
        int limit = index == target.frameCount - 1 ? target.top : target.frames[index + 1].functionSlot;
        if (n > 0 && limit - frame.base >= n) {
            slotOut[0] = frame.base + n - 1;
            return LuaString.of(frame.closure != null ? "(temporary)" : "(C temporary)");
        }
        return null;
    }

    static int getlocal(LuaThread thread, int argumentCount) {
        int offset = DebugLib.threadOffset(thread);
        LuaThread target = DebugLib.targetThread(thread);
        int n = (int) thread.checkInteger(offset + 2);
        if (thread.argumentTag(offset + 1) == Tag.FUNCTION) {
            LuaFunction function = (LuaFunction) thread.refArgument(offset + 1);
            if (function instanceof LuaClosure && n > 0) {
                LuaString name = ((LuaClosure) function).prototype.localName(n, 0);
                if (name != null) {
                    thread.pushString(name);
                    return 1;
                }
            }
            thread.pushNil();
            return 1;
        }
        long level = thread.checkInteger(offset + 1);
        int index = frameIndex(target, thread, level);
        if (index < 0) {
            throw thread.argumentError(offset + 1, "level out of range");
        }
        int[] slot = new int[1];
        LuaString name = localVariable(target, index, n, slot);
        if (name == null) {
            thread.pushNil();
            return 1;
        }
        thread.pushString(name);
        thread.pushValue(target.tags[slot[0]], target.bits[slot[0]], target.refs[slot[0]]);
        return 2;
    }

    static int setlocal(LuaThread thread, int argumentCount) {
        int offset = DebugLib.threadOffset(thread);
        LuaThread target = DebugLib.targetThread(thread);
        long level = thread.checkInteger(offset + 1);
        int n = (int) thread.checkInteger(offset + 2);
        thread.checkAny(offset + 3);
        int index = frameIndex(target, thread, level);
        if (index < 0) {
            throw thread.argumentError(offset + 1, "level out of range");
        }
        int[] slot = new int[1];
        LuaString name = localVariable(target, index, n, slot);
        if (name == null) {
            thread.pushNil();
            return 1;
        }
        int value = thread.slot(offset + 3);
        target.tags[slot[0]] = thread.tags[value];
        target.bits[slot[0]] = thread.bits[value];
        target.refs[slot[0]] = thread.refs[value];
        thread.pushString(name);
        return 1;
    }
}
