package org.crescent.compiler;

import java.util.List;
import org.crescent.ast.Expression;
import org.crescent.ast.TableItem;
import org.crescent.bytecode.Opcode;

/**
 * Compiles expressions in C Lua's order (the expression rules of lparser.c): each rule
 * leaves its result in an {@link ExpressionDescriptor} without deciding where the value
 * goes, as {@code expr} does, so the caller's use of it yields luac's code.
 */
final class ExpressionCompiler {
    /** Array items are stored in batches of this many (C Lua's LFIELDS_PER_FLUSH). */
    private static final int FIELDS_PER_FLUSH = 50;

    private final ChunkCompiler chunk;
    private final Compilation compilation;

    ExpressionCompiler(ChunkCompiler chunk) {
        this.chunk = chunk;
        this.compilation = chunk.compilation;
    }

    private FunctionState fs() {
        return chunk.fs;
    }

    /** exp -> subexpr; the result goes to {@code out}. */
    void expression(Expression e, ExpressionDescriptor out) {
        FunctionState fs = fs();
        if (e instanceof Expression.Binary binary) {
            expression(binary.left(), out);
            compilation.consume(binary.line());
            OperatorCoder.infix(fs, binary.operator(), out);
            ExpressionDescriptor right = new ExpressionDescriptor();
            expression(binary.right(), right);
            OperatorCoder.postfix(fs, binary.operator(), out, right, binary.line());
        } else if (e instanceof Expression.Unary unary) {
            compilation.consume(unary.line());
            expression(unary.operand(), out);
            OperatorCoder.prefix(fs, unary.operator(), out, unary.line());
        } else if (e instanceof Expression.IntegerLiteral integer) {
            out.set(ExpressionKind.INTEGER, 0);
            out.integerValue = integer.value();
            compilation.consume(e.line());
        } else if (e instanceof Expression.FloatLiteral number) {
            out.set(ExpressionKind.FLOAT, 0);
            out.floatValue = number.value();
            compilation.consume(e.line());
        } else if (e instanceof Expression.StringLiteral string) {
            out.set(ExpressionKind.STRING, 0);
            out.stringValue = string.value();
            compilation.consume(e.line());
        } else if (e instanceof Expression.NilLiteral) {
            out.set(ExpressionKind.NIL, 0);
            compilation.consume(e.line());
        } else if (e instanceof Expression.TrueLiteral) {
            out.set(ExpressionKind.TRUE, 0);
            compilation.consume(e.line());
        } else if (e instanceof Expression.FalseLiteral) {
            out.set(ExpressionKind.FALSE, 0);
            compilation.consume(e.line());
        } else if (e instanceof Expression.Vararg) {
            out.set(ExpressionKind.VARARG, fs.codeABC(Opcode.VARARG, 0, 0, 1));
            compilation.consume(e.line());
        } else if (e instanceof Expression.TableConstructor table) {
            constructor(table, out);
        } else if (e instanceof Expression.FunctionLiteral function) {
            compilation.consume(function.line());
            chunk.functionBody(function.body(), out);
        } else {
            suffixedExpression(e, out);
        }
    }

    /** suffixedexp -> primaryexp { '.' NAME | '[' exp ']' | ':' NAME funcargs | funcargs } */
    private void suffixedExpression(Expression e, ExpressionDescriptor out) {
        FunctionState fs = fs();
        if (e instanceof Expression.Index index) {
            expression(index.table(), out);
            ExpressionCoder.toAnyRegisterOrUpvalue(fs, out);
            ExpressionDescriptor key = new ExpressionDescriptor();
            expression(index.key(), key);
            ExpressionCoder.toValue(fs, key);
            compilation.consume(index.line());
            ExpressionCoder.indexed(fs, out, key);
        } else if (e instanceof Expression.Call call) {
            expression(call.function(), out);
            ExpressionCoder.toNextRegister(fs, out);
            callArguments(call.arguments(), call.endLine(), out, call.line());
        } else if (e instanceof Expression.MethodCall call) {
            expression(call.receiver(), out);
            compilation.consume(call.nameLine());
            ExpressionDescriptor key = new ExpressionDescriptor(ExpressionKind.STRING, 0);
            key.stringValue = call.name();
            ExpressionCoder.self(fs, out, key);
            callArguments(call.arguments(), call.endLine(), out, call.line());
        } else {
            primaryExpression(e, out);
        }
    }

    /** primaryexp -> NAME | '(' expr ')' */
    private void primaryExpression(Expression e, ExpressionDescriptor out) {
        if (e instanceof Expression.Parenthesized parenthesized) {
            compilation.consume(parenthesized.line());
            expression(parenthesized.inner(), out);
            compilation.consume(parenthesized.endLine());
            ExpressionCoder.dischargeVariables(fs(), out);
            return;
        }
        compilation.consume(e.line());
        variable(e, out);
    }

    /** The descriptor of a resolved name (C's singlevar after the name is read). */
    private void variable(Expression e, ExpressionDescriptor out) {
        if (e instanceof Expression.LocalReference local) {
            out.set(ExpressionKind.LOCAL, 0);
            out.variableRegister = compilation.descriptor(local.variable()).register;
        } else if (e instanceof Expression.UpvalueReference upvalue) {
            out.set(ExpressionKind.UPVALUE, upvalue.index());
        } else if (e instanceof Expression.ConstantReference constant) {
            out.set(ExpressionKind.COMPILE_TIME_CONSTANT, 0);
            out.constantValue = constant.value();
        } else if (e instanceof Expression.GlobalReference global) {
            variable(global.environment(), out);
            // a <const> _ENV goes to a register first: the fix of Lua 5.4.5 that Debian's
            // 5.4.4 (our reference luac) carries; plain 5.4.4 would index a bogus register
            ExpressionCoder.toAnyRegisterOrUpvalue(fs(), out);
            ExpressionDescriptor key = new ExpressionDescriptor(ExpressionKind.STRING, 0);
            key.stringValue = global.name();
            ExpressionCoder.indexed(fs(), out, key);
        } else {
            throw new IllegalArgumentException("unexpected expression " + e);
        }
    }

    /**
     * funcargs -> '(' [ explist ] ')' | constructor | STRING; {@code f} holds the function
     * in its base register and becomes the call.
     */
    private void callArguments(List<Expression> arguments, int closeLine, ExpressionDescriptor f, int line) {
        FunctionState fs = fs();
        ExpressionDescriptor args = new ExpressionDescriptor();
        if (!arguments.isEmpty()) {
            expressionList(arguments, args);
            if (args.kind.isMultiValue()) ExpressionCoder.setMultipleReturns(fs, args);
        }
        compilation.consume(closeLine);
        int base = f.info;
        int parameterCount;
        if (args.kind.isMultiValue()) {
            parameterCount = -1;
        } else {
            if (args.kind != ExpressionKind.VOID) ExpressionCoder.toNextRegister(fs, args);
            parameterCount = fs.freeRegister - (base + 1);
        }
        f.set(ExpressionKind.CALL, fs.codeABC(Opcode.CALL, base, parameterCount + 1, 2));
        fs.fixLine(line);
        fs.freeRegister = base + 1;
    }

    /** explist -> expr { ',' expr }; the last expression is left in {@code out}. */
    int expressionList(List<Expression> list, ExpressionDescriptor out) {
        expression(list.get(0), out);
        for (int i = 1; i < list.size(); i++) {
            compilation.consume(list.get(i - 1).endLine());
            ExpressionCoder.toNextRegister(fs(), out);
            expression(list.get(i), out);
        }
        return list.size();
    }

    /** exp1: an expression whose value goes to the next register. */
    void expressionToNextRegister(Expression e) {
        ExpressionDescriptor d = new ExpressionDescriptor();
        expression(e, d);
        ExpressionCoder.toNextRegister(fs(), d);
    }

    // ---------------------------------------------------------------- table constructors

    /** constructor -> '{' [ field { sep field } [sep] ] '}' */
    private void constructor(Expression.TableConstructor table, ExpressionDescriptor t) {
        FunctionState fs = fs();
        int pc = fs.codeABC(Opcode.NEWTABLE, 0, 0, 0);
        fs.code(0);
        t.set(ExpressionKind.NONRELOCATABLE, fs.freeRegister);
        fs.reserveRegisters(1);
        compilation.consume(table.line());
        Constructor state = new Constructor(t);
        for (TableItem item : table.items()) {
            closeListField(state);
            if (item instanceof TableItem.Keyed keyed) {
                recordField(state, keyed);
            } else {
                expression(item.value(), state.pending);
                state.toStore++;
            }
            compilation.consume(item.value().endLine());
        }
        compilation.consume(table.closeLine());
        lastListField(state);
        fs.setTableSize(pc, t.info, state.arrayCount, state.hashCount);
    }

    /** The progress of one table constructor (C's ConsControl). */
    private static final class Constructor {
        final ExpressionDescriptor table;
        /** The last positional item, not yet in a register. */
        final ExpressionDescriptor pending = new ExpressionDescriptor();
        int hashCount;
        int arrayCount;
        int toStore;

        Constructor(ExpressionDescriptor table) {
            this.table = table;
        }
    }

    /** recfield -> (NAME | '['exp']') = exp */
    private void recordField(Constructor state, TableItem.Keyed item) {
        FunctionState fs = fs();
        int register = fs.freeRegister;
        compilation.consume(item.line());
        ExpressionDescriptor key = new ExpressionDescriptor();
        expression(item.key(), key);
        ExpressionCoder.toValue(fs, key);
        compilation.consume(item.key().endLine());
        state.hashCount++;
        ExpressionDescriptor target = new ExpressionDescriptor();
        target.copyFrom(state.table);
        ExpressionCoder.indexed(fs, target, key);
        ExpressionDescriptor value = new ExpressionDescriptor();
        expression(item.value(), value);
        ExpressionCoder.store(fs, target, value);
        fs.freeRegister = register;
    }

    private void closeListField(Constructor state) {
        FunctionState fs = fs();
        if (state.pending.kind == ExpressionKind.VOID) return;
        ExpressionCoder.toNextRegister(fs, state.pending);
        state.pending.set(ExpressionKind.VOID, 0);
        if (state.toStore == FIELDS_PER_FLUSH) {
            fs.setList(state.table.info, state.arrayCount, state.toStore);
            state.arrayCount += state.toStore;
            state.toStore = 0;
        }
    }

    private void lastListField(Constructor state) {
        FunctionState fs = fs();
        if (state.toStore == 0) return;
        if (state.pending.kind.isMultiValue()) {
            ExpressionCoder.setMultipleReturns(fs, state.pending);
            fs.setList(state.table.info, state.arrayCount, 0);
            state.arrayCount--;
        } else {
            if (state.pending.kind != ExpressionKind.VOID) ExpressionCoder.toNextRegister(fs, state.pending);
            fs.setList(state.table.info, state.arrayCount, state.toStore);
        }
        state.arrayCount += state.toStore;
    }
}
