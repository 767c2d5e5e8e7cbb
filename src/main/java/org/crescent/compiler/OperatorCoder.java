package org.crescent.compiler;

import static org.crescent.compiler.ExpressionCoder.isIntegerLiteral;
import static org.crescent.compiler.ExpressionCoder.toAnyRegister;

import org.crescent.ast.BinaryOperator;
import org.crescent.ast.ConstantFolding;
import org.crescent.ast.Expression;
import org.crescent.ast.UnaryOperator;
import org.crescent.bytecode.Instruction;
import org.crescent.runtime.Metamethod;
import org.crescent.bytecode.Opcode;

/**
 * Code for unary and binary operators (the operator half of C Lua's lcode.c): constant
 * folding, immediate and constant operand forms, the MMBIN* fallback after each arithmetic
 * instruction, comparisons as conditional jumps, and merged concatenations.
 */
final class OperatorCoder {
    private OperatorCoder() {}

    /**
     * Position of an arithmetic or bitwise operator in C Lua's operator order (ADD SUB MUL MOD
     * POW DIV IDIV BAND BOR BXOR SHL SHR), which the opcode and metamethod orders follow; -1 for
     * other operators.
     */
    private static int arithmeticIndex(BinaryOperator operator) {
        return switch (operator) {
            case ADD -> 0;
            case SUBTRACT -> 1;
            case MULTIPLY -> 2;
            case MODULO -> 3;
            case POWER -> 4;
            case DIVIDE -> 5;
            case FLOOR_DIVIDE -> 6;
            case BITWISE_AND -> 7;
            case BITWISE_OR -> 8;
            case BITWISE_XOR -> 9;
            case SHIFT_LEFT -> 10;
            case SHIFT_RIGHT -> 11;
            default -> -1;
        };
    }

    private static Opcode offset(Opcode first, int index) {
        return Opcode.byNumber(first.ordinal() + index);
    }

    private static int event(BinaryOperator operator) {
        return Metamethod.ADD.ordinal() + arithmeticIndex(operator);
    }

    // ---------------------------------------------------------------- folding

    private static boolean isNumeral(ExpressionDescriptor e) {
        return !e.hasJumps() && (e.kind == ExpressionKind.INTEGER || e.kind == ExpressionKind.FLOAT);
    }

    private static Expression literal(ExpressionDescriptor e) {
        return e.kind == ExpressionKind.INTEGER
                ? new Expression.IntegerLiteral(0, e.integerValue)
                : new Expression.FloatLiteral(0, e.floatValue);
    }

    /** Stores a folded numeral in {@code e}; false if there was nothing folded. */
    private static boolean takeFolded(Expression folded, ExpressionDescriptor e) {
        if (folded == null) return false;
        ExpressionCoder.constantToDescriptor(folded, e);
        return true;
    }

    // ---------------------------------------------------------------- unary

    /** Applies a prefix operator to {@code e} (C's luaK_prefix). */
    static void prefix(FunctionState fs, UnaryOperator operator, ExpressionDescriptor e, int line) {
        ExpressionCoder.dischargeVariables(fs, e);
        switch (operator) {
            case NEGATE, BITWISE_NOT -> {
                if (isNumeral(e) && takeFolded(ConstantFolding.foldUnary(operator, literal(e), 0), e)) return;
                unaryValue(fs, operator == UnaryOperator.NEGATE ? Opcode.UNM : Opcode.BNOT, e, line);
            }
            case LENGTH -> unaryValue(fs, Opcode.LEN, e, line);
            case NOT -> ExpressionCoder.not(fs, e);
        }
    }

    private static void unaryValue(FunctionState fs, Opcode opcode, ExpressionDescriptor e, int line) {
        int register = toAnyRegister(fs, e);
        fs.freeExpression(e);
        e.info = fs.codeABC(opcode, 0, register, 0);
        e.kind = ExpressionKind.RELOCATABLE;
        fs.fixLine(line);
    }

    // ---------------------------------------------------------------- binary

    /** Prepares the first operand before the second is compiled (C's luaK_infix). */
    static void infix(FunctionState fs, BinaryOperator operator, ExpressionDescriptor left) {
        ExpressionCoder.dischargeVariables(fs, left);
        switch (operator) {
            case AND -> ExpressionCoder.goIfTrue(fs, left);
            case OR -> ExpressionCoder.goIfFalse(fs, left);
            case CONCAT -> ExpressionCoder.toNextRegister(fs, left);
            case EQUAL, NOT_EQUAL -> {
                if (!isNumeral(left)) ExpressionCoder.toRegisterOrConstant(fs, left);
            }
            case LESS, LESS_EQUAL, GREATER, GREATER_EQUAL -> {
                if (!isSignedCNumber(left)) toAnyRegister(fs, left);
            }
            default -> {
                if (!isNumeral(left)) toAnyRegister(fs, left);
            }
        }
    }

    /** Finishes {@code left operator right} into {@code left} (C's luaK_posfix). */
    static void postfix(FunctionState fs, BinaryOperator operator, ExpressionDescriptor left,
                        ExpressionDescriptor right, int line) {
        ExpressionCoder.dischargeVariables(fs, right);
        if (arithmeticIndex(operator) >= 0 && isNumeral(left) && isNumeral(right)
                && takeFolded(ConstantFolding.foldBinary(operator, literal(left), literal(right), 0), left)) {
            return;
        }
        switch (operator) {
            case AND -> {
                right.falseList = fs.concatenate(right.falseList, left.falseList);
                left.copyFrom(right);
            }
            case OR -> {
                right.trueList = fs.concatenate(right.trueList, left.trueList);
                left.copyFrom(right);
            }
            case CONCAT -> {
                ExpressionCoder.toNextRegister(fs, right);
                concat(fs, left, right, line);
            }
            case ADD, MULTIPLY -> commutative(fs, operator, left, right, line);
            case SUBTRACT -> {
                if (!negatedImmediate(fs, left, right, Opcode.ADDI, line, Metamethod.SUB.ordinal())) {
                    arithmetic(fs, operator, left, right, false, line);
                }
            }
            case DIVIDE, FLOOR_DIVIDE, MODULO, POWER -> arithmetic(fs, operator, left, right, false, line);
            case BITWISE_AND, BITWISE_OR, BITWISE_XOR -> bitwise(fs, operator, left, right, line);
            case SHIFT_LEFT -> {
                if (isSignedCInteger(left)) {
                    ExpressionDescriptor.swap(left, right);
                    immediate(fs, Opcode.SHLI, left, right, true, line, Metamethod.SHL.ordinal());
                } else if (!negatedImmediate(fs, left, right, Opcode.SHRI, line, Metamethod.SHL.ordinal())) {
                    registers(fs, Opcode.SHL, left, right, line);
                }
            }
            case SHIFT_RIGHT -> {
                if (isSignedCInteger(right)) {
                    immediate(fs, Opcode.SHRI, left, right, false, line, Metamethod.SHR.ordinal());
                } else {
                    registers(fs, Opcode.SHR, left, right, line);
                }
            }
            case EQUAL, NOT_EQUAL -> equality(fs, operator, left, right);
            case LESS -> order(fs, Opcode.LT, left, right);
            case LESS_EQUAL -> order(fs, Opcode.LE, left, right);
            case GREATER -> {
                ExpressionDescriptor.swap(left, right);
                order(fs, Opcode.LT, left, right);
            }
            case GREATER_EQUAL -> {
                ExpressionDescriptor.swap(left, right);
                order(fs, Opcode.LE, left, right);
            }
        }
    }

    /** Emits {@code opcode} over the left register and operand {@code c}, then its MMBIN*. */
    private static void finishValue(FunctionState fs, ExpressionDescriptor left, ExpressionDescriptor right,
                                    Opcode opcode, int c, boolean flip, int line, Opcode metamethod, int event) {
        int register = toAnyRegister(fs, left);
        int position = fs.codeABCk(opcode, 0, register, c, false);
        fs.freeExpressions(left, right);
        left.info = position;
        left.kind = ExpressionKind.RELOCATABLE;
        fs.fixLine(line);
        fs.codeABCk(metamethod, register, c, event, flip);
        fs.fixLine(line);
    }

    private static void registers(FunctionState fs, Opcode opcode, ExpressionDescriptor left,
                                  ExpressionDescriptor right, int line) {
        int register = toAnyRegister(fs, right);
        int event = Metamethod.ADD.ordinal() + (opcode.ordinal() - Opcode.ADD.ordinal());
        finishValue(fs, left, right, opcode, register, false, line, Opcode.MMBIN, event);
    }

    private static void immediate(FunctionState fs, Opcode opcode, ExpressionDescriptor left,
                                  ExpressionDescriptor right, boolean flip, int line, int event) {
        int value = (int) right.integerValue + Instruction.OFFSET_SC;
        finishValue(fs, left, right, opcode, value, flip, line, Opcode.MMBINI, event);
    }

    /** Codes {@code left op right} as {@code left op' -right} with an immediate, if it fits. */
    private static boolean negatedImmediate(FunctionState fs, ExpressionDescriptor left, ExpressionDescriptor right,
                                            Opcode opcode, int line, int event) {
        if (!isIntegerLiteral(right)) return false;
        long value = right.integerValue;
        if (!(FunctionState.fitsSignedC(value) && FunctionState.fitsSignedC(-value))) return false;
        finishValue(fs, left, right, opcode, (int) -value + Instruction.OFFSET_SC, false, line,
                Opcode.MMBINI, event);
        fs.code[fs.pc - 1] = Instruction.withB(fs.code[fs.pc - 1], (int) value + Instruction.OFFSET_SC);
        return true;
    }

    private static void arithmetic(FunctionState fs, BinaryOperator operator, ExpressionDescriptor left,
                                   ExpressionDescriptor right, boolean flip, int line) {
        int index = arithmeticIndex(operator);
        if (isNumeral(right) && ExpressionCoder.toConstant(fs, right)) {
            finishValue(fs, left, right, offset(Opcode.ADDK, index), right.info, flip, line,
                    Opcode.MMBINK, event(operator));
        } else {
            if (flip) ExpressionDescriptor.swap(left, right);
            registers(fs, offset(Opcode.ADD, index), left, right, line);
        }
    }

    private static void commutative(FunctionState fs, BinaryOperator operator, ExpressionDescriptor left,
                                    ExpressionDescriptor right, int line) {
        boolean flip = false;
        if (isNumeral(left)) {
            ExpressionDescriptor.swap(left, right);
            flip = true;
        }
        if (operator == BinaryOperator.ADD && isSignedCInteger(right)) {
            immediate(fs, Opcode.ADDI, left, right, flip, line, Metamethod.ADD.ordinal());
        } else {
            arithmetic(fs, operator, left, right, flip, line);
        }
    }

    private static void bitwise(FunctionState fs, BinaryOperator operator, ExpressionDescriptor left,
                                ExpressionDescriptor right, int line) {
        boolean flip = false;
        int index = arithmeticIndex(operator);
        if (left.kind == ExpressionKind.INTEGER && ExpressionCoder.toRegisterOrConstant(fs, left)) {
            ExpressionDescriptor.swap(left, right);
            flip = true;
        } else if (!(right.kind == ExpressionKind.INTEGER && ExpressionCoder.toRegisterOrConstant(fs, right))) {
            registers(fs, offset(Opcode.ADD, index), left, right, line);
            return;
        }
        finishValue(fs, left, right, offset(Opcode.ADDK, index), right.info, flip, line,
                Opcode.MMBINK, event(operator));
    }

    private static boolean isSignedCInteger(ExpressionDescriptor e) {
        return isIntegerLiteral(e) && FunctionState.fitsSignedC(e.integerValue);
    }

    /** True for an integer, or float with an integral value, that fits an sB/sC operand. */
    private static boolean isSignedCNumber(ExpressionDescriptor e) {
        return signedCNumber(e) != Integer.MIN_VALUE;
    }

    /** The encoded immediate for C's isSCnumber, or Integer.MIN_VALUE if it does not apply. */
    private static int signedCNumber(ExpressionDescriptor e) {
        long value;
        if (e.kind == ExpressionKind.INTEGER) {
            value = e.integerValue;
        } else if (isIntegralFloat(e)) {
            value = (long) e.floatValue;
        } else {
            return Integer.MIN_VALUE;
        }
        if (!e.hasJumps() && FunctionState.fitsSignedC(value)) return (int) value + Instruction.OFFSET_SC;
        return Integer.MIN_VALUE;
    }

    /** C's isSCnumber also flags a float with an integral value, even one that does not fit. */
    private static boolean isIntegralFloat(ExpressionDescriptor e) {
        double value = e.floatValue;
        return e.kind == ExpressionKind.FLOAT && value == Math.floor(value) && value >= -0x1p63 && value < 0x1p63;
    }

    /** Order comparisons, with an immediate operand when one side is a small number. */
    private static void order(FunctionState fs, Opcode opcode, ExpressionDescriptor left, ExpressionDescriptor right) {
        int r1;
        int r2;
        boolean isFloat = isIntegralFloat(right);
        int immediate = signedCNumber(right);
        if (immediate != Integer.MIN_VALUE) {
            r1 = toAnyRegister(fs, left);
            r2 = immediate;
            opcode = opcode == Opcode.LT ? Opcode.LTI : Opcode.LEI;
        } else {
            isFloat |= isIntegralFloat(left);
            immediate = signedCNumber(left);
            if (immediate != Integer.MIN_VALUE) {
                r1 = toAnyRegister(fs, right);
                r2 = immediate;
                opcode = opcode == Opcode.LT ? Opcode.GTI : Opcode.GEI;
            } else {
                r1 = toAnyRegister(fs, left);
                r2 = toAnyRegister(fs, right);
            }
        }
        fs.freeExpressions(left, right);
        left.info = fs.conditionalJump(opcode, r1, r2, isFloat ? 1 : 0, true);
        left.kind = ExpressionKind.JUMP;
    }

    private static void equality(FunctionState fs, BinaryOperator operator, ExpressionDescriptor left,
                                 ExpressionDescriptor right) {
        if (left.kind != ExpressionKind.NONRELOCATABLE) ExpressionDescriptor.swap(left, right);
        int r1 = toAnyRegister(fs, left);
        int r2;
        Opcode opcode;
        boolean isFloat = isIntegralFloat(right);
        int immediate = signedCNumber(right);
        if (immediate != Integer.MIN_VALUE) {
            opcode = Opcode.EQI;
            r2 = immediate;
        } else if (ExpressionCoder.toRegisterOrConstant(fs, right)) {
            opcode = Opcode.EQK;
            r2 = right.info;
        } else {
            opcode = Opcode.EQ;
            r2 = toAnyRegister(fs, right);
        }
        fs.freeExpressions(left, right);
        left.info = fs.conditionalJump(opcode, r1, r2, isFloat ? 1 : 0, operator == BinaryOperator.EQUAL);
        left.kind = ExpressionKind.JUMP;
    }

    /** Codes {@code left .. right}, merging with a CONCAT that {@code right} ended with. */
    private static void concat(FunctionState fs, ExpressionDescriptor left, ExpressionDescriptor right, int line) {
        int previous = fs.previousInstruction();
        if (previous != -1 && Opcode.of(previous) == Opcode.CONCAT) {
            int count = Instruction.b(previous);
            fs.freeExpression(right);
            fs.code[fs.pc - 1] = Instruction.withB(Instruction.withA(previous, left.info), count + 1);
        } else {
            fs.codeABC(Opcode.CONCAT, left.info, 2, 0);
            fs.freeExpression(right);
            fs.fixLine(line);
        }
    }
}
