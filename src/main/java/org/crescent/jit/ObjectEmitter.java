package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.*;
import static org.crescent.jit.MethodEmitter.*;
import static org.objectweb.asm.Opcodes.*;

import org.crescent.bytecode.Instruction;
import org.crescent.runtime.Tag;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Instructions that make or shape objects: NEWTABLE, SELF (method lookup, own field or through
 * the __index chain of tables), CONCAT of strings and numbers, and SETLIST with a known count.
 * Each runs what the interpreter runs for the same operands; an allocation point exits when
 * finalizers are queued (the interpreter runs them there), and whatever needs a metamethod
 * call or raises an error exits before changing anything the interpreter would re-read.
 */
final class ObjectEmitter {
    static final String TIER_SUPPORT_TYPE = "org/crescent/interpreter/TierSupport";

    private ObjectEmitter() {}

    static void emit(MethodEmitter e, int pc, int i) {
        switch (i & 0x7F) {
            case NEWTABLE: newTable(e, pc, i); return;
            case SELF: self(e, pc, i); return;
            case CONCAT: concat(e, pc, Instruction.a(i), Instruction.b(i)); return;
            case SETLIST: setList(e, pc, i); return;
            case TFORCALL: forCall(e, pc, Instruction.a(i), Instruction.c(i)); return;
            case TFORPREP:
                // No closing value (the usual nil): only the jump to the TFORCALL; else the interpreter marks it.
                e.method.visitVarInsn(ILOAD, tagSlot(Instruction.a(i) + 3));
                e.pushInt(Tag.FALSE);
                e.method.visitJumpInsn(IF_ICMPGT, e.exitStub(pc));
                e.method.visitJumpInsn(GOTO, e.labelAt(pc + 1 + Instruction.bx(i)));
                return;
            case CLOSE:
                // Nothing to close (no open upvalue, no to-be-closed variable at or above A); else the interpreter closes.
                e.method.visitVarInsn(ALOAD, THREAD);
                e.method.visitVarInsn(ILOAD, BASE);
                e.pushInt(Instruction.a(i));
                e.method.visitInsn(IADD);
                e.method.visitMethodInsn(INVOKESTATIC, TIER_SUPPORT_TYPE, "closesNothing", "(L" + THREAD_TYPE + ";I)Z", false);
                e.method.visitJumpInsn(IFEQ, e.exitStub(pc));
                return;
            default: throw new IllegalStateException("opcode " + (i & 0x7F));
        }
    }

    /** Exits at {@code pc} when finalizers are queued (an allocation point must run them). */
    static void exitIfFinalizersQueued(MethodEmitter e, int pc) {
        e.method.visitVarInsn(ALOAD, GLOBAL);
        e.method.visitMethodInsn(INVOKESTATIC, TIER_SUPPORT_TYPE, "finalizersQueued", "(L" + GLOBAL_TYPE + ";)Z", false);
        e.method.visitJumpInsn(IFNE, e.exitStub(pc));
    }

    /**
     * NEWTABLE A B C k, followed by EXTRAARG: R[A] := {} presized as the interpreter presizes it;
     * an empty constructor's array part is presized from the site's history ({@code LuaTable.atSite}).
     */
    private static void newTable(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        int a = Instruction.a(i);
        int hashSizeLog = Instruction.b(i);
        int arraySize = Instruction.c(i);
        if (Instruction.k(i)) {
            arraySize += Instruction.ax(e.prototype.code[pc + 1]) * (Instruction.MAX_C + 1);
        }
        int hashSize = hashSizeLog > 0 ? 1 << (hashSizeLog - 1) : 0;
        int size = arraySize;
        exitIfFinalizersQueued(e, pc);
        m.visitVarInsn(ALOAD, REFS);
        e.pushIndex(a);
        e.guarded(pc, () -> {
            if (size == 0 && hashSize == 0) {
                // `{}`: presized from what appends made of this site's earlier tables
                e.pushInt(org.crescent.runtime.LuaTable.newConstructorSite());
                m.visitMethodInsn(INVOKESTATIC, TABLE_TYPE, "atSite", "(I)L" + TABLE_TYPE + ";", false);
                return;
            }
            m.visitTypeInsn(NEW, TABLE_TYPE);
            m.visitInsn(DUP);
            e.pushInt(size);
            e.pushInt(hashSize);
            m.visitMethodInsn(INVOKESPECIAL, TABLE_TYPE, "<init>", "(II)V", false);
        });
        m.visitInsn(AASTORE);
        e.setTag(a, Tag.TABLE);
        m.visitInsn(LCONST_0);
        m.visitVarInsn(LSTORE, bitsSlot(a));
        m.visitJumpInsn(GOTO, e.labelAt(pc + 2));
    }

    /**
     * SELF A B C: R[A+1] := R[B]; R[A] := R[B][K[C]]. A table's own field is read inline; a miss
     * (or a string) goes through the instruction's __index cache ({@code TierSupport.index});
     * anything that cache declines exits. R[A+1] may be written before an exit: the interpreter
     * re-runs the instruction, which reads only R[B] (unchanged, or the same value when B = A+1).
     */
    private static void self(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        Label exit = e.exitStub(pc);
        if (!Instruction.k(i) || e.prototype.constantTags[c] != Tag.STRING) {
            m.visitJumpInsn(GOTO, exit);
            return;
        }
        Label cached = new Label();
        Label miss = new Label();
        m.visitVarInsn(ILOAD, tagSlot(b));
        e.pushInt(Tag.TABLE);
        m.visitJumpInsn(IF_ICMPNE, cached);
        e.pushRef(b);
        m.visitTypeInsn(CHECKCAST, TABLE_TYPE);
        m.visitVarInsn(ASTORE, TABLE_TEMP);
        TableEmitter.findStringValue(e, pc, c, () -> e.pushConstantRef(c), miss);
        copyObject(e, a, b);
        TableEmitter.copyHashValue(e, a);
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(miss);
        inheritedField(e, pc, c, cached);
        copyObject(e, a, b);
        TableEmitter.copyHashValue(e, a);
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(cached);
        copyObject(e, a, b);
        // TierSupport.index(thread, frame, pc, tag, R[B], key, base + A)
        m.visitVarInsn(ALOAD, THREAD);
        m.visitVarInsn(ALOAD, FRAME);
        e.pushInt(pc);
        m.visitVarInsn(ILOAD, tagSlot(b));
        e.pushRef(b);
        e.pushConstantRef(c);
        m.visitVarInsn(ILOAD, BASE);
        e.pushInt(a);
        m.visitInsn(IADD);
        m.visitMethodInsn(INVOKESTATIC, TIER_SUPPORT_TYPE, "index", "(L" + THREAD_TYPE + ";L" + FRAME_TYPE
                + ";IILjava/lang/Object;L" + STRING_TYPE + ";I)Z", false);
        m.visitJumpInsn(IFEQ, exit);
        e.loadRegister(a);
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
    }

    /**
     * After the own lookup of the constant key K[constant] in TABLE_TEMP missed: the common case
     * of {@code FieldCache.index} inline, one link through a metatable whose __index is a table
     * holding the key, found at the slots the prototype's lookup hints give ({@code 2 * pc}: the
     * metatable's "__index", {@code 2 * pc + 1}: the key in the holder) and validated exactly as
     * FieldCache validates them (key identity, non-nil value; weak tables have empty arrays and
     * fail). On success TABLE_TEMP is the holder, INT_TEMP the slot and INT_TEMP2 the value's
     * tag; anything else jumps to {@code slow} with TABLE_TEMP unchanged.
     */
    static void inheritedField(MethodEmitter e, int pc, int constant, Label slow) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ALOAD, TABLE_TEMP);
        m.visitMethodInsn(INVOKEVIRTUAL, TABLE_TYPE, "isWeak", "()Z", false);
        m.visitJumpInsn(IFNE, slow); // its own entries are not in the arrays searched
        m.visitVarInsn(ALOAD, TABLE_TEMP);
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, TABLE_TYPE, "metatable", "L" + TABLE_TYPE + ";");
        m.visitInsn(DUP);
        m.visitVarInsn(ASTORE, UPVALUE_TEMP);
        m.visitJumpInsn(IFNULL, slow);
        hintedSlot(e, 2 * pc, slow, () -> m.visitFieldInsn(GETSTATIC, SUPPORT_TYPE, "INDEX_KEY", "L" + STRING_TYPE + ";"));
        pushTempField(e, "valueTags", "[B");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(BALOAD);
        e.pushInt(Tag.TABLE);
        m.visitJumpInsn(IF_ICMPNE, slow);
        pushTempField(e, "valueRefs", "[Ljava/lang/Object;");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(AALOAD);
        m.visitTypeInsn(CHECKCAST, TABLE_TYPE);
        m.visitVarInsn(ASTORE, UPVALUE_TEMP);
        hintedSlot(e, 2 * pc + 1, slow, () -> e.pushConstantRef(constant));
        pushTempField(e, "valueTags", "[B");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(BALOAD);
        m.visitInsn(DUP);
        m.visitVarInsn(ISTORE, INT_TEMP2);
        m.visitJumpInsn(IFEQ, slow);
        m.visitVarInsn(ALOAD, UPVALUE_TEMP);
        m.visitVarInsn(ASTORE, TABLE_TEMP);
    }

    /** INT_TEMP := lookup hint {@code index}, if it is a slot of the table in UPVALUE_TEMP holding the key {@code key} pushes; else jumps to {@code slow}. */
    private static void hintedSlot(MethodEmitter e, int index, Label slow, Runnable key) {
        MethodVisitor m = e.method;
        e.pushLookupHints();
        e.pushInt(index);
        m.visitInsn(IALOAD);
        m.visitVarInsn(ISTORE, INT_TEMP);
        m.visitVarInsn(ILOAD, INT_TEMP);
        pushTempField(e, "keyRefs", "[Ljava/lang/Object;");
        m.visitInsn(ARRAYLENGTH);
        m.visitJumpInsn(IF_ICMPGE, slow);
        pushTempField(e, "keyRefs", "[Ljava/lang/Object;");
        m.visitVarInsn(ILOAD, INT_TEMP);
        m.visitInsn(AALOAD);
        key.run();
        m.visitJumpInsn(IF_ACMPNE, slow);
    }

    /** Pushes a field of the table in UPVALUE_TEMP. */
    private static void pushTempField(MethodEmitter e, String field, String descriptor) {
        e.method.visitVarInsn(ALOAD, UPVALUE_TEMP);
        e.method.visitTypeInsn(CHECKCAST, TABLE_TYPE);
        e.method.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, TABLE_TYPE, field, descriptor);
    }

    /** R[A+1] := R[B] (SELF's copy of the object). */
    private static void copyObject(MethodEmitter e, int a, int b) {
        if (a + 1 == b) {
            return;
        }
        MethodVisitor m = e.method;
        m.visitVarInsn(ILOAD, tagSlot(b));
        m.visitVarInsn(ISTORE, tagSlot(a + 1));
        m.visitVarInsn(LLOAD, bitsSlot(b));
        m.visitVarInsn(LSTORE, bitsSlot(a + 1));
        e.storeRef(a + 1, () -> e.pushRef(b)); // R[B] is a table or a string here
    }

    /** CONCAT A B: R[A] := R[A] .. ... .. R[A+B-1], all strings or numbers; anything else exits (__concat, errors). */
    private static void concat(MethodEmitter e, int pc, int a, int count) {
        MethodVisitor m = e.method;
        Label exit = e.exitStub(pc);
        for (int r = a; r < a + count; r++) {
            // INTEGER, FLOAT, STRING are consecutive tags
            m.visitVarInsn(ILOAD, tagSlot(r));
            e.pushInt(Tag.INTEGER);
            m.visitJumpInsn(IF_ICMPLT, exit);
            m.visitVarInsn(ILOAD, tagSlot(r));
            e.pushInt(Tag.STRING);
            m.visitJumpInsn(IF_ICMPGT, exit);
        }
        exitIfFinalizersQueued(e, pc);
        for (int r = a; r < a + count; r++) {
            e.storeRegister(r);
        }
        e.guarded(pc, () -> {
            m.visitVarInsn(ALOAD, THREAD);
            m.visitVarInsn(ILOAD, BASE);
            e.pushInt(a);
            m.visitInsn(IADD);
            m.visitVarInsn(ILOAD, BASE);
            e.pushInt(a + count - 1);
            m.visitInsn(IADD);
            m.visitMethodInsn(INVOKESTATIC, TIER_SUPPORT_TYPE, "concat", "(L" + THREAD_TYPE + ";II)Z", false);
        });
        m.visitJumpInsn(IFEQ, exit);
        e.setTag(a, Tag.STRING);
        m.visitInsn(LCONST_0);
        m.visitVarInsn(LSTORE, bitsSlot(a));
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
    }

    /**
     * TFORCALL A C: R[A+4], ..., R[A+3+C] := R[A](R[A+1], R[A+2]), as a compiled CALL makes its
     * call ({@code TierSupport.forCall}: next and ipairs' step without a call, other iterators
     * through Tier.callFromCompiled); declined calls exit, frame changes return FRAME_CHANGED.
     */
    private static void forCall(MethodEmitter e, int pc, int a, int results) {
        MethodVisitor m = e.method;
        java.util.BitSet written = e.usage.writtenBefore[pc];
        for (int r = written.nextSetBit(0); r >= 0; r = written.nextSetBit(r + 1)) {
            e.storeRegister(r);
        }
        m.visitVarInsn(ALOAD, THREAD);
        m.visitVarInsn(ALOAD, FRAME);
        e.pushInt(pc + 1);
        m.visitVarInsn(ILOAD, BASE);
        e.pushInt(a);
        m.visitInsn(IADD);
        e.pushInt(results);
        m.visitMethodInsn(INVOKESTATIC, TIER_SUPPORT_TYPE, "forCall", "(L" + THREAD_TYPE + ";L" + FRAME_TYPE + ";III)I", false);
        Label declined = new Label();
        Label changed = new Label();
        m.visitInsn(DUP);
        m.visitJumpInsn(IFEQ, declined);
        m.visitJumpInsn(IFLT, changed);
        e.loadStackArrays(); // the call may have grown the value stack
        java.util.BitSet live = e.usage.liveIn[pc + 1];
        for (int r = live.nextSetBit(0); r >= 0; r = live.nextSetBit(r + 1)) {
            e.loadRegister(r);
        }
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(declined);
        m.visitInsn(POP);
        m.visitJumpInsn(GOTO, e.exitStub(pc));
        m.visitLabel(changed);
        e.pushInt(org.crescent.interpreter.CompiledCode.FRAME_CHANGED);
        m.visitInsn(IRETURN);
    }

    /** SETLIST A B C k: R[A][C+n] := R[A+n] for n = 1..B (raw sets); B = 0: up to the stack top. */
    private static void setList(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        int a = Instruction.a(i);
        int count = Instruction.b(i);
        int last = Instruction.c(i);
        if (Instruction.k(i)) {
            last += Instruction.ax(e.prototype.code[pc + 1]) * (Instruction.MAX_C + 1);
        }
        if (count > 0) {
            for (int r = a + 1; r <= a + count; r++) {
                e.storeRegister(r);
            }
        } else {
            // Items up to the stack top: those in locals go to the stack first.
            java.util.BitSet written = e.usage.writtenBefore[pc];
            for (int r = written.nextSetBit(a + 1); r >= 0; r = written.nextSetBit(r + 1)) {
                e.storeRegister(r);
            }
        }
        int first = last;
        e.guarded(pc, () -> {
            m.visitVarInsn(ALOAD, THREAD);
            m.visitVarInsn(ILOAD, BASE);
            e.pushInt(a);
            m.visitInsn(IADD);
            e.pushInt(first);
            e.pushInt(count);
            m.visitMethodInsn(INVOKESTATIC, TIER_SUPPORT_TYPE, "setList", "(L" + THREAD_TYPE + ";III)V", false);
        });
        m.visitJumpInsn(GOTO, e.labelAt(Instruction.k(i) ? pc + 2 : pc + 1));
    }
}
