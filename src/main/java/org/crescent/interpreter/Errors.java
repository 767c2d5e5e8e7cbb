package org.crescent.interpreter;

import java.nio.charset.StandardCharsets;
import org.crescent.bytecode.Prototype;
import org.crescent.runtime.ChunkNames;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * Builds Lua errors with C Lua's wording and positions. Messages are assembled as Java strings
 * holding one char per byte (Latin-1), so names taken from Lua strings keep their bytes.
 */
public final class Errors {
    private Errors() {}

    /** A Lua string from a message whose chars are bytes. */
    public static LuaString bytesOf(String latinText) {
        return LuaString.wrap(latinText.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A Lua string's bytes as chars, for building messages. */
    public static String latin(LuaString text) {
        return new String(text.bytes(), StandardCharsets.ISO_8859_1);
    }

    /** "chunk:line:" of a Lua frame's current instruction, or "" for a Java frame. */
    public static String where(CallFrame frame) {
        if (frame == null || frame.closure == null) {
            return "";
        }
        Prototype prototype = frame.closure.prototype;
        return Errors.latin(ChunkNames.display(prototype.source)) + ":" + currentLine(frame) + ":";
    }

    /**
     * luaL_where: "chunk:line:" of a Lua frame whose current line is known, else "" (Java
     * frames, and functions loaded from a stripped binary chunk).
     */
    public static String libraryWhere(CallFrame frame) {
        if (frame == null || frame.closure == null || currentLine(frame) <= 0) {
            return "";
        }
        return where(frame);
    }

    public static int currentLine(CallFrame frame) {
        Prototype prototype = frame.closure.prototype;
        int pc = Math.max(frame.pc - 1, 0);
        return prototype.lines.length == 0 ? -1 : prototype.lines[Math.min(pc, prototype.lines.length - 1)];
    }

    /** The frame {@code level} levels below the running one (0 = running), or null. */
    public static CallFrame frameAt(LuaThread thread, int level) {
        int index = thread.frameCount - 1 - level;
        return index >= 0 ? thread.frames[index] : null;
    }

    /** A runtime error raised by the VM in the running Lua frame (luaG_runerror). */
    public static LuaError runtime(LuaThread thread, String message) {
        CallFrame frame = thread.frameCount > 0 ? thread.currentFrame() : null;
        String position = where(frame);
        return new LuaError(bytesOf(position.isEmpty() ? message : position + " " + message));
    }

    /** An error raised by a Java function, positioned at its caller (luaL_error). */
    public static LuaError library(LuaThread thread, String message) {
        String position = libraryWhere(frameAt(thread, 1));
        return new LuaError(bytesOf(position.isEmpty() ? message : position + " " + message));
    }

    /** luaL_argerror. */
    public static LuaError argumentError(LuaThread thread, int argument, String message) {
        CallFrame frame = thread.frameCount > 0 ? thread.currentFrame() : null;
        if (frame == null) {
            return library(thread, "bad argument #" + argument + " (" + message + ")");
        }
        FunctionNames.Name name = FunctionNames.ofCall(thread, thread.frameCount - 1);
        String functionName = name == null ? null : name.name;
        if (name != null && name.kind.equals("method")) {
            argument--;
            if (argument == 0) {
                return library(thread, "calling '" + functionName + "' on bad self (" + message + ")");
            }
        }
        if (functionName == null) {
            functionName = FunctionNames.globalName(thread, frame.callee());
            if (functionName == null) {
                functionName = "?";
            }
        }
        return library(thread, "bad argument #" + argument + " to '" + functionName + "' (" + message + ")");
    }

    /**
     * luaL_argerror for a built-in the dispatch loop runs without a frame of its own (resume,
     * wrap functions): named from the calling instruction when Lua called it directly, else by
     * its global name, as C Lua names a function called from C.
     */
    public static LuaError builtinArgumentError(LuaThread thread, org.crescent.runtime.LuaFunction function, int argument, String message) {
        CallFrame frame = thread.frameCount > 0 ? thread.currentFrame() : null;
        String name = null;
        if (frame != null && frame.closure != null) {
            int pc = frame.pc - 1;
            FunctionNames.Name callName = FunctionNames.objectName(frame.closure.prototype, pc,
                    org.crescent.bytecode.Instruction.a(frame.closure.prototype.code[pc]));
            if (callName != null) {
                name = callName.name;
            }
        }
        if (name == null) {
            name = FunctionNames.globalName(thread, function);
        }
        String text = "bad argument #" + argument + " to '" + (name == null ? "?" : name) + "' (" + message + ")";
        String position = libraryWhere(frame);
        return new LuaError(bytesOf(position.isEmpty() ? text : position + " " + text));
    }

    /** luaL_typeerror. */
    public static LuaError typeError(LuaThread thread, int argument, String expected) {
        byte tag = thread.argumentTag(argument);
        String actual;
        LuaString typeName = tag == ThreadStack.NONE ? null : nameField(thread, tag, argument);
        if (typeName != null) {
            actual = latin(typeName);
        } else if (tag == ThreadStack.NONE) {
            actual = "no value";
        } else if (tag == Tag.USERDATA && !(thread.refArgument(argument) instanceof org.crescent.runtime.LuaUserdata)) {
            actual = "light userdata";
        } else {
            actual = Tag.typeName(tag);
        }
        return argumentError(thread, argument, expected + " expected, got " + actual);
    }

    private static LuaString nameField(LuaThread thread, byte tag, int argument) {
        LuaTable metatable = thread.global.metatable(tag, thread.refArgument(argument));
        if (metatable == null) {
            return null;
        }
        int slot = metatable.findString(NAME_KEY);
        if (slot >= 0 && metatable.valueTags[slot] == Tag.STRING) {
            return (LuaString) metatable.valueRefs[slot];
        }
        return null;
    }

    static final LuaString NAME_KEY = LuaString.of("__name");

    /** The type name for messages: the __name field of the metatable when a string (luaT_objtypename). */
    public static String typeNameForMessage(LuaThread thread, byte tag, Object ref) {
        if (tag == Tag.TABLE || tag == Tag.USERDATA) {
            LuaTable metatable = thread.global.metatable(tag, ref);
            if (metatable != null) {
                int slot = metatable.findString(NAME_KEY);
                if (slot >= 0 && metatable.valueTags[slot] == Tag.STRING) {
                    return latin((LuaString) metatable.valueRefs[slot]);
                }
            }
        }
        return Tag.typeName(tag);
    }
}
