package org.crescent.compiler;

import static org.crescent.compiler.ExpressionDescriptor.NO_JUMP;

import org.crescent.ast.Expression;
import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Opcode;

/**
 * Turning expression descriptors into code (the value half of C Lua's lcode.c): discharging
 * variables into registers, materialising jump lists as booleans, choosing register or
 * constant operands, stores, indexing, method selection and conditional jumps.
 */
final class ExpressionCoder {
    private ExpressionCoder() {}

    /** The instruction an expression of kind RELOCATABLE, CALL or VARARG refers to. */
    static int instruction(FunctionState fs, ExpressionDescriptor e) {
        return fs.code[e.info];
    }

    private static void setInstruction(FunctionState fs, ExpressionDescriptor e, int instruction) {
        fs.code[e.info] = instruction;
    }

    /** Fixes a multi-value expression to produce {@code count} results (C's luaK_setreturns). */
    static void setReturns(FunctionState fs, ExpressionDescriptor e, int count) {
        int instruction = Instruction.withC(instruction(fs, e), count + 1);
        if (e.kind == ExpressionKind.VARARG) {
            instruction = Instruction.withA(instruction, fs.freeRegister);
            setInstruction(fs, e, instruction);
            fs.reserveRegisters(1);
        } else {
            setInstruction(fs, e, instruction);
        }
    }

    static void setMultipleReturns(FunctionState fs, ExpressionDescriptor e) {
        setReturns(fs, e, -1);
    }

    /** Makes a multi-value expression produce exactly one value (C's luaK_setoneret). */
    static void setOneReturn(FunctionState fs, ExpressionDescriptor e) {
        if (e.kind == ExpressionKind.CALL) {
            e.kind = ExpressionKind.NONRELOCATABLE;
            e.info = Instruction.a(instruction(fs, e));
        } else if (e.kind == ExpressionKind.VARARG) {
            setInstruction(fs, e, Instruction.withC(instruction(fs, e), 2));
            e.kind = ExpressionKind.RELOCATABLE;
        }
    }

    /** Converts a literal expression (a compile-time constant's value) to a descriptor kind. */
    static void constantToDescriptor(Expression literal, ExpressionDescriptor e) {
        if (literal instanceof Expression.IntegerLiteral integer) {
            e.kind = ExpressionKind.INTEGER;
            e.integerValue = integer.value();
        } else if (literal instanceof Expression.FloatLiteral number) {
            e.kind = ExpressionKind.FLOAT;
            e.floatValue = number.value();
        } else if (literal instanceof Expression.StringLiteral string) {
            e.kind = ExpressionKind.STRING;
            e.stringValue = string.value();
        } else if (literal instanceof Expression.TrueLiteral) {
            e.kind = ExpressionKind.TRUE;
        } else if (literal instanceof Expression.FalseLiteral) {
            e.kind = ExpressionKind.FALSE;
        } else if (literal instanceof Expression.NilLiteral) {
            e.kind = ExpressionKind.NIL;
        } else {
            throw new IllegalArgumentException("not a literal: " + literal);
        }
    }

    /** Ensures the expression is not a variable (C's luaK_dischargevars). */
    static void dischargeVariables(FunctionState fs, ExpressionDescriptor e) {
        switch (e.kind) {
            case COMPILE_TIME_CONSTANT -> constantToDescriptor(e.constantValue, e);
            case LOCAL -> {
                e.info = e.variableRegister;
                e.kind = ExpressionKind.NONRELOCATABLE;
            }
            case UPVALUE -> {
                e.info = fs.codeABC(Opcode.GETUPVAL, 0, e.info, 0);
                e.kind = ExpressionKind.RELOCATABLE;
            }
            case INDEXED_UPVALUE -> {
                e.info = fs.codeABC(Opcode.GETTABUP, 0, e.indexTable, e.indexKey);
                e.kind = ExpressionKind.RELOCATABLE;
            }
            case INDEXED_INTEGER -> {
                fs.freeRegister(e.indexTable);
                e.info = fs.codeABC(Opcode.GETI, 0, e.indexTable, e.indexKey);
                e.kind = ExpressionKind.RELOCATABLE;
            }
            case INDEXED_STRING -> {
                fs.freeRegister(e.indexTable);
                e.info = fs.codeABC(Opcode.GETFIELD, 0, e.indexTable, e.indexKey);
                e.kind = ExpressionKind.RELOCATABLE;
            }
            case INDEXED -> {
                fs.freeRegisters(e.indexTable, e.indexKey);
                e.info = fs.codeABC(Opcode.GETTABLE, 0, e.indexTable, e.indexKey);
                e.kind = ExpressionKind.RELOCATABLE;
            }
            case VARARG, CALL -> setOneReturn(fs, e);
            default -> { }
        }
    }

    private static void stringToConstant(FunctionState fs, ExpressionDescriptor e) {
        e.info = fs.constants.string(e.stringValue);
        e.kind = ExpressionKind.CONSTANT;
    }

    /** Puts the expression's value in {@code register} (C's discharge2reg). */
    private static void dischargeToRegister(FunctionState fs, ExpressionDescriptor e, int register) {
        dischargeVariables(fs, e);
        switch (e.kind) {
            case NIL -> fs.loadNil(register, 1);
            case FALSE -> fs.codeABC(Opcode.LOADFALSE, register, 0, 0);
            case TRUE -> fs.codeABC(Opcode.LOADTRUE, register, 0, 0);
            case STRING -> {
                stringToConstant(fs, e);
                fs.loadConstant(register, e.info);
            }
            case CONSTANT -> fs.loadConstant(register, e.info);
            case FLOAT -> fs.loadFloat(register, e.floatValue);
            case INTEGER -> fs.loadInteger(register, e.integerValue);
            case RELOCATABLE -> setInstruction(fs, e, Instruction.withA(instruction(fs, e), register));
            case NONRELOCATABLE -> {
                if (register != e.info) fs.codeABC(Opcode.MOVE, register, e.info, 0);
            }
            default -> {
                return; // a JUMP: nothing to do yet
            }
        }
        e.info = register;
        e.kind = ExpressionKind.NONRELOCATABLE;
    }

    private static void dischargeToAnyRegister(FunctionState fs, ExpressionDescriptor e) {
        if (e.kind != ExpressionKind.NONRELOCATABLE) {
            fs.reserveRegisters(1);
            dischargeToRegister(fs, e, fs.freeRegister - 1);
        }
    }

    private static int codeLoadBoolean(FunctionState fs, int register, Opcode opcode) {
        fs.label();
        return fs.codeABC(opcode, register, 0, 0);
    }

    /** Puts the final value, including its jump lists, in {@code register} (C's exp2reg). */
    static void toRegister(FunctionState fs, ExpressionDescriptor e, int register) {
        dischargeToRegister(fs, e, register);
        if (e.kind == ExpressionKind.JUMP) e.trueList = fs.concatenate(e.trueList, e.info);
        if (e.hasJumps()) {
            int loadFalse = NO_JUMP;
            int loadTrue = NO_JUMP;
            if (fs.needsValue(e.trueList) || fs.needsValue(e.falseList)) {
                int skip = e.kind == ExpressionKind.JUMP ? NO_JUMP : fs.jump();
                loadFalse = codeLoadBoolean(fs, register, Opcode.LFALSESKIP);
                loadTrue = codeLoadBoolean(fs, register, Opcode.LOADTRUE);
                fs.patchToHere(skip);
            }
            int end = fs.label();
            fs.patchListAux(e.falseList, end, register, loadFalse);
            fs.patchListAux(e.trueList, end, register, loadTrue);
        }
        e.falseList = NO_JUMP;
        e.trueList = NO_JUMP;
        e.info = register;
        e.kind = ExpressionKind.NONRELOCATABLE;
    }

    static void toNextRegister(FunctionState fs, ExpressionDescriptor e) {
        dischargeVariables(fs, e);
        fs.freeExpression(e);
        fs.reserveRegisters(1);
        toRegister(fs, e, fs.freeRegister - 1);
    }

    /** Puts the value in some register and returns it (C's luaK_exp2anyreg). */
    static int toAnyRegister(FunctionState fs, ExpressionDescriptor e) {
        dischargeVariables(fs, e);
        if (e.kind == ExpressionKind.NONRELOCATABLE) {
            if (!e.hasJumps()) return e.info;
            if (e.info >= fs.activeRegisterCount()) {
                toRegister(fs, e, e.info);
                return e.info;
            }
        }
        toNextRegister(fs, e);
        return e.info;
    }

    /** Puts the value in a register unless it is an upvalue (C's luaK_exp2anyregup). */
    static void toAnyRegisterOrUpvalue(FunctionState fs, ExpressionDescriptor e) {
        if (e.kind != ExpressionKind.UPVALUE || e.hasJumps()) toAnyRegister(fs, e);
    }

    /** Puts the value in a register or leaves it a constant (C's luaK_exp2val). */
    static void toValue(FunctionState fs, ExpressionDescriptor e) {
        if (e.hasJumps()) {
            toAnyRegister(fs, e);
        } else {
            dischargeVariables(fs, e);
        }
    }

    /** Makes the expression a constant usable as an RK operand if it can be (C's luaK_exp2K). */
    static boolean toConstant(FunctionState fs, ExpressionDescriptor e) {
        if (e.hasJumps()) return false;
        int index;
        switch (e.kind) {
            case TRUE -> index = fs.constants.bool(true);
            case FALSE -> index = fs.constants.bool(false);
            case NIL -> index = fs.constants.nil();
            case INTEGER -> index = fs.constants.integer(e.integerValue);
            case FLOAT -> index = fs.constants.number(e.floatValue);
            case STRING -> index = fs.constants.string(e.stringValue);
            case CONSTANT -> index = e.info;
            default -> {
                return false;
            }
        }
        if (index <= FunctionState.MAX_INDEX_RK) {
            e.kind = ExpressionKind.CONSTANT;
            e.info = index;
            return true;
        }
        return false;
    }

    /** Makes the expression a register or an RK constant; true if a constant (C's luaK_exp2RK). */
    static boolean toRegisterOrConstant(FunctionState fs, ExpressionDescriptor e) {
        if (toConstant(fs, e)) return true;
        toAnyRegister(fs, e);
        return false;
    }

    private static void codeABRK(FunctionState fs, Opcode opcode, int a, int b, ExpressionDescriptor value) {
        boolean k = toRegisterOrConstant(fs, value);
        fs.codeABCk(opcode, a, b, value.info, k);
    }

    /** Stores {@code value} into the variable {@code target} (C's luaK_storevar). */
    static void store(FunctionState fs, ExpressionDescriptor target, ExpressionDescriptor value) {
        switch (target.kind) {
            case LOCAL -> {
                fs.freeExpression(value);
                toRegister(fs, value, target.variableRegister);
                return;
            }
            case UPVALUE -> {
                int register = toAnyRegister(fs, value);
                fs.codeABC(Opcode.SETUPVAL, register, target.info, 0);
            }
            case INDEXED_UPVALUE -> codeABRK(fs, Opcode.SETTABUP, target.indexTable, target.indexKey, value);
            case INDEXED_INTEGER -> codeABRK(fs, Opcode.SETI, target.indexTable, target.indexKey, value);
            case INDEXED_STRING -> codeABRK(fs, Opcode.SETFIELD, target.indexTable, target.indexKey, value);
            case INDEXED -> codeABRK(fs, Opcode.SETTABLE, target.indexTable, target.indexKey, value);
            default -> throw new IllegalStateException("not assignable: " + target.kind);
        }
        fs.freeExpression(value);
    }

    /** Emits SELF: {@code e} becomes {@code e:key} with the receiver after it (C's luaK_self). */
    static void self(FunctionState fs, ExpressionDescriptor e, ExpressionDescriptor key) {
        toAnyRegister(fs, e);
        int receiver = e.info;
        fs.freeExpression(e);
        e.info = fs.freeRegister;
        e.kind = ExpressionKind.NONRELOCATABLE;
        fs.reserveRegisters(2);
        codeABRK(fs, Opcode.SELF, e.info, receiver, key);
        fs.freeExpression(key);
    }

    private static boolean isShortStringConstant(FunctionState fs, ExpressionDescriptor e) {
        return e.kind == ExpressionKind.CONSTANT && !e.hasJumps() && e.info <= Instruction.MAX_B
                && fs.constants.isShortString(e.info);
    }

    static boolean isIntegerLiteral(ExpressionDescriptor e) {
        return e.kind == ExpressionKind.INTEGER && !e.hasJumps();
    }

    /** Makes {@code t} the indexed expression {@code t[key]} (C's luaK_indexed). */
    static void indexed(FunctionState fs, ExpressionDescriptor t, ExpressionDescriptor key) {
        if (key.kind == ExpressionKind.STRING) stringToConstant(fs, key);
        if (t.kind == ExpressionKind.UPVALUE && !isShortStringConstant(fs, key)) toAnyRegister(fs, t);
        if (t.kind == ExpressionKind.UPVALUE) {
            t.indexTable = t.info;
            t.indexKey = key.info;
            t.kind = ExpressionKind.INDEXED_UPVALUE;
            return;
        }
        t.indexTable = t.kind == ExpressionKind.LOCAL ? t.variableRegister : t.info;
        if (isShortStringConstant(fs, key)) {
            t.indexKey = key.info;
            t.kind = ExpressionKind.INDEXED_STRING;
        } else if (isIntegerLiteral(key) && key.integerValue >= 0 && key.integerValue <= Instruction.MAX_C) {
            t.indexKey = (int) key.integerValue;
            t.kind = ExpressionKind.INDEXED_INTEGER;
        } else {
            t.indexKey = toAnyRegister(fs, key);
            t.kind = ExpressionKind.INDEXED;
        }
    }

    // ---------------------------------------------------------------- conditions

    /** Inverts the comparison controlling the jump of {@code e}. */
    static void negateCondition(FunctionState fs, ExpressionDescriptor e) {
        int control = fs.jumpControl(e.info);
        int instruction = fs.code[control];
        fs.code[control] = Instruction.withK(instruction, !Instruction.k(instruction));
    }

    /** Emits a jump taken when {@code e} is {@code condition}; returns its position. */
    private static int jumpOnCondition(FunctionState fs, ExpressionDescriptor e, boolean condition) {
        if (e.kind == ExpressionKind.RELOCATABLE) {
            int instruction = instruction(fs, e);
            if (Opcode.of(instruction) == Opcode.NOT) {
                fs.removeLastInstruction();
                return fs.conditionalJump(Opcode.TEST, Instruction.b(instruction), 0, 0, !condition);
            }
        }
        dischargeToAnyRegister(fs, e);
        fs.freeExpression(e);
        return fs.conditionalJump(Opcode.TESTSET, FunctionState.NO_REGISTER, e.info, 0, condition);
    }

    /** Falls through when {@code e} is true, jumps (via its false list) otherwise. */
    static void goIfTrue(FunctionState fs, ExpressionDescriptor e) {
        dischargeVariables(fs, e);
        int jump;
        switch (e.kind) {
            case JUMP -> {
                negateCondition(fs, e);
                jump = e.info;
            }
            case CONSTANT, FLOAT, INTEGER, STRING, TRUE -> jump = NO_JUMP;
            default -> jump = jumpOnCondition(fs, e, false);
        }
        e.falseList = fs.concatenate(e.falseList, jump);
        fs.patchToHere(e.trueList);
        e.trueList = NO_JUMP;
    }

    /** Falls through when {@code e} is false, jumps (via its true list) otherwise. */
    static void goIfFalse(FunctionState fs, ExpressionDescriptor e) {
        dischargeVariables(fs, e);
        int jump;
        switch (e.kind) {
            case JUMP -> jump = e.info;
            case NIL, FALSE -> jump = NO_JUMP;
            default -> jump = jumpOnCondition(fs, e, true);
        }
        e.trueList = fs.concatenate(e.trueList, jump);
        fs.patchToHere(e.falseList);
        e.falseList = NO_JUMP;
    }

    /** Codes {@code not e}, folding constants (C's codenot). */
    static void not(FunctionState fs, ExpressionDescriptor e) {
        switch (e.kind) {
            case NIL, FALSE -> e.kind = ExpressionKind.TRUE;
            case CONSTANT, FLOAT, INTEGER, STRING, TRUE -> e.kind = ExpressionKind.FALSE;
            case JUMP -> negateCondition(fs, e);
            case RELOCATABLE, NONRELOCATABLE -> {
                dischargeToAnyRegister(fs, e);
                fs.freeExpression(e);
                e.info = fs.codeABC(Opcode.NOT, 0, e.info, 0);
                e.kind = ExpressionKind.RELOCATABLE;
            }
            default -> throw new IllegalStateException("cannot negate " + e.kind);
        }
        int saved = e.falseList;
        e.falseList = e.trueList;
        e.trueList = saved;
        fs.removeValues(e.falseList);
        fs.removeValues(e.trueList);
    }
}
