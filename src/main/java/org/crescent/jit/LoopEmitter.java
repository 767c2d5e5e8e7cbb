package org.crescent.jit;

import static org.crescent.jit.MethodEmitter.*;
import static org.objectweb.asm.Opcodes.*;

import org.crescent.runtime.Tag;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Numeric for loops, with the interpreter's layout and Lua 5.4's rules (interpreter.Loops):
 * R[A] internal index, R[A+1] limit and then the remaining iteration count, R[A+2] step,
 * R[A+3] control variable. An integer loop precomputes its count; a float loop compares each
 * step. A zero step or a non-number operand exits so that the interpreter raises the error.
 */
final class LoopEmitter {
    private LoopEmitter() {}

    /** FORPREP: on success falls through into the body, or jumps past the loop when it runs zero times. */
    static void forPrepare(MethodEmitter e, int pc, int a, int bx) {
        MethodVisitor m = e.method;
        Label exit = e.exitStub(pc);
        Label skipLoop = e.labelAt(pc + bx + 2);
        Label floatLoop = new Label();
        Label integerLimit = new Label();
        Label floatLimit = new Label();
        // Integer loop: integer initial value and step, a nonzero step.
        tagIs(e, a, Tag.INTEGER, floatLoop);
        tagIs(e, a + 2, Tag.INTEGER, floatLoop);
        m.visitVarInsn(LLOAD, bitsSlot(a + 2));
        m.visitInsn(LCONST_0);
        m.visitInsn(LCMP);
        m.visitJumpInsn(IFEQ, exit);
        m.visitVarInsn(ILOAD, tagSlot(a + 1));
        e.pushInt(Tag.INTEGER);
        m.visitJumpInsn(IF_ICMPEQ, integerLimit);
        m.visitVarInsn(ILOAD, tagSlot(a + 1));
        e.pushInt(Tag.FLOAT);
        m.visitJumpInsn(IF_ICMPNE, exit);
        m.visitLabel(floatLimit);
        // A float limit: clipped to an integer (its tag stays FLOAT, as in the interpreter).
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        m.visitVarInsn(LLOAD, bitsSlot(a + 2));
        m.visitMethodInsn(INVOKESTATIC, ARITHMETIC_TYPE, "forLimitSkips", "(JDJ)Z", false);
        Label limitFits = new Label();
        m.visitJumpInsn(IFEQ, limitFits);
        setControl(e, a);
        m.visitJumpInsn(GOTO, skipLoop);
        m.visitLabel(limitFits);
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        m.visitVarInsn(LLOAD, bitsSlot(a + 2));
        m.visitMethodInsn(INVOKESTATIC, ARITHMETIC_TYPE, "forLimit", "(DJ)J", false);
        m.visitVarInsn(LSTORE, bitsSlot(a + 1));
        m.visitLabel(integerLimit);
        setControl(e, a);
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        m.visitVarInsn(LLOAD, bitsSlot(a + 2));
        m.visitMethodInsn(INVOKESTATIC, ARITHMETIC_TYPE, "forSkips", "(JJJ)Z", false);
        m.visitJumpInsn(IFNE, skipLoop);
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        m.visitVarInsn(LLOAD, bitsSlot(a + 2));
        m.visitMethodInsn(INVOKESTATIC, ARITHMETIC_TYPE, "forIterationCount", "(JJJ)J", false);
        m.visitVarInsn(LSTORE, bitsSlot(a + 1));
        m.visitJumpInsn(GOTO, e.labelAt(pc + 1));

        // Float loop: all three numbers (strings exit), converted to floats.
        m.visitLabel(floatLoop);
        e.requireNumber(Operand.register(a), exit);
        e.requireNumber(Operand.register(a + 1), exit);
        e.requireNumber(Operand.register(a + 2), exit);
        e.pushNumberAsDouble(Operand.register(a + 1));
        m.visitVarInsn(DSTORE, DOUBLE_TEMP2); // limit
        e.pushNumberAsDouble(Operand.register(a + 2));
        m.visitVarInsn(DSTORE, DOUBLE_TEMP3); // step
        e.pushNumberAsDouble(Operand.register(a));
        m.visitVarInsn(DSTORE, DOUBLE_TEMP); // initial value
        m.visitVarInsn(DLOAD, DOUBLE_TEMP3);
        m.visitInsn(DCONST_0);
        m.visitInsn(DCMPL);
        m.visitJumpInsn(IFEQ, exit); // step zero (NaN compares unequal, as in C)
        Label descending = new Label();
        Label runs = new Label();
        m.visitVarInsn(DLOAD, DOUBLE_TEMP3);
        m.visitInsn(DCONST_0);
        m.visitInsn(DCMPL);
        m.visitJumpInsn(IFLE, descending);
        // step > 0: skip if limit < init
        m.visitVarInsn(DLOAD, DOUBLE_TEMP2);
        m.visitVarInsn(DLOAD, DOUBLE_TEMP);
        m.visitInsn(DCMPG);
        m.visitJumpInsn(IFLT, skipLoop);
        m.visitJumpInsn(GOTO, runs);
        m.visitLabel(descending);
        // step < 0 (or NaN): skip if init < limit
        m.visitVarInsn(DLOAD, DOUBLE_TEMP);
        m.visitVarInsn(DLOAD, DOUBLE_TEMP2);
        m.visitInsn(DCMPG);
        m.visitJumpInsn(IFLT, skipLoop);
        m.visitLabel(runs);
        storeFloatTemp(e, a, DOUBLE_TEMP);
        storeFloatTemp(e, a + 1, DOUBLE_TEMP2);
        storeFloatTemp(e, a + 2, DOUBLE_TEMP3);
        storeFloatTemp(e, a + 3, DOUBLE_TEMP);
    }

    /** R[A+3] := R[A] as an integer (set before the skip test, as the interpreter does). */
    private static void setControl(MethodEmitter e, int a) {
        e.setTag(a + 3, Tag.INTEGER);
        e.method.visitVarInsn(LLOAD, bitsSlot(a));
        e.method.visitVarInsn(LSTORE, bitsSlot(a + 3));
    }

    private static void storeFloatTemp(MethodEmitter e, int r, int slot) {
        e.method.visitVarInsn(DLOAD, slot);
        e.storeFloat(r);
    }

    private static void tagIs(MethodEmitter e, int r, byte tag, Label otherwise) {
        e.method.visitVarInsn(ILOAD, tagSlot(r));
        e.pushInt(tag);
        e.method.visitJumpInsn(IF_ICMPNE, otherwise);
    }

    /** FORLOOP: jumps back to the body while iterations remain; checks interrupts as the interpreter does. */
    static void forLoop(MethodEmitter e, int pc, int a, int bx) {
        MethodVisitor m = e.method;
        Label body = e.labelAt(pc + 1 - bx);
        Label next = e.labelAt(pc + 1);
        Label floatLoop = new Label();
        tagIs(e, a + 2, Tag.INTEGER, floatLoop);
        Label noCheck = new Label();
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        e.pushLong(0x3FF);
        m.visitInsn(LAND);
        m.visitInsn(LCONST_0);
        m.visitInsn(LCMP);
        m.visitJumpInsn(IFNE, noCheck);
        e.checkInterrupt(pc);
        m.visitLabel(noCheck);
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        m.visitInsn(LCONST_0);
        m.visitInsn(LCMP);
        m.visitJumpInsn(IFEQ, next);
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        m.visitInsn(LCONST_1);
        m.visitInsn(LSUB);
        m.visitVarInsn(LSTORE, bitsSlot(a + 1));
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitVarInsn(LLOAD, bitsSlot(a + 2));
        m.visitInsn(LADD);
        m.visitInsn(DUP2);
        m.visitVarInsn(LSTORE, bitsSlot(a));
        m.visitVarInsn(LSTORE, bitsSlot(a + 3));
        e.setTag(a + 3, Tag.INTEGER);
        m.visitJumpInsn(GOTO, body);

        // Float loop (FORPREP made all of R[A..A+2] floats).
        m.visitLabel(floatLoop);
        m.visitVarInsn(LLOAD, bitsSlot(a + 2));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        m.visitVarInsn(DSTORE, DOUBLE_TEMP3); // step
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        m.visitVarInsn(DLOAD, DOUBLE_TEMP3);
        m.visitInsn(DADD);
        m.visitVarInsn(DSTORE, DOUBLE_TEMP); // index + step
        m.visitVarInsn(LLOAD, bitsSlot(a + 1));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        m.visitVarInsn(DSTORE, DOUBLE_TEMP2); // limit
        Label descending = new Label();
        Label continues = new Label();
        m.visitVarInsn(DLOAD, DOUBLE_TEMP3);
        m.visitInsn(DCONST_0);
        m.visitInsn(DCMPL);
        m.visitJumpInsn(IFLE, descending);
        // step > 0: continue while index <= limit
        m.visitVarInsn(DLOAD, DOUBLE_TEMP);
        m.visitVarInsn(DLOAD, DOUBLE_TEMP2);
        m.visitInsn(DCMPG);
        m.visitJumpInsn(IFGT, next);
        m.visitJumpInsn(GOTO, continues);
        m.visitLabel(descending);
        // continue while limit <= index
        m.visitVarInsn(DLOAD, DOUBLE_TEMP2);
        m.visitVarInsn(DLOAD, DOUBLE_TEMP);
        m.visitInsn(DCMPG);
        m.visitJumpInsn(IFGT, next);
        m.visitLabel(continues);
        e.checkInterrupt(pc);
        storeFloatTemp(e, a, DOUBLE_TEMP);
        storeFloatTemp(e, a + 3, DOUBLE_TEMP);
        m.visitJumpInsn(GOTO, body);
    }
}
