package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.*;
import static org.crescent.jit.MethodEmitter.*;
import static org.objectweb.asm.Opcodes.*;

import org.crescent.bytecode.Instruction;
import org.crescent.runtime.Tag;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Table reads and writes, and the length operator, on their fast paths. A read hits when the
 * key's slot (array part for integer keys, hash part otherwise) holds a non-nil value, as in the
 * interpreter; a miss reads nil only on a plain table (no metatable, not weak), where no
 * __index can apply. A write hits an existing non-nil slot, or an array slot of a table without
 * metatable. Anything else (new hash keys, metamethods, non-table values, float keys) exits.
 * No register is changed before the exit decision, so the interpreter re-runs the instruction
 * from intact operands.
 */
final class TableEmitter {
    private static final String STRING_DESCRIPTOR = "L" + STRING_TYPE + ";";

    private TableEmitter() {}

    static void emit(MethodEmitter e, int pc, int i) {
        int opcode = i & 0x7F;
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        MethodVisitor m = e.method;
        Label exit = e.exitStub(pc);
        switch (opcode) {
            case GETTABUP:
                upvalueTable(e, b, exit);
                stringGet(e, pc, a, c, () -> e.pushConstantRef(c), exit);
                return;
            case org.crescent.bytecode.OpcodeNumbers.GETFIELD:
                registerTable(e, b, exit);
                stringGet(e, pc, a, c, () -> e.pushConstantRef(c), exit);
                return;
            case GETI: {
                registerTable(e, b, exit);
                e.pushLong(c);
                m.visitVarInsn(LSTORE, LONG_TEMP);
                Label slow = new Label();
                arrayGet(e, pc, a, slow);
                m.visitLabel(slow);
                m.visitVarInsn(ALOAD, THREAD);
                m.visitVarInsn(ALOAD, TABLE_TEMP);
                m.visitVarInsn(LLOAD, LONG_TEMP);
                e.pushIndex(a);
                m.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "getIntegerIfPlain", "(L" + THREAD_TYPE + ";L" + TABLE_TYPE + ";JI)Z", false);
                reloadOrExit(e, pc, a, exit);
                return;
            }
            case GETTABLE: {
                registerTable(e, b, exit);
                Label slow = new Label();
                m.visitVarInsn(ILOAD, tagSlot(c));
                e.pushInt(Tag.INTEGER);
                m.visitJumpInsn(IF_ICMPNE, slow);
                m.visitVarInsn(LLOAD, bitsSlot(c));
                m.visitVarInsn(LSTORE, LONG_TEMP);
                arrayGet(e, pc, a, slow);
                // Everything but a non-nil array slot: one helper for any key (JitSupport.get).
                m.visitLabel(slow);
                m.visitVarInsn(ALOAD, THREAD);
                m.visitVarInsn(ALOAD, FRAME);
                e.pushInt(pc);
                m.visitVarInsn(ALOAD, TABLE_TEMP);
                m.visitVarInsn(ILOAD, tagSlot(c));
                m.visitVarInsn(LLOAD, bitsSlot(c));
                e.pushRef(c);
                e.pushIndex(a);
                m.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "get", "(L" + THREAD_TYPE + ";L" + FRAME_TYPE
                        + ";IL" + TABLE_TYPE + ";IJLjava/lang/Object;I)Z", false);
                reloadOrExit(e, pc, a, exit);
                return;
            }
            case SETTABUP:
                upvalueTable(e, a, exit);
                stringSet(e, pc, i, b, () -> e.pushConstantRef(b), exit);
                return;
            case SETFIELD:
                registerTable(e, a, exit);
                stringSet(e, pc, i, b, () -> e.pushConstantRef(b), exit);
                return;
            case SETI: {
                registerTable(e, a, exit);
                e.pushLong(b);
                m.visitVarInsn(LSTORE, LONG_TEMP);
                Label outside = new Label();
                arraySet(e, pc, i, outside, exit);
                m.visitLabel(outside);
                e.guarded(pc, () -> {
                    m.visitVarInsn(ALOAD, TABLE_TEMP);
                    m.visitVarInsn(LLOAD, LONG_TEMP);
                    pushValue(e, i, 0);
                    pushValue(e, i, 1);
                    pushValue(e, i, 2);
                    m.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "setIntegerIfRaw", "(L" + TABLE_TYPE + ";JIJLjava/lang/Object;)Z", false);
                });
                m.visitJumpInsn(IFEQ, exit);
                m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
                return;
            }
            case SETTABLE: {
                registerTable(e, a, exit);
                Label slow = new Label();
                m.visitVarInsn(ILOAD, tagSlot(b));
                e.pushInt(Tag.INTEGER);
                m.visitJumpInsn(IF_ICMPNE, slow);
                m.visitVarInsn(LLOAD, bitsSlot(b));
                m.visitVarInsn(LSTORE, LONG_TEMP);
                arraySet(e, pc, i, slow, exit);
                // Everything but an array slot: one helper for any key (JitSupport.set).
                m.visitLabel(slow);
                e.guarded(pc, () -> {
                    m.visitVarInsn(ALOAD, TABLE_TEMP);
                    m.visitVarInsn(ILOAD, tagSlot(b));
                    m.visitVarInsn(LLOAD, bitsSlot(b));
                    e.pushRef(b);
                    pushValue(e, i, 0);
                    pushValue(e, i, 1);
                    pushValue(e, i, 2);
                    m.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "set",
                            "(L" + TABLE_TYPE + ";IJLjava/lang/Object;IJLjava/lang/Object;)Z", false);
                });
                m.visitJumpInsn(IFEQ, exit);
                m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
                return;
            }
            case LEN:
                length(e, pc, a, b, exit);
                return;
            default:
                throw new IllegalStateException("opcode " + opcode);
        }
    }

    /** TABLE_TEMP := R[r] if it is a table, else exit. */
    private static void registerTable(MethodEmitter e, int r, Label exit) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ILOAD, tagSlot(r));
        e.pushInt(Tag.TABLE);
        m.visitJumpInsn(IF_ICMPNE, exit);
        e.pushRef(r);
        m.visitTypeInsn(CHECKCAST, TABLE_TYPE);
        m.visitVarInsn(ASTORE, TABLE_TEMP);
    }

    /** TABLE_TEMP := upvalue {@code index} if it is a table, else exit. */
    private static void upvalueTable(MethodEmitter e, int index, Label exit) {
        MethodVisitor m = e.method;
        UpvalueEmitter.load(e, index);
        UpvalueEmitter.pushSlot(e, "tags", "[B");
        m.visitInsn(BALOAD);
        e.pushInt(Tag.TABLE);
        m.visitJumpInsn(IF_ICMPNE, exit);
        UpvalueEmitter.pushSlot(e, "refs", "[Ljava/lang/Object;");
        m.visitInsn(AALOAD);
        m.visitTypeInsn(CHECKCAST, TABLE_TYPE);
        m.visitVarInsn(ASTORE, TABLE_TEMP);
    }

    static void pushTableField(MethodEmitter e, String field, String descriptor) {
        e.method.visitVarInsn(ALOAD, TABLE_TEMP);
        e.method.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, TABLE_TYPE, field, descriptor);
    }

    /** Jumps to {@code exit} unless TABLE_TEMP is plain (a miss reads nil, an array write needs no __newindex). */
    private static void requirePlain(MethodEmitter e, Label exit) {
        e.method.visitVarInsn(ALOAD, TABLE_TEMP);
        e.method.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "isPlain", "(L" + TABLE_TYPE + ";)Z", false);
        e.method.visitJumpInsn(IFEQ, exit);
    }

    /** R[a] := value at hash slot INT_TEMP of TABLE_TEMP whose tag is in INT_TEMP2. */
    static void copyHashValue(MethodEmitter e, int a) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ILOAD, INT_TEMP2);
        m.visitVarInsn(ISTORE, tagSlot(a));
        pushTableField(e, "valueBits", "[J");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(LALOAD);
        m.visitVarInsn(LSTORE, bitsSlot(a));
        e.storeRefIfReference(a, () -> m.visitVarInsn(ILOAD, INT_TEMP2), () -> {
            pushTableField(e, "valueRefs", "[Ljava/lang/Object;");
            m.visitVarInsn(ILOAD, INT_TEMP);
            m.visitInsn(AALOAD);
        });
    }

    /**
     * INT_TEMP := the hash slot of the string key in TABLE_TEMP, or a jump to {@code absent}
     * when there is none. A constant key ({@code constant} >= 0, {@code key} pushing it) is
     * first looked for at the site's two slot hints (the class's hint array at {@code 2 * pc}
     * and {@code 2 * pc + 1}, the most recent first; a hint is accepted only when the slot holds
     * that very key object, so no table change can make it wrong); otherwise, and for other
     * keys, {@code findString} answers (and records the hint).
     */
    static void findString(MethodEmitter e, int pc, int constant, Runnable key, Label absent) {
        MethodVisitor m = e.method;
        Label found = new Label();
        Label slow = new Label();
        if (constant >= 0) {
            Label second = new Label();
            hintedSlot(e, 2 * pc, key, found, second);
            m.visitLabel(second);
            hintedSlot(e, 2 * pc + 1, key, found, slow);
            m.visitLabel(slow);
            m.visitVarInsn(ALOAD, TABLE_TEMP);
            key.run();
            e.pushSlotHints();
            e.pushInt(2 * pc);
            m.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "findString",
                    "(L" + TABLE_TYPE + ";" + STRING_DESCRIPTOR + "[II)I", false);
        } else {
            m.visitVarInsn(ALOAD, TABLE_TEMP);
            key.run();
            m.visitMethodInsn(INVOKEVIRTUAL, TABLE_TYPE, "findString", "(" + STRING_DESCRIPTOR + ")I", false);
        }
        m.visitVarInsn(ISTORE, INT_TEMP);
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitJumpInsn(IFLT, absent);
        m.visitLabel(found);
    }

    /**
     * INT_TEMP := slot hint {@code index}; jumps to {@code found} if TABLE_TEMP holds the key
     * there, else continues at {@code otherwise}, which the caller visits right after.
     */
    private static void hintedSlot(MethodEmitter e, int index, Runnable key, Label found, Label otherwise) {
        MethodVisitor m = e.method;
        e.pushSlotHints();
        e.pushInt(index);
        m.visitInsn(IALOAD);
        m.visitVarInsn(ISTORE, INT_TEMP);
        m.visitVarInsn(ILOAD, INT_TEMP);
        pushTableField(e, "keyRefs", "[Ljava/lang/Object;");
        m.visitInsn(ARRAYLENGTH);
        m.visitJumpInsn(IF_ICMPGE, otherwise);
        pushTableField(e, "keyRefs", "[Ljava/lang/Object;");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(AALOAD);
        key.run();
        m.visitJumpInsn(IF_ACMPEQ, found); // else falls into otherwise, visited next
    }

    /**
     * As {@link #findString}, and INT_TEMP2 := the value's tag, with a jump to {@code miss}
     * when the key is absent or its value nil.
     */
    static void findStringValue(MethodEmitter e, int pc, int constant, Runnable key, Label miss) {
        MethodVisitor m = e.method;
        findString(e, pc, constant, key, miss);
        pushTableField(e, "valueTags", "[B");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(BALOAD);
        m.visitVarInsn(ISTORE, INT_TEMP2);
        m.visitVarInsn(ILOAD, INT_TEMP2);
        m.visitJumpInsn(IFEQ, miss);
    }

    /**
     * R[a] := TABLE_TEMP[key], the key a string pushed by {@code key}. A miss reads nil on a
     * plain table, and otherwise goes through the instruction's __index cache
     * ({@code TierSupport.index}, as the interpreter's GETFIELD); what that declines exits.
     */
    private static void stringGet(MethodEmitter e, int pc, int a, int constant, Runnable key, Label exit) {
        MethodVisitor m = e.method;
        Label miss = new Label();
        Label chain = new Label();
        findStringValue(e, pc, constant, key, miss);
        copyHashValue(e, a);
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(miss);
        m.visitVarInsn(ALOAD, TABLE_TEMP);
        m.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "isPlain", "(L" + TABLE_TYPE + ";)Z", false);
        m.visitJumpInsn(IFEQ, chain);
        e.setTag(a, Tag.NIL);
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(chain);
        m.visitVarInsn(ALOAD, THREAD);
        m.visitVarInsn(ALOAD, FRAME);
        e.pushInt(pc);
        e.pushInt(Tag.TABLE);
        m.visitVarInsn(ALOAD, TABLE_TEMP);
        key.run();
        m.visitVarInsn(ILOAD, BASE);
        e.pushInt(a);
        m.visitInsn(IADD);
        m.visitMethodInsn(INVOKESTATIC, ObjectEmitter.TIER_SUPPORT_TYPE, "index", "(L" + THREAD_TYPE + ";L" + FRAME_TYPE
                + ";IILjava/lang/Object;" + STRING_DESCRIPTOR + "I)Z", false);
        m.visitJumpInsn(IFEQ, exit);
        e.loadRegister(a);
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
    }

    /**
     * R[a] := TABLE_TEMP[LONG_TEMP], an integer key, when it is a non-nil slot of the array
     * part; anything else jumps to {@code slow}, where the caller calls a helper (JitSupport)
     * that puts the value on the stack for {@link #reloadOrExit}.
     */
    private static void arrayGet(MethodEmitter e, int pc, int a, Label slow) {
        MethodVisitor m = e.method;
        arrayIndex(e, slow);
        pushTableField(e, "arrayTags", "[B");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(BALOAD);
        m.visitVarInsn(ISTORE, INT_TEMP2);
        m.visitVarInsn(ILOAD, INT_TEMP2);
        m.visitJumpInsn(IFEQ, slow);
        m.visitVarInsn(ILOAD, INT_TEMP2);
        m.visitVarInsn(ISTORE, tagSlot(a));
        pushTableField(e, "arrayBits", "[J");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(LALOAD);
        m.visitVarInsn(LSTORE, bitsSlot(a));
        e.storeRefIfReference(a, () -> m.visitVarInsn(ILOAD, INT_TEMP2), () -> {
            pushTableField(e, "arrayRefs", "[Ljava/lang/Object;");
            m.visitVarInsn(ILOAD, INT_TEMP);
            m.visitInsn(AALOAD);
        });
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
    }

    /** After a read helper's boolean: false exits; true reloads R[a], which the helper stored on the stack. */
    private static void reloadOrExit(MethodEmitter e, int pc, int a, Label exit) {
        e.method.visitJumpInsn(IFEQ, exit);
        e.loadRegister(a);
        e.method.visitJumpInsn(GOTO, e.labelAt(pc + 1));
    }

    /** INT_TEMP := LONG_TEMP - 1 if that indexes TABLE_TEMP's array part, else jumps to {@code outside}. */
    private static void arrayIndex(MethodEmitter e, Label outside) {
        MethodVisitor m = e.method;
        m.visitVarInsn(LLOAD, LONG_TEMP);
        m.visitInsn(LCONST_1);
        m.visitInsn(LSUB);
        m.visitVarInsn(LSTORE, LONG_TEMP2);
        // one unsigned comparison: a key below 1 wraps to a huge index
        m.visitVarInsn(LLOAD, LONG_TEMP2);
        pushTableField(e, "arrayTags", "[B");
        m.visitInsn(ARRAYLENGTH);
        m.visitInsn(I2L);
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
        m.visitJumpInsn(IFGE, outside);
        m.visitVarInsn(LLOAD, LONG_TEMP2);
        m.visitInsn(L2I);
        m.visitVarInsn(ISTORE, INT_TEMP);
    }

    /** Pushes RK(C) of a set instruction: tag, bits or reference. */
    private static void pushValue(MethodEmitter e, int i, int part) {
        MethodVisitor m = e.method;
        int c = Instruction.c(i);
        if (Instruction.k(i)) {
            byte tag = e.prototype.constantTags[c];
            if (part == 0) {
                e.pushInt(tag);
            } else if (part == 1) {
                e.pushLong(e.prototype.constantBits[c]);
            } else if (tag >= Tag.STRING) {
                e.pushConstantRef(c);
            } else {
                m.visitInsn(ACONST_NULL);
            }
        } else if (part == 0) {
            m.visitVarInsn(ILOAD, tagSlot(c));
        } else if (part == 1) {
            m.visitVarInsn(LLOAD, bitsSlot(c));
        } else {
            e.pushRef(c);
        }
    }

    /** Stores RK(C) into slot INT_TEMP of TABLE_TEMP's array or hash part ({@code prefix} "array" or "value"). */
    private static void storeValue(MethodEmitter e, int i, String prefix) {
        MethodVisitor m = e.method;
        pushTableField(e, prefix + "Tags", "[B");
        m.visitVarInsn(ILOAD, INT_TEMP);
        pushValue(e, i, 0);
        m.visitInsn(BASTORE);
        pushTableField(e, prefix + "Bits", "[J");
        m.visitVarInsn(ILOAD, INT_TEMP);
        pushValue(e, i, 1);
        m.visitInsn(LASTORE);
        pushTableField(e, prefix + "Refs", "[Ljava/lang/Object;");
        m.visitVarInsn(ILOAD, INT_TEMP);
        pushValue(e, i, 2);
        m.visitInsn(AASTORE);
    }

    /**
     * TABLE_TEMP[key] := RK(C) for a string key: in place when its slot holds a non-nil value,
     * else a raw set when no __newindex can apply ({@code JitSupport.storesRaw}); else exits.
     */
    private static void stringSet(MethodEmitter e, int pc, int i, int constant, Runnable key, Label exit) {
        MethodVisitor m = e.method;
        Label insert = new Label();
        findString(e, pc, constant, key, insert);
        pushTableField(e, "valueTags", "[B");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(BALOAD);
        m.visitJumpInsn(IFEQ, insert);
        storeValue(e, i, "value");
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(insert);
        requireRawStore(e, exit);
        e.guarded(pc, () -> {
            m.visitVarInsn(ALOAD, TABLE_TEMP);
            key.run();
            pushValue(e, i, 0);
            pushValue(e, i, 1);
            pushValue(e, i, 2);
            m.visitMethodInsn(INVOKEVIRTUAL, TABLE_TYPE, "setString", "(" + STRING_DESCRIPTOR + "BJLjava/lang/Object;)V", false);
        });
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
    }

    /** Jumps to {@code exit} unless a store into an absent key of TABLE_TEMP is a raw set (no __newindex can apply). */
    private static void requireRawStore(MethodEmitter e, Label exit) {
        e.method.visitVarInsn(ALOAD, TABLE_TEMP);
        e.method.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "storesRaw", "(L" + TABLE_TYPE + ";)Z", false);
        e.method.visitJumpInsn(IFEQ, exit);
    }

    /**
     * TABLE_TEMP[LONG_TEMP] := RK(C) within the array part: in place when the slot holds a value
     * or no __newindex can apply (else exits); a key outside the array part jumps to
     * {@code outside}, where the caller calls a helper.
     */
    private static void arraySet(MethodEmitter e, int pc, int i, Label outside, Label exit) {
        MethodVisitor m = e.method;
        Label store = new Label();
        arrayIndex(e, outside);
        pushTableField(e, "arrayTags", "[B");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(BALOAD);
        m.visitJumpInsn(IFNE, store);
        requireRawStore(e, exit);
        m.visitLabel(store);
        storeValue(e, i, "array");
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
    }

    /** LEN of a string, or of a table whose metatable (if any) is known to lack __len; anything else exits. */
    private static void length(MethodEmitter e, int pc, int a, int b, Label exit) {
        MethodVisitor m = e.method;
        Label notString = new Label();
        m.visitVarInsn(ILOAD, tagSlot(b));
        e.pushInt(Tag.STRING);
        m.visitJumpInsn(IF_ICMPNE, notString);
        e.pushRef(b);
        m.visitTypeInsn(CHECKCAST, STRING_TYPE);
        m.visitMethodInsn(INVOKEVIRTUAL, STRING_TYPE, "length", "()I", false);
        m.visitInsn(I2L);
        e.storeInteger(a);
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(notString);
        registerTable(e, b, exit);
        e.method.visitVarInsn(ALOAD, TABLE_TEMP);
        e.method.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "lacksLength", "(L" + TABLE_TYPE + ";)Z", false);
        m.visitJumpInsn(IFEQ, exit);
        m.visitVarInsn(ALOAD, TABLE_TEMP);
        m.visitMethodInsn(INVOKEVIRTUAL, TABLE_TYPE, "length", "()J", false);
        e.storeInteger(a);
    }
}
