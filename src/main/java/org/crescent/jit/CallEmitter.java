package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.CALL;
import static org.crescent.bytecode.OpcodeNumbers.CLOSURE;
import static org.crescent.bytecode.OpcodeNumbers.RETURN1;
import static org.crescent.bytecode.OpcodeNumbers.TAILCALL;
import static org.crescent.bytecode.OpcodeNumbers.VARARG;
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
    private static final String COMPILED_TYPE = "org/crescent/interpreter/CompiledCode";
    private static final String CALLS_TYPE = "org/crescent/interpreter/CompiledCalls";
    private static final String THREAD_AND_FRAME = "(L" + MethodEmitter.THREAD_TYPE + ";L" + MethodEmitter.FRAME_TYPE + ";";

    private CallEmitter() {}

    static void emit(MethodEmitter e, int pc, int i) {
        switch (i & 0x7F) {
            case CALL: call(e, pc, i); return;
            case RETURN1: returnOne(e, pc, Instruction.a(i)); return;
            case TAILCALL: tailCall(e, pc, i); return;
            case org.crescent.bytecode.OpcodeNumbers.RETURN: returnValues(e, pc, i); return;
            case VARARG: varargs(e, pc, i); return;
            case CLOSURE: closure(e, pc, i); return;
            default: returnNone(e, pc);
        }
    }

    /** Writes back the registers an exit at {@code pc} would, so that a helper sees them on the value stack. */
    private static void writeBack(MethodEmitter e, int pc) {
        BitSet written = e.usage.writtenBefore[pc];
        for (int r = written.nextSetBit(0); r >= 0; r = written.nextSetBit(r + 1)) {
            e.storeRegister(r);
        }
    }

    /** After a helper that may have grown the value stack or changed any register: reloads those live at {@code next}. */
    private static void reload(MethodEmitter e, int next) {
        e.loadStackArrays();
        BitSet live = next < e.usage.liveIn.length ? e.usage.liveIn[next] : new BitSet();
        for (int r = live.nextSetBit(0); r >= 0; r = live.nextSetBit(r + 1)) {
            e.loadRegister(r);
        }
    }

    /**
     * TAILCALL: a Lua callee replaces the frame and the method answers TAIL_CALLED (whoever ran
     * it runs the callee); a Java function's results are returned at once (FRAME_CHANGED); the
     * rest exits to the interpreter.
     */
    private static void tailCall(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        writeBack(e, pc);
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        e.pushInt(pc + 1);
        m.visitVarInsn(ILOAD, MethodEmitter.BASE);
        e.pushInt(Instruction.a(i));
        m.visitInsn(IADD);
        e.pushInt(Instruction.b(i) - 1);
        m.visitLdcInsn(i);
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "tailCall", THREAD_AND_FRAME + "IIII)I", false);
        Label declined = new Label();
        m.visitInsn(DUP);
        m.visitJumpInsn(IFEQ, declined);
        m.visitInsn(IRETURN);
        m.visitLabel(declined);
        m.visitInsn(POP);
        m.visitJumpInsn(GOTO, e.exitStub(pc));
    }

    /** RETURN (any count, closing upvalues when k): made here for a plain frame, else an exit. */
    private static void returnValues(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        writeBack(e, pc);
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        m.visitVarInsn(ILOAD, MethodEmitter.BASE);
        e.pushInt(Instruction.a(i));
        m.visitInsn(IADD);
        e.pushInt(Instruction.b(i) - 1);
        e.pushInt(Instruction.k(i) ? 1 : 0);
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "returnValues", THREAD_AND_FRAME + "IIZ)Z", false);
        returned(e, pc);
    }

    /** VARARG: the helper copies the extra arguments; the registers are then reloaded as after a call. */
    private static void varargs(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        writeBack(e, pc);
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        m.visitVarInsn(ILOAD, MethodEmitter.BASE);
        e.pushInt(Instruction.a(i));
        m.visitInsn(IADD);
        e.pushInt(Instruction.c(i) - 1);
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "varargs", THREAD_AND_FRAME + "II)V", false);
        reload(e, pc + 1);
    }

    /**
     * CLOSURE: the closure captures stack slots, whose values may be older than the locals; no
     * code can read them through the new upvalues before the next call or exit, which write the
     * registers back. With finalizers queued it exits (the interpreter runs them after allocating).
     */
    private static void closure(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        int a = Instruction.a(i);
        m.visitVarInsn(ALOAD, MethodEmitter.GLOBAL);
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "finalizersQueued", "(L" + MethodEmitter.GLOBAL_TYPE + ";)Z", false);
        m.visitJumpInsn(IFNE, e.exitStub(pc));
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        m.visitVarInsn(ILOAD, MethodEmitter.BASE);
        e.pushInt(a);
        m.visitInsn(IADD);
        e.pushInt(Instruction.bx(i));
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "closure", THREAD_AND_FRAME + "II)V", false);
        e.pushInt(org.crescent.runtime.Tag.FUNCTION);
        m.visitVarInsn(ISTORE, MethodEmitter.tagSlot(a));
        m.visitInsn(LCONST_0);
        m.visitVarInsn(LSTORE, MethodEmitter.bitsSlot(a));
    }

    private static void call(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        int a = Instruction.a(i);
        writeBack(e, pc);
        // A compiled Lua callee runs from this call site (its own profile for HotSpot).
        Label generic = new Label();
        Label finished = new Label();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label failed = new Label();
        pushCallOperands(e, pc, i);
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "enterCall", THREAD_AND_FRAME + "IIII)L" + MethodEmitter.FRAME_TYPE + ";", false);
        m.visitInsn(DUP);
        m.visitJumpInsn(IFNULL, generic);
        m.visitVarInsn(ASTORE, MethodEmitter.TABLE_TEMP);
        m.visitVarInsn(ALOAD, MethodEmitter.TABLE_TEMP);
        m.visitFieldInsn(GETFIELD, MethodEmitter.FRAME_TYPE, "closure", "Lorg/crescent/interpreter/LuaClosure;");
        m.visitFieldInsn(GETFIELD, "org/crescent/interpreter/LuaClosure", "prototype", "Lorg/crescent/bytecode/Prototype;");
        m.visitFieldInsn(GETFIELD, "org/crescent/bytecode/Prototype", "compiledCode", "Ljava/lang/Object;");
        m.visitTypeInsn(CHECKCAST, COMPILED_TYPE);
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.TABLE_TEMP);
        m.visitInsn(ICONST_0);
        m.visitLabel(tryStart);
        m.visitMethodInsn(INVOKEVIRTUAL, COMPILED_TYPE, "run", "(L" + MethodEmitter.THREAD_TYPE + ";L" + MethodEmitter.FRAME_TYPE + ";I)I", false);
        m.visitLabel(tryEnd);
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "finishCall", "(IL" + MethodEmitter.THREAD_TYPE + ";L" + MethodEmitter.FRAME_TYPE + ";)I", false);
        m.visitJumpInsn(GOTO, finished);
        m.visitLabel(failed);
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitMethodInsn(INVOKESTATIC, CALLS_TYPE, "abandonCall", "(L" + MethodEmitter.THREAD_TYPE + ";)V", false);
        m.visitInsn(ATHROW);
        m.visitTryCatchBlock(tryStart, tryEnd, failed, null);
        m.visitLabel(generic);
        m.visitInsn(POP);
        pushCallOperands(e, pc, i);
        m.visitMethodInsn(INVOKESTATIC, TIER_TYPE, "callFromCompiled",
                "(L" + MethodEmitter.THREAD_TYPE + ";L" + MethodEmitter.FRAME_TYPE + ";IIII)I", false);
        m.visitLabel(finished);
        Label declined = new Label();
        Label changed = new Label();
        m.visitInsn(DUP);
        m.visitJumpInsn(IFEQ, declined);
        m.visitJumpInsn(IFLT, changed);
        reload(e, pc + 1); // the call may have grown the value stack
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));
        m.visitLabel(declined);
        m.visitInsn(POP);
        m.visitJumpInsn(GOTO, e.exitStub(pc));
        m.visitLabel(changed);
        e.pushInt(org.crescent.interpreter.CompiledCode.FRAME_CHANGED);
        m.visitInsn(IRETURN);
    }

    private static void pushCallOperands(MethodEmitter e, int pc, int i) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ALOAD, MethodEmitter.THREAD);
        m.visitVarInsn(ALOAD, MethodEmitter.FRAME);
        e.pushInt(pc + 1);
        m.visitVarInsn(ILOAD, MethodEmitter.BASE);
        e.pushInt(Instruction.a(i));
        m.visitInsn(IADD);
        e.pushInt(Instruction.b(i) - 1);
        e.pushInt(Instruction.c(i) - 1);
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
