package org.crescent.interpreter;

import static org.crescent.bytecode.Instruction.a;
import static org.crescent.bytecode.Instruction.ax;
import static org.crescent.bytecode.Instruction.b;
import static org.crescent.bytecode.Instruction.bx;
import static org.crescent.bytecode.Instruction.c;
import static org.crescent.bytecode.Instruction.k;
import static org.crescent.bytecode.Instruction.signedJump;

import org.crescent.bytecode.Opcode;
import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Metamethod;
import org.crescent.runtime.Tag;

/**
 * Names of variables and functions for messages, found by symbolic execution of the bytecode
 * as C Lua's ldebug.c does: which instruction last set a register, and what it loaded.
 */
public final class FunctionNames {
    /** A name and its kind: "global", "local", "method", "field", "upvalue", "constant", "metamethod", "for iterator". */
    public static final class Name {
        public final String kind;
        public final String name;

        Name(String kind, String name) {
            this.kind = kind;
            this.name = name;
        }
    }

    private static final LuaString ENV = LuaString.of("_ENV");

    private FunctionNames() {}

    /** " (kind 'name')" for the value in register {@code register} of the running Lua frame, or "". */
    public static String registerInfo(LuaThread thread, int register) {
        CallFrame frame = thread.currentFrame();
        if (frame.closure == null || register < 0) {
            return "";
        }
        Name name = objectName(frame.closure.prototype, frame.pc - 1, register);
        return name == null ? "" : " (" + name.kind + " '" + name.name + "')";
    }

    /** " (upvalue 'name')" for upvalue {@code index} of the running Lua frame. */
    public static String upvalueInfo(LuaThread thread, int index) {
        CallFrame frame = thread.currentFrame();
        if (frame.closure == null) {
            return "";
        }
        return " (upvalue '" + upvalueName(frame.closure.prototype, index) + "')";
    }

    static String upvalueName(Prototype prototype, int index) {
        LuaString name = prototype.upvalues[index].name();
        return name == null ? "?" : Errors.latin(name);
    }

    /** getobjname: what register {@code register} holds at {@code lastPc}, or null. */
    public static Name objectName(Prototype prototype, int lastPc, int register) {
        LuaString local = prototype.localName(register + 1, lastPc);
        if (local != null) {
            return new Name("local", Errors.latin(local));
        }
        int pc = findSettingInstruction(prototype, lastPc, register);
        if (pc < 0) {
            return null;
        }
        int instruction = prototype.code[pc];
        switch (Opcode.of(instruction)) {
            case MOVE:
                if (b(instruction) < a(instruction)) {
                    return objectName(prototype, pc, b(instruction));
                }
                return null;
            case GETTABUP:
                return new Name(isEnvironment(prototype, pc, instruction, true) ? "global" : "field",
                        constantName(prototype, c(instruction)));
            case GETTABLE: {
                Name key = objectName(prototype, pc, c(instruction));
                String keyName = key != null && key.kind.equals("constant") ? key.name : "?";
                return new Name(isEnvironment(prototype, pc, instruction, false) ? "global" : "field", keyName);
            }
            case GETI:
                return new Name("field", "integer index");
            case GETFIELD:
                return new Name(isEnvironment(prototype, pc, instruction, false) ? "global" : "field",
                        constantName(prototype, c(instruction)));
            case GETUPVAL:
                return new Name("upvalue", upvalueName(prototype, b(instruction)));
            case LOADK:
            case LOADKX: {
                int index = Opcode.of(instruction) == Opcode.LOADK ? bx(instruction) : ax(prototype.code[pc + 1]);
                if (prototype.constantTags[index] == Tag.STRING) {
                    return new Name("constant", Errors.latin((LuaString) prototype.constantObjects[index]));
                }
                return null;
            }
            case SELF: {
                String key = k(instruction) ? constantName(prototype, c(instruction)) : registerConstantName(prototype, pc, c(instruction));
                return new Name("method", key);
            }
            default:
                return null;
        }
    }

    private static String registerConstantName(Prototype prototype, int pc, int register) {
        Name name = objectName(prototype, pc, register);
        return name != null && name.kind.equals("constant") ? name.name : "?";
    }

    private static String constantName(Prototype prototype, int index) {
        if (prototype.constantTags[index] == Tag.STRING) {
            return Errors.latin((LuaString) prototype.constantObjects[index]);
        }
        return "?";
    }

    private static boolean isEnvironment(Prototype prototype, int pc, int instruction, boolean upvalue) {
        int table = b(instruction);
        if (upvalue) {
            LuaString name = prototype.upvalues[table].name();
            return ENV.equals(name);
        }
        Name name = objectName(prototype, pc, table);
        return name != null && (name.kind.equals("local") || name.kind.equals("upvalue")) && name.name.equals("_ENV");
    }

    /** findsetreg: the last instruction before {@code lastPc} that certainly set {@code register}. */
    private static int findSettingInstruction(Prototype prototype, int lastPc, int register) {
        int[] code = prototype.code;
        if (lastPc < code.length && Opcode.of(code[lastPc]).isMetamethodFallback()) {
            lastPc--;
        }
        int setter = -1;
        int jumpTarget = 0;
        for (int pc = 0; pc < lastPc; pc++) {
            int instruction = code[pc];
            Opcode opcode = Opcode.of(instruction);
            int a = a(instruction);
            boolean changes;
            switch (opcode) {
                case LOADNIL:
                    changes = a <= register && register <= a + b(instruction);
                    break;
                case TFORCALL:
                    changes = register >= a + 2;
                    break;
                case CALL:
                case TAILCALL:
                    changes = register >= a;
                    break;
                case JMP: {
                    int destination = pc + 1 + signedJump(instruction);
                    if (destination <= lastPc && destination > jumpTarget) {
                        jumpTarget = destination;
                    }
                    changes = false;
                    break;
                }
                default:
                    changes = opcode.setsA() && register == a;
                    break;
            }
            if (changes) {
                setter = pc < jumpTarget ? -1 : pc;
            }
        }
        return setter;
    }

    /** funcnamefromcall: how the function running in frame {@code index} was called, or null. */
    public static Name ofCall(LuaThread thread, int index) {
        if (index <= 0) {
            return null;
        }
        CallFrame frame = thread.frames[index];
        if ((frame.status & CallFrame.TAIL_CALL) != 0) {
            return null;
        }
        CallFrame caller = thread.frames[index - 1];
        if ((caller.status & CallFrame.HOOKED) != 0) {
            return hookName();
        }
        if ((caller.status & CallFrame.FINALIZING) != 0) {
            return new Name("metamethod", "__gc");
        }
        if (frame.continuation != CallFrame.CONTINUE_NONE && caller.closure != null) {
            return metamethodName(caller);
        }
        if (caller.closure == null) {
            return null;
        }
        Prototype prototype = caller.closure.prototype;
        int pc = caller.pc - 1;
        if (pc < 0 || pc >= prototype.code.length) {
            return null;
        }
        int instruction = prototype.code[pc];
        switch (Opcode.of(instruction)) {
            case CALL:
            case TAILCALL:
                return objectName(prototype, pc, a(instruction));
            case TFORCALL:
                return new Name("for iterator", "for iterator");
            default:
                return metamethodName(caller);
        }
    }

    static Name metamethodName(CallFrame caller) {
        int instruction = caller.closure.prototype.code[Math.max(caller.pc - 1, 0)];
        Metamethod event;
        switch (Opcode.of(instruction)) {
            case SELF: case GETTABUP: case GETTABLE: case GETI: case GETFIELD:
                event = Metamethod.INDEX; break;
            case SETTABUP: case SETTABLE: case SETI: case SETFIELD:
                event = Metamethod.NEWINDEX; break;
            case MMBIN: case MMBINI: case MMBINK:
                event = Metamethod.byNumber(c(instruction)); break;
            case UNM: event = Metamethod.UNM; break;
            case BNOT: event = Metamethod.BNOT; break;
            case LEN: event = Metamethod.LEN; break;
            case CONCAT: event = Metamethod.CONCAT; break;
            case EQ: event = Metamethod.EQ; break;
            case LT: case LTI: case GTI: event = Metamethod.LT; break;
            case LE: case LEI: case GEI: event = Metamethod.LE; break;
            case CLOSE: case RETURN: event = Metamethod.CLOSE; break;
            default: return null;
        }
        return new Name("metamethod", event.shortName());
    }

    /** The name getinfo gives a hook function. */
    public static Name hookName() {
        return new Name("hook", "?");
    }

    /** pushglobalfuncname: "name" or "module.name" if the function is in a loaded module. */
    public static String globalName(LuaThread thread, LuaFunction function) {
        LuaTable registry = thread.global.registry;
        int loadedSlot = registry.findString(LOADED_KEY);
        if (loadedSlot < 0 || registry.valueTags[loadedSlot] != Tag.TABLE) {
            return null;
        }
        LuaTable loaded = (LuaTable) registry.valueRefs[loadedSlot];
        for (int position = loaded.nextPosition(Tag.NIL, 0, null); position >= 0;
                position = loaded.nextPosition(loaded.keyTagAt(position), loaded.keyBitsAt(position), loaded.keyRefAt(position))) {
            if (loaded.keyTagAt(position) != Tag.STRING || loaded.valueTagAt(position) != Tag.TABLE) {
                continue;
            }
            LuaTable module = (LuaTable) loaded.valueRefAt(position);
            for (int field = module.nextPosition(Tag.NIL, 0, null); field >= 0;
                    field = module.nextPosition(module.keyTagAt(field), module.keyBitsAt(field), module.keyRefAt(field))) {
                if (module.valueTagAt(field) == Tag.FUNCTION && module.valueRefAt(field) == function
                        && module.keyTagAt(field) == Tag.STRING) {
                    String moduleName = Errors.latin((LuaString) loaded.keyRefAt(position));
                    String fieldName = Errors.latin((LuaString) module.keyRefAt(field));
                    return moduleName.equals("_G") ? fieldName : moduleName + "." + fieldName;
                }
            }
        }
        return null;
    }

    public static final LuaString LOADED_KEY = LuaString.of("_LOADED");
}
