package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.CALL;
import static org.crescent.bytecode.OpcodeNumbers.RETURN1;
import static org.objectweb.asm.Opcodes.*;

import java.util.BitSet;
import org.crescent.bytecode.Instruction;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Emits CALL, RETURN0 and RETURN1. A call writes the registers back (as an exit does) and
 * asks {@code Tier.callFromCompiled} to run a compiled Lua callee directly; when the callee
 * has returned, the registers live after the call are reloaded from the value stack (the
 * stack arrays too: the call may have grown them). Anything the tier declines (a Java
 * function, a callee not compiled yet, hooks) leaves at the CALL for the interpreter. A
 * return from a plain frame is made here and the method answers FRAME_CHANGED.
 */
final class CallEmitter {
    private static final String TIER_TYPE = "org/crescent/interpreter/Tier";

    private CallEmitter() {}

    static void emit(MethodEmitter e, int pc, int i) {
        switch (i & 0x7F) {
            case CALL: call(e, pc, i); return;
            case RETURN1: returnOne(e, pc, Instruction.a(i)); return;
            default: returnNone(e, pc);
        }
    }

    private static void call(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        int a = Instruction.a(i);
        BitSet written = e.usage.writtenBefore[pc];
        for (int r = written.nextSetBit(0); r >= 0; r = written.nextSetBit(r + 1)) {
            e.storeRegister(r);
        }
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        e.pushInt(pc + 1);
        m.visitVarInsn(ILOAD, MethodEmitter.BASE);
        e.pushInt(a);
        m.visitInsn(IADD);
        e.pushInt(Instruction.b(i) - 1);
        e.pushInt(Instruction.c(i) - 1);
        m.visitMethodInsn(INVOKESTATIC, TIER_TYPE, "callFromCompiled",
                "(L" + MethodEmitter.THREAD_TYPE + ";L" + MethodEmitter.FRAME_TYPE + ";IIII)I", false);
        Label declined = new Label();
        Label changed = new Label();
        m.visitInsn(DUP);
        m.visitJumpInsn(IFEQ, declined);
        m.visitJumpInsn(IFLT, changed);
        e.loadStackArrays(); // the call may have grown the value stack
        BitSet live = pc + 1 < e.usage.liveIn.length ? e.usage.liveIn[pc + 1] : new BitSet();
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

    private static void returnOne(MethodEmitter e, int pc, int a) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        m.visitVarInsn(ILOAD, MethodEmitter.tagSlot(a));
        m.visitVarInsn(LLOAD, MethodEmitter.bitsSlot(a));
        e.pushRef(a);
        m.visitMethodInsn(INVOKESTATIC, TIER_TYPE, "returnOne",
                "(L" + MethodEmitter.THREAD_TYPE + ";L" + MethodEmitter.FRAME_TYPE + ";IJLjava/lang/Object;)Z", false);
        returned(e, pc);
    }

    private static void returnNone(MethodEmitter e, int pc) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        m.visitMethodInsn(INVOKESTATIC, TIER_TYPE, "returnNone",
                "(L" + MethodEmitter.THREAD_TYPE + ";L" + MethodEmitter.FRAME_TYPE + ";)Z", false);
        returned(e, pc);
    }

    /** After a return helper: false leaves at the return for the interpreter, true answers FRAME_CHANGED. */
    private static void returned(MethodEmitter e, int pc) {
        MethodVisitor m = e.method;
        m.visitJumpInsn(IFEQ, e.exitStub(pc));
        e.pushInt(org.crescent.interpreter.CompiledCode.FRAME_CHANGED);
        m.visitInsn(IRETURN);
    }
}
