package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.*;
import static org.crescent.jit.MethodEmitter.*;
import static org.objectweb.asm.Opcodes.*;

import org.crescent.bytecode.Instruction;
import org.crescent.runtime.Tag;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Comparisons and tests with the jump that follows them, NOT, and TESTSET, as the interpreter
 * runs them: "if (condition ~= k) then skip the jump else take it". Equality uses raw equality
 * (interpreter.Compare.rawEquals) unless both operands are distinct tables or userdata, which
 * may have __eq and exit; order comparisons of anything but two numbers exit. A backward jump
 * checks for interrupts as the interpreter does.
 */
final class ComparisonEmitter {
    private static final String COMPARE_TYPE = "org/crescent/interpreter/Compare";
    private static final String RAW_EQUALS = "(BJLjava/lang/Object;BJLjava/lang/Object;)Z";

    private ComparisonEmitter() {}

    static void emit(MethodEmitter e, int pc, int i) {
        int opcode = i & 0x7F;
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        MethodVisitor m = e.method;
        if (opcode == NOT) {
            Label falsy = new Label();
            Label done = new Label();
            m.visitVarInsn(ILOAD, tagSlot(b));
            e.pushInt(Tag.FALSE);
            m.visitJumpInsn(IF_ICMPLE, falsy);
            e.setTag(a, Tag.FALSE);
            m.visitJumpInsn(GOTO, done);
            m.visitLabel(falsy);
            e.setTag(a, Tag.TRUE);
            m.visitLabel(done);
            return;
        }
        boolean k = Instruction.k(i);
        int jump = e.prototype.code[pc + 1];
        int target = pc + 2 + Instruction.signedJump(jump);
        Label skip = e.labelAt(pc + 2);
        Label taken = new Label();
        // The jump is taken when the condition equals k.
        if (k) {
            condition(e, pc, i, taken);
            m.visitJumpInsn(GOTO, skip);
        } else {
            conditionFalse(e, pc, i, taken);
            m.visitJumpInsn(GOTO, skip);
        }
        m.visitLabel(taken);
        if (target <= pc + 1) {
            e.checkInterrupt(pc);
        }
        if (opcode == TESTSET) {
            m.visitVarInsn(ILOAD, tagSlot(b));
            m.visitVarInsn(ISTORE, tagSlot(a));
            m.visitVarInsn(LLOAD, bitsSlot(b));
            m.visitVarInsn(LSTORE, bitsSlot(a));
            e.storeRef(a, () -> e.pushRef(b));
        }
        m.visitJumpInsn(GOTO, e.labelAt(target));
    }

    /** Jumps to {@code whenTrue} if the condition holds, else falls through. */
    private static void condition(MethodEmitter e, int pc, int i, Label whenTrue) {
        Label whenFalse = new Label();
        branch(e, pc, i, whenTrue, whenFalse);
        e.method.visitLabel(whenFalse);
    }

    /** Jumps to {@code whenFalse} if the condition fails, else falls through. */
    private static void conditionFalse(MethodEmitter e, int pc, int i, Label whenFalse) {
        Label whenTrue = new Label();
        branch(e, pc, i, whenTrue, whenFalse);
        e.method.visitLabel(whenTrue);
    }

    /** Emits a test that ends by jumping to {@code whenTrue} or {@code whenFalse} (never falls through). */
    private static void branch(MethodEmitter e, int pc, int i, Label whenTrue, Label whenFalse) {
        int opcode = i & 0x7F;
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        MethodVisitor m = e.method;
        Label exit = e.exitStub(pc);
        switch (opcode) {
            case TEST:
                truthiness(e, a, whenTrue, whenFalse);
                return;
            case TESTSET:
                truthiness(e, b, whenTrue, whenFalse);
                return;
            case LT: case LE:
                order(e, opcode == LT ? IFLT : IFLE, Operand.register(a), Operand.register(b), exit, whenTrue, whenFalse);
                return;
            case LTI: case LEI: case GTI: case GEI: {
                int relation = opcode == LTI ? IFLT : opcode == LEI ? IFLE : opcode == GTI ? IFGT : IFGE;
                orderImmediate(e, relation, a, Instruction.signedB(i), exit, whenTrue, whenFalse);
                return;
            }
            case EQ:
                equal(e, a, b, exit, whenTrue, whenFalse);
                return;
            case EQK:
                equalConstant(e, a, b, whenTrue, whenFalse);
                return;
            case EQI:
                equalImmediate(e, a, Instruction.signedB(i), whenTrue, whenFalse);
                return;
            default:
                throw new IllegalStateException("opcode " + opcode);
        }
    }

    private static void truthiness(MethodEmitter e, int r, Label whenTrue, Label whenFalse) {
        e.method.visitVarInsn(ILOAD, tagSlot(r));
        e.pushInt(Tag.FALSE);
        e.method.visitJumpInsn(IF_ICMPGT, whenTrue);
        e.method.visitJumpInsn(GOTO, whenFalse);
    }

    /** LT/LE: integers, floats, or an exact mixed comparison; anything else exits. */
    private static void order(MethodEmitter e, int relation, Operand x, Operand y, Label exit, Label whenTrue, Label whenFalse) {
        MethodVisitor m = e.method;
        Label notIntegers = new Label();
        Label notFloats = new Label();
        e.requireTag(x, Tag.INTEGER, notIntegers);
        e.requireTag(y, Tag.INTEGER, notIntegers);
        e.pushBits(x);
        e.pushBits(y);
        m.visitInsn(LCMP);
        m.visitJumpInsn(relation, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
        m.visitLabel(notIntegers);
        e.requireTag(x, Tag.FLOAT, notFloats);
        e.requireTag(y, Tag.FLOAT, notFloats);
        e.pushFloat(x);
        e.pushFloat(y);
        m.visitInsn(DCMPG); // NaN: 1, so < and <= are false
        m.visitJumpInsn(relation, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
        m.visitLabel(notFloats);
        e.requireNumber(x, exit);
        e.requireNumber(y, exit);
        m.visitVarInsn(ILOAD, tagSlot(x.register));
        m.visitVarInsn(LLOAD, bitsSlot(x.register));
        m.visitVarInsn(ILOAD, tagSlot(y.register));
        m.visitVarInsn(LLOAD, bitsSlot(y.register));
        m.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, relation == IFLT ? "lessThan" : "lessOrEqual", "(IJIJ)Z", false);
        m.visitJumpInsn(IFNE, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
    }

    /** LTI/LEI/GTI/GEI: R[A] against an immediate integer; non-numbers exit. */
    private static void orderImmediate(MethodEmitter e, int relation, int a, int immediate, Label exit, Label whenTrue, Label whenFalse) {
        MethodVisitor m = e.method;
        Label notInteger = new Label();
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.INTEGER);
        m.visitJumpInsn(IF_ICMPNE, notInteger);
        m.visitVarInsn(LLOAD, bitsSlot(a));
        e.pushLong(immediate);
        m.visitInsn(LCMP);
        m.visitJumpInsn(relation, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
        m.visitLabel(notInteger);
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.FLOAT);
        m.visitJumpInsn(IF_ICMPNE, exit);
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        e.pushDouble(immediate);
        // NaN must make every relation false: dcmpg gives 1 (false for < <=), dcmpl gives -1 (false for > >=).
        m.visitInsn(relation == IFLT || relation == IFLE ? DCMPG : DCMPL);
        m.visitJumpInsn(relation, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
    }

    /** EQ: raw equality unless both are distinct tables or userdata (then __eq may apply: exit). */
    private static void equal(MethodEmitter e, int a, int b, Label exit, Label whenTrue, Label whenFalse) {
        MethodVisitor m = e.method;
        Label general = new Label();
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.INTEGER);
        m.visitJumpInsn(IF_ICMPNE, general);
        m.visitVarInsn(ILOAD, tagSlot(b));
        e.pushInt(Tag.INTEGER);
        m.visitJumpInsn(IF_ICMPNE, general);
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitVarInsn(LLOAD, bitsSlot(b));
        m.visitInsn(LCMP);
        m.visitJumpInsn(IFEQ, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
        m.visitLabel(general);
        Label raw = new Label();
        m.visitVarInsn(ILOAD, tagSlot(a));
        m.visitVarInsn(ILOAD, tagSlot(b));
        m.visitJumpInsn(IF_ICMPNE, raw);
        e.pushRef(a);
        e.pushRef(b);
        m.visitJumpInsn(IF_ACMPEQ, raw);
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.TABLE);
        m.visitJumpInsn(IF_ICMPEQ, exit);
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.USERDATA);
        m.visitJumpInsn(IF_ICMPEQ, exit);
        m.visitLabel(raw);
        m.visitVarInsn(ILOAD, tagSlot(a));
        m.visitVarInsn(LLOAD, bitsSlot(a));
        e.pushRef(a);
        m.visitVarInsn(ILOAD, tagSlot(b));
        m.visitVarInsn(LLOAD, bitsSlot(b));
        e.pushRef(b);
        m.visitMethodInsn(INVOKESTATIC, COMPARE_TYPE, "rawEquals", RAW_EQUALS, false);
        m.visitJumpInsn(IFNE, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
    }

    /** EQK: raw equality with a constant (never a metamethod). */
    private static void equalConstant(MethodEmitter e, int a, int index, Label whenTrue, Label whenFalse) {
        MethodVisitor m = e.method;
        byte tag = e.prototype.constantTags[index];
        long bits = e.prototype.constantBits[index];
        if (tag == Tag.INTEGER) {
            Label notInteger = new Label();
            m.visitVarInsn(ILOAD, tagSlot(a));
            e.pushInt(Tag.INTEGER);
            m.visitJumpInsn(IF_ICMPNE, notInteger);
            m.visitVarInsn(LLOAD, bitsSlot(a));
            e.pushLong(bits);
            m.visitInsn(LCMP);
            m.visitJumpInsn(IFEQ, whenTrue);
            m.visitJumpInsn(GOTO, whenFalse);
            m.visitLabel(notInteger);
        } else if (tag == Tag.STRING) {
            m.visitVarInsn(ILOAD, tagSlot(a));
            e.pushInt(Tag.STRING);
            m.visitJumpInsn(IF_ICMPNE, whenFalse);
            e.pushConstantRef(index);
            e.pushRef(a);
            m.visitMethodInsn(INVOKEVIRTUAL, STRING_TYPE, "equals", "(Ljava/lang/Object;)Z", false);
            m.visitJumpInsn(IFNE, whenTrue);
            m.visitJumpInsn(GOTO, whenFalse);
            return;
        } else if (tag < Tag.INTEGER) {
            m.visitVarInsn(ILOAD, tagSlot(a));
            e.pushInt(tag);
            m.visitJumpInsn(IF_ICMPEQ, whenTrue);
            m.visitJumpInsn(GOTO, whenFalse);
            return;
        }
        m.visitVarInsn(ILOAD, tagSlot(a));
        m.visitVarInsn(LLOAD, bitsSlot(a));
        e.pushRef(a);
        e.pushInt(tag);
        e.pushLong(bits);
        m.visitInsn(ACONST_NULL);
        m.visitMethodInsn(INVOKESTATIC, COMPARE_TYPE, "rawEquals", RAW_EQUALS, false);
        m.visitJumpInsn(IFNE, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
    }

    /** EQI: an integer or float equal to the immediate; anything else is unequal. */
    private static void equalImmediate(MethodEmitter e, int a, int immediate, Label whenTrue, Label whenFalse) {
        MethodVisitor m = e.method;
        Label notInteger = new Label();
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.INTEGER);
        m.visitJumpInsn(IF_ICMPNE, notInteger);
        m.visitVarInsn(LLOAD, bitsSlot(a));
        e.pushLong(immediate);
        m.visitInsn(LCMP);
        m.visitJumpInsn(IFEQ, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
        m.visitLabel(notInteger);
        m.visitVarInsn(ILOAD, tagSlot(a));
        e.pushInt(Tag.FLOAT);
        m.visitJumpInsn(IF_ICMPNE, whenFalse);
        m.visitVarInsn(LLOAD, bitsSlot(a));
        m.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        e.pushDouble(immediate);
        m.visitInsn(DCMPL);
        m.visitJumpInsn(IFEQ, whenTrue);
        m.visitJumpInsn(GOTO, whenFalse);
    }
}
