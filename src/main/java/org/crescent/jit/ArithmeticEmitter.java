package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.*;
import static org.objectweb.asm.Opcodes.*;

import org.crescent.bytecode.Instruction;
import org.crescent.runtime.Tag;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Arithmetic, bitwise and unary-minus instructions with Lua 5.4's integer and float rules, as
 * the interpreter's fast paths (interpreter.Arith) compute them: integer operands give an
 * integer (wrapping), a float operand makes the operation a float one, / and ^ are always
 * float. Success skips the MMBIN that follows, as in the interpreter; anything else (a zero
 * integer divisor, a non-number, bitwise operations on floats) exits at the instruction so the
 * interpreter raises the error or calls the metamethod.
 */
final class ArithmeticEmitter {
    // Operations, as interpreter.Arith numbers them.
    static final int ADD_OPERATION = 0, SUB_OPERATION = 1, MUL_OPERATION = 2, MOD_OPERATION = 3, POW_OPERATION = 4,
            DIV_OPERATION = 5, IDIV_OPERATION = 6, BAND_OPERATION = 7, BOR_OPERATION = 8, BXOR_OPERATION = 9,
            SHL_OPERATION = 10, SHR_OPERATION = 11;

    private ArithmeticEmitter() {}

    static void emit(MethodEmitter e, int pc, int i) {
        int opcode = i & 0x7F;
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        if (opcode >= ADD && opcode <= SHR) {
            binary(e, pc, opcode - ADD, a, Operand.register(b), Operand.register(c));
        } else if (opcode >= ADDK && opcode <= BXORK) {
            binary(e, pc, opcode - ADDK, a, Operand.register(b),
                    Operand.constant(e.prototype.constantTags[c], e.prototype.constantBits[c]));
        } else if (opcode == ADDI) {
            binary(e, pc, ADD_OPERATION, a, Operand.register(b), Operand.integer(Instruction.signedC(i)));
        } else if (opcode == SHRI) {
            binary(e, pc, SHR_OPERATION, a, Operand.register(b), Operand.integer(Instruction.signedC(i)));
        } else if (opcode == SHLI) {
            binary(e, pc, SHL_OPERATION, a, Operand.integer(Instruction.signedC(i)), Operand.register(b));
        } else if (opcode == UNM) {
            negate(e, pc, a, b);
        } else if (opcode == BNOT) {
            bitwiseNot(e, pc, a, b);
        } else {
            throw new IllegalStateException("opcode " + opcode);
        }
    }

    /** R[a] := x op y; on success continues after the MMBIN at pc + 1. */
    private static void binary(MethodEmitter e, int pc, int operation, int a, Operand x, Operand y) {
        MethodVisitor m = e.method;
        Label exit = e.exitStub(pc);
        Label done = e.labelAt(pc + 2);
        if (operation >= BAND_OPERATION) {
            if (!x.mayBe(Tag.INTEGER) || !y.mayBe(Tag.INTEGER)) {
                m.visitJumpInsn(GOTO, exit);
                return;
            }
            e.requireTag(x, Tag.INTEGER, exit);
            e.requireTag(y, Tag.INTEGER, exit);
            e.pushBits(x);
            e.pushBits(y);
            integerOperation(m, operation);
            e.storeInteger(a);
            m.visitJumpInsn(GOTO, done);
            return;
        }
        boolean integerForm = operation != POW_OPERATION && operation != DIV_OPERATION;
        if (integerForm && x.mayBe(Tag.INTEGER) && y.mayBe(Tag.INTEGER)) {
            Label notIntegers = new Label();
            e.requireTag(x, Tag.INTEGER, notIntegers);
            e.requireTag(y, Tag.INTEGER, notIntegers);
            if (operation == MOD_OPERATION || operation == IDIV_OPERATION) {
                if (y.constant) {
                    if (y.bits == 0) {
                        m.visitJumpInsn(GOTO, exit);
                    }
                } else {
                    e.pushBits(y);
                    m.visitInsn(LCONST_0);
                    m.visitInsn(LCMP);
                    m.visitJumpInsn(IFEQ, exit);
                }
            }
            if (!(y.constant && y.bits == 0 && (operation == MOD_OPERATION || operation == IDIV_OPERATION))) {
                e.pushBits(x);
                e.pushBits(y);
                integerOperation(m, operation);
                e.storeInteger(a);
                m.visitJumpInsn(GOTO, done);
            }
            m.visitLabel(notIntegers);
        }
        if (x.mayBe(Tag.FLOAT) && y.mayBe(Tag.FLOAT)) {
            Label notFloats = new Label();
            e.requireTag(x, Tag.FLOAT, notFloats);
            e.requireTag(y, Tag.FLOAT, notFloats);
            e.pushFloat(x);
            e.pushFloat(y);
            floatOperation(m, operation);
            e.storeFloat(a);
            m.visitJumpInsn(GOTO, done);
            m.visitLabel(notFloats);
        }
        if (!x.mayBeNumber() || !y.mayBeNumber()) {
            m.visitJumpInsn(GOTO, exit);
            return;
        }
        e.requireNumber(x, exit);
        e.requireNumber(y, exit);
        e.pushNumberAsDouble(x);
        e.pushNumberAsDouble(y);
        floatOperation(m, operation);
        e.storeFloat(a);
        m.visitJumpInsn(GOTO, done);
    }

    static void integerOperation(MethodVisitor m, int operation) {
        switch (operation) {
            case ADD_OPERATION: m.visitInsn(LADD); return;
            case SUB_OPERATION: m.visitInsn(LSUB); return;
            case MUL_OPERATION: m.visitInsn(LMUL); return;
            case MOD_OPERATION: arithmetic(m, "modulo", "(JJ)J"); return;
            case IDIV_OPERATION: arithmetic(m, "floorDivide", "(JJ)J"); return;
            case BAND_OPERATION: m.visitInsn(LAND); return;
            case BOR_OPERATION: m.visitInsn(LOR); return;
            case BXOR_OPERATION: m.visitInsn(LXOR); return;
            case SHL_OPERATION: arithmetic(m, "shiftLeft", "(JJ)J"); return;
            case SHR_OPERATION: arithmetic(m, "shiftRight", "(JJ)J"); return;
            default: throw new IllegalStateException("operation " + operation);
        }
    }

    static void floatOperation(MethodVisitor m, int operation) {
        switch (operation) {
            case ADD_OPERATION: m.visitInsn(DADD); return;
            case SUB_OPERATION: m.visitInsn(DSUB); return;
            case MUL_OPERATION: m.visitInsn(DMUL); return;
            case DIV_OPERATION: m.visitInsn(DDIV); return;
            case MOD_OPERATION: arithmetic(m, "modulo", "(DD)D"); return;
            case POW_OPERATION: arithmetic(m, "power", "(DD)D"); return;
            case IDIV_OPERATION: arithmetic(m, "floorDivide", "(DD)D"); return;
            default: throw new IllegalStateException("operation " + operation);
        }
    }

    private static void arithmetic(MethodVisitor m, String name, String descriptor) {
        m.visitMethodInsn(INVOKESTATIC, MethodEmitter.ARITHMETIC_TYPE, name, descriptor, false);
    }

    /** UNM: integers wrap, floats flip the sign bit; anything else exits. */
    private static void negate(MethodEmitter e, int pc, int a, int b) {
        MethodVisitor m = e.method;
        Label notInteger = new Label();
        Label done = e.labelAt(pc + 1);
        m.visitVarInsn(ILOAD, MethodEmitter.tagSlot(b));
        e.pushInt(Tag.INTEGER);
        m.visitJumpInsn(IF_ICMPNE, notInteger);
        m.visitVarInsn(LLOAD, MethodEmitter.bitsSlot(b));
        m.visitInsn(LNEG);
        e.storeInteger(a);
        m.visitJumpInsn(GOTO, done);
        m.visitLabel(notInteger);
        m.visitVarInsn(ILOAD, MethodEmitter.tagSlot(b));
        e.pushInt(Tag.FLOAT);
        m.visitJumpInsn(IF_ICMPNE, e.exitStub(pc));
        m.visitVarInsn(LLOAD, MethodEmitter.bitsSlot(b));
        e.pushLong(Long.MIN_VALUE);
        m.visitInsn(LXOR);
        m.visitVarInsn(LSTORE, MethodEmitter.bitsSlot(a));
        e.setTag(a, Tag.FLOAT);
    }

    /** BNOT on an integer; anything else exits. */
    private static void bitwiseNot(MethodEmitter e, int pc, int a, int b) {
        MethodVisitor m = e.method;
        m.visitVarInsn(ILOAD, MethodEmitter.tagSlot(b));
        e.pushInt(Tag.INTEGER);
        m.visitJumpInsn(IF_ICMPNE, e.exitStub(pc));
        m.visitVarInsn(LLOAD, MethodEmitter.bitsSlot(b));
        e.pushLong(-1L);
        m.visitInsn(LXOR);
        e.storeInteger(a);
    }
}
