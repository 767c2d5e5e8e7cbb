package org.crescent.compiler;

import org.crescent.ast.Expression;
import org.crescent.runtime.LuaString;

/**
 * An expression being compiled, C Lua's {@code expdesc}: its {@link ExpressionKind} with the
 * fields that kind uses, plus the lists of pending jumps taken when the expression is true
 * ({@code trueList}) or false ({@code falseList}). Mutable; the code generator rewrites it as
 * the expression is discharged.
 */
final class ExpressionDescriptor {
    static final int NO_JUMP = -1;

    ExpressionKind kind;
    /** Register, constant index, upvalue index or pc, depending on the kind. */
    int info;
    long integerValue;
    double floatValue;
    LuaString stringValue;
    Expression constantValue;
    /** Table register or upvalue of an indexed expression. */
    int indexTable;
    /** Key register, constant index or integer of an indexed expression. */
    int indexKey;
    /** Register of a local variable. */
    int variableRegister;
    int trueList = NO_JUMP;
    int falseList = NO_JUMP;

    ExpressionDescriptor() {
        this.kind = ExpressionKind.VOID;
    }

    ExpressionDescriptor(ExpressionKind kind, int info) {
        this.kind = kind;
        this.info = info;
    }

    void set(ExpressionKind newKind, int newInfo) {
        kind = newKind;
        info = newInfo;
        trueList = NO_JUMP;
        falseList = NO_JUMP;
    }

    boolean hasJumps() {
        return trueList != falseList;
    }

    void copyFrom(ExpressionDescriptor other) {
        kind = other.kind;
        info = other.info;
        integerValue = other.integerValue;
        floatValue = other.floatValue;
        stringValue = other.stringValue;
        constantValue = other.constantValue;
        indexTable = other.indexTable;
        indexKey = other.indexKey;
        variableRegister = other.variableRegister;
        trueList = other.trueList;
        falseList = other.falseList;
    }

    static void swap(ExpressionDescriptor first, ExpressionDescriptor second) {
        ExpressionDescriptor saved = new ExpressionDescriptor();
        saved.copyFrom(first);
        first.copyFrom(second);
        second.copyFrom(saved);
    }
}
