package org.crescent.interpreter;

import static org.crescent.bytecode.Instruction.a;
import static org.crescent.bytecode.Instruction.b;
import static org.crescent.bytecode.Instruction.c;
import static org.crescent.bytecode.Instruction.k;

import org.crescent.bytecode.OpcodeNumbers;
import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Metamethod;
import org.crescent.runtime.Tag;

/**
 * Indexing with metamethods: {@code __index} and {@code __newindex} chains through tables and
 * functions, and metamethod lookup with the per-metatable absence cache. Shared by the
 * interpreter's slow paths and the libraries.
 */
public final class Metatables {
    /** C Lua's MAXTAGLOOP: the longest __index/__newindex chain before "possible loop". */
    static final int MAX_CHAIN = 2000;

    private Metatables() {}

    /** The hash slot of metamethod {@code event} in {@code metatable}, or -1 when absent. */
    public static int find(LuaTable metatable, Metamethod event) {
        if (metatable == null || metatable.isWeak()) {
            return -1; // a weak metatable keeps its fields out of the arrays: callers use load()
        }
        int ordinal = event.ordinal();
        if (ordinal < Metamethod.CACHED && (metatable.absentMetamethods & (1 << ordinal)) != 0) {
            return -1;
        }
        int slot = metatable.findString(event.key);
        if (slot < 0 || metatable.valueTags[slot] == Tag.NIL) {
            if (ordinal < Metamethod.CACHED) {
                metatable.absentMetamethods |= (byte) (1 << ordinal);
            }
            return -1;
        }
        return slot;
    }

    /**
     * Whether a table with this metatable takes the raw length: no metatable, or one already
     * found to lack __len (the absence bit, cleared by any raw set into the metatable).
     */
    static boolean hasNoLength(LuaTable metatable) {
        return metatable == null || (metatable.absentMetamethods & (1 << Metamethod.LEN.ordinal())) != 0;
    }

    /** Copies metamethod {@code event} of a value into stack slot {@code slot}; false when absent. */
    public static boolean load(LuaThread thread, byte tag, Object ref, Metamethod event, int slot) {
        LuaTable metatable = thread.global.metatable(tag, ref);
        if (metatable == null) {
            return false;
        }
        if (metatable.isWeak()) {
            return loadField(thread, tag, ref, event.key, slot);
        }
        int index = find(metatable, event);
        if (index < 0) {
            return false;
        }
        thread.tags[slot] = metatable.valueTags[index];
        thread.bits[slot] = metatable.valueBits[index];
        thread.refs[slot] = metatable.valueRefs[index];
        return true;
    }

    /** Copies field {@code name} of a value's metatable into {@code slot}; false when absent or nil. */
    public static boolean loadField(LuaThread thread, byte tag, Object ref, LuaString name, int slot) {
        LuaTable metatable = thread.global.metatable(tag, ref);
        if (metatable == null) {
            return false;
        }
        metatable.getString(name, thread.tags, thread.bits, thread.refs, slot);
        return thread.tags[slot] != Tag.NIL;
    }

    /** GETTABUP, GETTABLE, GETI, GETFIELD and SELF when the fast path missed. */
    static void getFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int base = frame.base;
        Prototype prototype = frame.closure.prototype;
        int destination = base + a(instruction);
        byte objectTag;
        long objectBits;
        Object objectRef;
        String info;
        int opcode = instruction & 0x7F;
        if (opcode == OpcodeNumbers.GETTABUP) {
            Upvalue upvalue = frame.closure.upvalues[b(instruction)];
            objectTag = upvalue.tags[upvalue.index];
            objectBits = upvalue.bits[upvalue.index];
            objectRef = upvalue.refs[upvalue.index];
            info = null;
        } else {
            int rb = base + b(instruction);
            objectTag = thread.tags[rb];
            objectBits = thread.bits[rb];
            objectRef = thread.refs[rb];
            info = "";
        }
        byte keyTag;
        long keyBits;
        Object keyRef;
        if (opcode == OpcodeNumbers.GETTABLE || (opcode == OpcodeNumbers.SELF && !k(instruction))) {
            int rc = base + c(instruction);
            keyTag = thread.tags[rc];
            keyBits = thread.bits[rc];
            keyRef = thread.refs[rc];
        } else if (opcode == OpcodeNumbers.GETI) {
            keyTag = Tag.INTEGER;
            keyBits = c(instruction);
            keyRef = null;
        } else {
            int index = c(instruction);
            keyTag = prototype.constantTags[index];
            keyBits = prototype.constantBits[index];
            keyRef = prototype.constantObjects[index];
        }
        int source = opcode == OpcodeNumbers.GETTABUP ? -1 - b(instruction) : b(instruction);
        index(thread, objectTag, objectBits, objectRef, keyTag, keyBits, keyRef, destination, source);
    }

    /**
     * {@code destination := object[key]}, following __index. {@code source} names the object for
     * an error message: a register (>= 0), an upvalue (-1 - index), or nothing (Integer.MIN_VALUE).
     */
    public static void index(LuaThread thread, byte objectTag, long objectBits, Object objectRef,
                             byte keyTag, long keyBits, Object keyRef, int destination, int source) {
        for (int loop = 0; loop < MAX_CHAIN; loop++) {
            LuaTable metatable;
            if (objectTag == Tag.TABLE) {
                LuaTable table = (LuaTable) objectRef;
                table.get(keyTag, keyBits, keyRef, thread.tags, thread.bits, thread.refs, destination);
                if (thread.tags[destination] != Tag.NIL) {
                    return;
                }
                metatable = table.metatable;
                if (metatable == null) {
                    return;
                }
            } else {
                metatable = thread.global.metatable(objectTag, objectRef);
            }
            int slot;
            byte handlerTag;
            if (metatable != null && metatable.isWeak()) {
                metatable.getString(Metamethod.INDEX.key, thread.tags, thread.bits, thread.refs, destination);
                handlerTag = thread.tags[destination];
                slot = -2;
            } else {
                slot = find(metatable, Metamethod.INDEX);
                handlerTag = slot >= 0 ? metatable.valueTags[slot] : Tag.NIL;
            }
            if (handlerTag == Tag.NIL) {
                if (objectTag == Tag.TABLE) {
                    thread.tags[destination] = Tag.NIL;
                    return;
                }
                throw typeError(thread, objectTag, objectRef, "index", loop == 0 ? source : Integer.MIN_VALUE, keyTag, keyRef);
            }
            long handlerBits = slot >= 0 ? metatable.valueBits[slot] : thread.bits[destination];
            Object handlerRef = slot >= 0 ? metatable.valueRefs[slot] : thread.refs[destination];
            if (handlerTag == Tag.FUNCTION) {
                int callSlot = callSlot(thread);
                thread.ensureStack(callSlot + 3 + Calls.JAVA_MIN_STACK);
                set(thread, callSlot, handlerTag, handlerBits, handlerRef);
                set(thread, callSlot + 1, objectTag, objectBits, objectRef);
                set(thread, callSlot + 2, keyTag, keyBits, keyRef);
                thread.top = callSlot + 3;
                Continuations.callMetamethod(thread, callSlot, 2, CallFrame.CONTINUE_STORE, destination);
                return;
            }
            objectTag = handlerTag;
            objectBits = handlerBits;
            objectRef = handlerRef;
        }
        throw Errors.runtime(thread, "'__index' chain too long; possible loop");
    }

    /** SETTABUP, SETTABLE, SETI and SETFIELD when the fast path missed. */
    static void setFromInstruction(LuaThread thread, CallFrame frame, int instruction) {
        int base = frame.base;
        Prototype prototype = frame.closure.prototype;
        int opcode = instruction & 0x7F;
        byte objectTag;
        long objectBits;
        Object objectRef;
        int source;
        if (opcode == OpcodeNumbers.SETTABUP) {
            Upvalue upvalue = frame.closure.upvalues[a(instruction)];
            objectTag = upvalue.tags[upvalue.index];
            objectBits = upvalue.bits[upvalue.index];
            objectRef = upvalue.refs[upvalue.index];
            source = -1 - a(instruction);
        } else {
            int ra = base + a(instruction);
            objectTag = thread.tags[ra];
            objectBits = thread.bits[ra];
            objectRef = thread.refs[ra];
            source = a(instruction);
        }
        byte keyTag;
        long keyBits;
        Object keyRef;
        if (opcode == OpcodeNumbers.SETTABLE) {
            int rb = base + b(instruction);
            keyTag = thread.tags[rb];
            keyBits = thread.bits[rb];
            keyRef = thread.refs[rb];
        } else if (opcode == OpcodeNumbers.SETI) {
            keyTag = Tag.INTEGER;
            keyBits = b(instruction);
            keyRef = null;
        } else {
            int index = b(instruction);
            keyTag = prototype.constantTags[index];
            keyBits = prototype.constantBits[index];
            keyRef = prototype.constantObjects[index];
        }
        int c = c(instruction);
        byte valueTag;
        long valueBits;
        Object valueRef;
        if (k(instruction)) {
            valueTag = prototype.constantTags[c];
            valueBits = prototype.constantBits[c];
            valueRef = prototype.constantObjects[c];
        } else {
            valueTag = thread.tags[base + c];
            valueBits = thread.bits[base + c];
            valueRef = thread.refs[base + c];
        }
        newIndex(thread, objectTag, objectBits, objectRef, keyTag, keyBits, keyRef, valueTag, valueBits, valueRef, source);
    }

    /** {@code object[key] = value}, following __newindex. */
    public static void newIndex(LuaThread thread, byte objectTag, long objectBits, Object objectRef,
                                byte keyTag, long keyBits, Object keyRef,
                                byte valueTag, long valueBits, Object valueRef, int source) {
        for (int loop = 0; loop < MAX_CHAIN; loop++) {
            LuaTable metatable;
            if (objectTag == Tag.TABLE) {
                LuaTable table = (LuaTable) objectRef;
                metatable = table.metatable;
                if (metatable == null || hasValue(table, keyTag, keyBits, keyRef)
                        || find(metatable, Metamethod.NEWINDEX) < 0 && !metatable.isWeak()) {
                    rawSet(thread, table, keyTag, keyBits, keyRef, valueTag, valueBits, valueRef);
                    return;
                }
            } else {
                metatable = thread.global.metatable(objectTag, objectRef);
            }
            int callSlot = callSlot(thread);
            thread.ensureStack(callSlot + 4 + Calls.JAVA_MIN_STACK);
            if (!load(thread, objectTag, objectRef, Metamethod.NEWINDEX, callSlot)) {
                if (objectTag == Tag.TABLE) {
                    rawSet(thread, (LuaTable) objectRef, keyTag, keyBits, keyRef, valueTag, valueBits, valueRef);
                    return;
                }
                throw typeError(thread, objectTag, objectRef, "index", loop == 0 ? source : Integer.MIN_VALUE, keyTag, keyRef);
            }
            if (thread.tags[callSlot] == Tag.FUNCTION) {
                set(thread, callSlot + 1, objectTag, objectBits, objectRef);
                set(thread, callSlot + 2, keyTag, keyBits, keyRef);
                set(thread, callSlot + 3, valueTag, valueBits, valueRef);
                thread.top = callSlot + 4;
                Continuations.callMetamethod(thread, callSlot, 3, CallFrame.CONTINUE_DISCARD, 0);
                return;
            }
            objectTag = thread.tags[callSlot];
            objectBits = thread.bits[callSlot];
            objectRef = thread.refs[callSlot];
        }
        throw Errors.runtime(thread, "'__newindex' chain too long; possible loop");
    }

    private static boolean hasValue(LuaTable table, byte keyTag, long keyBits, Object keyRef) {
        if (keyTag == Tag.NIL) {
            return false;
        }
        if (keyTag == Tag.INTEGER) {
            long index = keyBits - 1;
            if (index >= 0 && index < table.arrayTags.length) {
                return table.arrayTags[(int) index] != Tag.NIL;
            }
        }
        int slot = keyTag == Tag.STRING ? table.findString((LuaString) keyRef) : table.find(keyTag, keyBits, keyRef);
        return slot >= 0 && table.valueTags[slot] != Tag.NIL;
    }

    /** A raw set from an instruction: nil and NaN keys are errors with a position. */
    static void rawSet(LuaThread thread, LuaTable table, byte keyTag, long keyBits, Object keyRef,
                       byte valueTag, long valueBits, Object valueRef) {
        if (keyTag == Tag.NIL) {
            throw Errors.runtime(thread, "table index is nil");
        }
        if (keyTag == Tag.FLOAT && Double.isNaN(Double.longBitsToDouble(keyBits))) {
            throw Errors.runtime(thread, "table index is NaN");
        }
        table.set(keyTag, keyBits, keyRef, valueTag, valueBits, valueRef);
    }

    /** Where a metamethod call made by the running frame's instruction is placed. */
    static int callSlot(LuaThread thread) {
        CallFrame frame = thread.currentFrame();
        if (frame.closure != null) {
            return Math.max(frame.base + frame.closure.prototype.maxStackSize, frame.base);
        }
        return thread.top;
    }

    static void set(LuaThread thread, int slot, byte tag, long bits, Object ref) {
        thread.tags[slot] = tag;
        thread.bits[slot] = bits;
        thread.refs[slot] = ref;
    }

    /** luaG_typeerror for an operation on a value, with the variable's name when known. */
    static org.crescent.runtime.LuaError typeError(LuaThread thread, byte tag, Object ref, String operation,
                                                   int source, byte keyTag, Object keyRef) {
        String info = "";
        if (source >= 0) {
            info = FunctionNames.registerInfo(thread, source);
        } else if (source != Integer.MIN_VALUE) {
            info = FunctionNames.upvalueInfo(thread, -1 - source);
        }
        return Errors.runtime(thread, "attempt to " + operation + " a " + Errors.typeNameForMessage(thread, tag, ref) + " value" + info);
    }
}
