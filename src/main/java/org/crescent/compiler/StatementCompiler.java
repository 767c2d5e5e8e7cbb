package org.crescent.compiler;

import static org.crescent.compiler.ExpressionDescriptor.NO_JUMP;

import java.util.ArrayList;
import java.util.List;
import org.crescent.ast.Block;
import org.crescent.ast.Expression;
import org.crescent.ast.LocalVariable;
import org.crescent.ast.Statement;
import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Opcode;

/**
 * Compiles statements in C Lua's order (the statement rules of lparser.c). Each method
 * names the grammar rule it follows.
 */
final class StatementCompiler {
    private final ChunkCompiler chunk;
    private final Compilation compilation;

    StatementCompiler(ChunkCompiler chunk) {
        this.chunk = chunk;
        this.compilation = chunk.compilation;
    }

    private FunctionState fs() {
        return chunk.fs;
    }

    private ExpressionCompiler expressions() {
        return chunk.expressions;
    }

    /** statlist -> { stat [';'] } */
    void statementList(Block block) {
        statementList(block.statements());
        compilation.consume(block.endLine());
    }

    private void statementList(List<Statement> list) {
        for (Statement statement : list) statement(statement);
    }

    private void statement(Statement s) {
        FunctionState fs = fs();
        if (s instanceof Statement.Local local) {
            localStatement(local);
        } else if (s instanceof Statement.Assignment assignment) {
            assignment(assignment);
        } else if (s instanceof Statement.CallStatement call) {
            ExpressionDescriptor e = new ExpressionDescriptor();
            expressions().expression(call.call(), e);
            fs.code[e.info] = Instruction.withC(fs.code[e.info], 1);
        } else if (s instanceof Statement.Do d) {
            compilation.consume(d.line());
            chunk.block(d.body());
        } else if (s instanceof Statement.While w) {
            whileStatement(w);
        } else if (s instanceof Statement.Repeat r) {
            repeatStatement(r);
        } else if (s instanceof Statement.If i) {
            ifStatement(i);
        } else if (s instanceof Statement.NumericFor f) {
            numericFor(f);
        } else if (s instanceof Statement.GenericFor f) {
            genericFor(f);
        } else if (s instanceof Statement.FunctionStatement f) {
            functionStatement(f);
        } else if (s instanceof Statement.LocalFunction f) {
            localFunction(f);
        } else if (s instanceof Statement.Return r) {
            returnStatement(r);
        } else if (s instanceof Statement.Break b) {
            compilation.consume(b.line());
            chunk.addPendingGoto(b.target(), b.line(), fs.jump());
        } else if (s instanceof Statement.Goto g) {
            gotoStatement(g);
        } else if (s instanceof Statement.LabelStatement l) {
            // the parser lists a run of labels in C Lua's order, declaring the last one first
            compilation.consume(Math.max(compilation.lastLine, l.line()));
            chunk.createLabel(l.label(), l.line(), l.label().isLastInBlock());
        }
        fs.freeRegister = fs.activeRegisterCount();
    }

    /** stat -> LOCAL NAME ATTRIB { ',' NAME ATTRIB } ['=' explist] */
    private void localStatement(Statement.Local s) {
        FunctionState fs = fs();
        compilation.consume(s.line());
        int toClose = -1;
        List<LocalVariable> variables = s.variables();
        VariableDescriptor last = null;
        for (int i = 0; i < variables.size(); i++) {
            LocalVariable variable = variables.get(i);
            compilation.consume(variable.line());
            last = fs.declare(variable);
            if (variable.attribute() == LocalVariable.Attribute.CLOSE) toClose = fs.activeCount + i;
        }
        ExpressionDescriptor e = new ExpressionDescriptor();
        int expressionCount = s.values().isEmpty() ? 0 : expressions().expressionList(s.values(), e);
        LocalVariable lastVariable = variables.get(variables.size() - 1);
        if (lastVariable.isCompileTimeConstant()) {
            if (variables.size() != expressionCount || !isConstant(e)) {
                throw new IllegalStateException("parser and compiler disagree on constant " + lastVariable);
            }
            last.kind = VariableDescriptor.COMPILE_TIME_CONSTANT;
            last.constantValue = lastVariable.constantValue();
            fs.activate(variables.size() - 1);
            fs.activeCount++;
        } else {
            adjustAssignment(variables.size(), expressionCount, e);
            fs.activate(variables.size());
        }
        if (toClose != -1) {
            chunk.markToBeClosed();
            fs.codeABC(Opcode.TBC, fs.registerLevel(toClose), 0, 0);
        }
    }

    /** C's luaK_exp2const test: the expression is a constant with no pending jumps. */
    private static boolean isConstant(ExpressionDescriptor e) {
        if (e.hasJumps()) return false;
        return switch (e.kind) {
            case NIL, TRUE, FALSE, STRING, INTEGER, FLOAT, COMPILE_TIME_CONSTANT -> true;
            default -> false;
        };
    }

    /** Adjusts {@code expressionCount} values (the last in {@code e}) to {@code variableCount}. */
    void adjustAssignment(int variableCount, int expressionCount, ExpressionDescriptor e) {
        FunctionState fs = fs();
        int needed = variableCount - expressionCount;
        if (e.kind.isMultiValue()) {
            ExpressionCoder.setReturns(fs, e, Math.max(needed + 1, 0));
        } else {
            if (e.kind != ExpressionKind.VOID) ExpressionCoder.toNextRegister(fs, e);
            if (needed > 0) fs.loadNil(fs.freeRegister, needed);
        }
        if (needed > 0) {
            fs.reserveRegisters(needed);
        } else {
            fs.freeRegister += needed;
        }
    }

    /** assignment -> suffixedexp { ',' suffixedexp } '=' explist */
    private void assignment(Statement.Assignment s) {
        List<ExpressionDescriptor> targets = new ArrayList<>();
        ExpressionDescriptor first = new ExpressionDescriptor();
        expressions().expression(s.targets().get(0), first);
        targets.add(first);
        restAssignment(s, targets);
    }

    /** restassign -> ',' suffixedexp restassign | '=' explist */
    private void restAssignment(Statement.Assignment s, List<ExpressionDescriptor> targets) {
        FunctionState fs = fs();
        int count = targets.size();
        ExpressionDescriptor target = targets.get(count - 1);
        ExpressionDescriptor e = new ExpressionDescriptor();
        if (count < s.targets().size()) {
            ExpressionDescriptor next = new ExpressionDescriptor();
            expressions().expression(s.targets().get(count), next);
            if (!next.kind.isIndexed()) checkConflict(targets, next);
            targets.add(next);
            restAssignment(s, targets);
        } else {
            int expressionCount = expressions().expressionList(s.values(), e);
            if (expressionCount != count) {
                adjustAssignment(count, expressionCount, e);
            } else {
                ExpressionCoder.setOneReturn(fs, e);
                ExpressionCoder.store(fs, target, e);
                return;
            }
        }
        e.set(ExpressionKind.NONRELOCATABLE, fs.freeRegister - 1);
        ExpressionCoder.store(fs, target, e);
    }

    /**
     * If a local or upvalue assigned in a multiple assignment is used as a table or key by a
     * previous target, copies it to a temporary first and makes those targets use the copy.
     */
    private void checkConflict(List<ExpressionDescriptor> previous, ExpressionDescriptor v) {
        FunctionState fs = fs();
        int extra = fs.freeRegister;
        boolean conflict = false;
        for (ExpressionDescriptor target : previous) {
            if (!target.kind.isIndexed()) continue;
            if (target.kind == ExpressionKind.INDEXED_UPVALUE) {
                if (v.kind == ExpressionKind.UPVALUE && target.indexTable == v.info) {
                    conflict = true;
                    target.kind = ExpressionKind.INDEXED_STRING;
                    target.indexTable = extra;
                }
            } else {
                if (v.kind == ExpressionKind.LOCAL && target.indexTable == v.variableRegister) {
                    conflict = true;
                    target.indexTable = extra;
                }
                if (target.kind == ExpressionKind.INDEXED && v.kind == ExpressionKind.LOCAL
                        && target.indexKey == v.variableRegister) {
                    conflict = true;
                    target.indexKey = extra;
                }
            }
        }
        if (conflict) {
            if (v.kind == ExpressionKind.LOCAL) {
                fs.codeABC(Opcode.MOVE, extra, v.variableRegister, 0);
            } else {
                fs.codeABC(Opcode.GETUPVAL, extra, v.info, 0);
            }
            fs.reserveRegisters(1);
        }
    }

    /** cond -> exp; returns the false list. */
    private int condition(Expression condition) {
        ExpressionDescriptor v = new ExpressionDescriptor();
        expressions().expression(condition, v);
        if (v.kind == ExpressionKind.NIL) v.kind = ExpressionKind.FALSE;
        ExpressionCoder.goIfTrue(fs(), v);
        return v.falseList;
    }

    /** whilestat -> WHILE cond DO block END */
    private void whileStatement(Statement.While s) {
        FunctionState fs = fs();
        compilation.consume(s.line());
        int whileInit = fs.label();
        int conditionExit = condition(s.condition());
        chunk.enterBlock(s.breakLabel());
        chunk.block(s.body());
        fs.patchList(fs.jump(), whileInit);
        compilation.consume(loopEndLine(s.line(), s.body()));
        chunk.leaveBlock();
        fs.patchToHere(conditionExit);
    }

    /** repeatstat -> REPEAT block UNTIL cond */
    private void repeatStatement(Statement.Repeat s) {
        FunctionState fs = fs();
        int repeatInit = fs.label();
        chunk.enterBlock(s.breakLabel());
        BlockScope scope = chunk.enterBlock(null);
        compilation.consume(s.line());
        statementList(s.body());
        int conditionExit = condition(s.condition());
        chunk.leaveBlock();
        if (scope.hasUpvalue) {
            int exit = fs.jump();
            fs.patchToHere(conditionExit);
            fs.codeABC(Opcode.CLOSE, fs.registerLevel(scope.outerVariableCount), 0, 0);
            conditionExit = fs.jump();
            fs.patchToHere(exit);
        }
        fs.patchList(conditionExit, repeatInit);
        chunk.leaveBlock();
    }

    /**
     * The line of the {@code end} closing a loop that starts on {@code line}, where C Lua
     * resolves the loop's breaks (the tree does not keep it): the line of the body's last
     * token if the loop is written on one line, else the line after it.
     */
    private static int loopEndLine(int line, Block body) {
        return body.endLine() > line ? body.endLine() + 1 : line;
    }

    /** fornum -> NAME = exp,exp[,exp] forbody */
    private void numericFor(Statement.NumericFor s) {
        FunctionState fs = fs();
        chunk.enterBlock(s.breakLabel());
        compilation.consume(s.line());
        compilation.consume(s.variable().line());
        int base = fs.freeRegister;
        for (LocalVariable state : s.stateVariables()) fs.declare(state);
        fs.declare(s.variable());
        expressions().expressionToNextRegister(s.start());
        expressions().expressionToNextRegister(s.limit());
        if (s.step() != null) {
            expressions().expressionToNextRegister(s.step());
        } else {
            fs.loadInteger(fs.freeRegister, 1);
            fs.reserveRegisters(1);
        }
        fs.activate(3);
        int endLine = loopEndLine(s.line(), s.body());
        forBody(base, s.line(), s.doLine(), 1, false, s.body(), endLine);
        compilation.consume(endLine);
        chunk.leaveBlock();
    }

    /** forlist -> NAME {,NAME} IN explist forbody */
    private void genericFor(Statement.GenericFor s) {
        FunctionState fs = fs();
        chunk.enterBlock(s.breakLabel());
        compilation.consume(s.line());
        int base = fs.freeRegister;
        for (LocalVariable state : s.stateVariables()) fs.declare(state);
        for (LocalVariable variable : s.variables()) {
            compilation.consume(variable.line());
            fs.declare(variable);
        }
        ExpressionDescriptor e = new ExpressionDescriptor();
        adjustAssignment(4, expressions().expressionList(s.values(), e), e);
        fs.activate(4);
        chunk.markToBeClosed();
        fs.checkStack(3);
        int endLine = loopEndLine(s.line(), s.body());
        forBody(base, s.valuesLine(), s.doLine(), s.variables().size(), true, s.body(), endLine);
        compilation.consume(endLine);
        chunk.leaveBlock();
    }

    /** forbody -> DO block */
    private void forBody(int base, int line, int doLine, int variableCount, boolean generic, Block body,
                         int endLine) {
        FunctionState fs = fs();
        compilation.consume(doLine);
        int prep = fs.codeABx(generic ? Opcode.TFORPREP : Opcode.FORPREP, base, 0);
        chunk.enterBlock(null);
        fs.activate(variableCount);
        fs.reserveRegisters(variableCount);
        chunk.block(body);
        chunk.leaveBlock();
        fs.fixForJump(prep, fs.label(), false, endLine);
        if (generic) {
            fs.codeABC(Opcode.TFORCALL, base, 0, variableCount);
            fs.fixLine(line);
        }
        int end = fs.codeABx(generic ? Opcode.TFORLOOP : Opcode.FORLOOP, base, 0);
        fs.fixForJump(end, prep + 1, true, endLine);
        fs.fixLine(line);
    }

    /** ifstat -> IF cond THEN block {ELSEIF cond THEN block} [ELSE block] END */
    private void ifStatement(Statement.If s) {
        FunctionState fs = fs();
        int escapeList = NO_JUMP;
        List<Statement.IfClause> clauses = s.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            boolean followed = i + 1 < clauses.size() || s.elseBody() != null;
            escapeList = testThenBlock(clauses.get(i), followed, escapeList);
        }
        if (s.elseBody() != null) chunk.block(s.elseBody());
        fs.patchToHere(escapeList);
    }

    /** test_then_block -> [IF | ELSEIF] cond THEN block; returns the escape list. */
    private int testThenBlock(Statement.IfClause clause, boolean followed, int escapeList) {
        FunctionState fs = fs();
        compilation.consume(clause.line());
        ExpressionDescriptor v = new ExpressionDescriptor();
        expressions().expression(clause.condition(), v);
        compilation.consume(clause.thenLine());
        List<Statement> body = clause.body().statements();
        int falseJump;
        int first = 0;
        if (!body.isEmpty() && body.get(0) instanceof Statement.Break brk) {
            ExpressionCoder.goIfFalse(fs, v);
            compilation.consume(brk.line());
            chunk.enterBlock(null);
            chunk.addPendingGoto(brk.target(), brk.line(), v.trueList);
            if (body.size() == 1) {
                chunk.leaveBlock();
                return escapeList;
            }
            falseJump = fs.jump();
            first = 1;
        } else {
            ExpressionCoder.goIfTrue(fs, v);
            chunk.enterBlock(null);
            falseJump = v.falseList;
        }
        statementList(body.subList(first, body.size()));
        compilation.consume(clause.body().endLine());
        chunk.leaveBlock();
        if (followed) escapeList = fs.concatenate(escapeList, fs.jump());
        fs.patchToHere(falseJump);
        return escapeList;
    }

    /** funcstat -> FUNCTION funcname body */
    private void functionStatement(Statement.FunctionStatement s) {
        FunctionState fs = fs();
        compilation.consume(s.line());
        ExpressionDescriptor target = new ExpressionDescriptor();
        expressions().expression(s.target(), target);
        ExpressionDescriptor closure = new ExpressionDescriptor();
        chunk.functionBody(s.body(), closure);
        ExpressionCoder.store(fs, target, closure);
        fs.fixLine(s.line());
    }

    /** localfunc -> LOCAL FUNCTION NAME body */
    private void localFunction(Statement.LocalFunction s) {
        FunctionState fs = fs();
        compilation.consume(s.line());
        compilation.consume(s.variable().line());
        VariableDescriptor descriptor = fs.declare(s.variable());
        fs.activate(1);
        ExpressionDescriptor closure = new ExpressionDescriptor();
        chunk.functionBody(s.body(), closure);
        fs.setDebugStart(descriptor, fs.pc);
    }

    /** retstat -> RETURN [explist] [';'] */
    private void returnStatement(Statement.Return s) {
        FunctionState fs = fs();
        compilation.consume(s.line());
        int first = fs.activeRegisterCount();
        int count;
        if (s.values().isEmpty()) {
            count = 0;
        } else {
            ExpressionDescriptor e = new ExpressionDescriptor();
            count = expressions().expressionList(s.values(), e);
            if (e.kind.isMultiValue()) {
                ExpressionCoder.setMultipleReturns(fs, e);
                if (e.kind == ExpressionKind.CALL && count == 1 && !fs.block.insideToBeClosed) {
                    int call = fs.code[e.info];
                    fs.code[e.info] = (call & ~0x7F) | Opcode.TAILCALL.ordinal();
                }
                count = -1;
            } else if (count == 1) {
                first = ExpressionCoder.toAnyRegister(fs, e);
            } else {
                ExpressionCoder.toNextRegister(fs, e);
            }
        }
        fs.returnValues(first, count);
    }

    /** gotostat -> GOTO NAME */
    private void gotoStatement(Statement.Goto s) {
        FunctionState fs = fs();
        compilation.consume(s.line());
        JumpLabel label = chunk.findLabel(s.target());
        if (label == null) {
            chunk.addPendingGoto(s.target(), s.line(), fs.jump());
        } else {
            int labelLevel = fs.registerLevel(label.variableCount);
            if (fs.activeRegisterCount() > labelLevel) fs.codeABC(Opcode.CLOSE, labelLevel, 0, 0);
            fs.patchList(fs.jump(), label.pc);
        }
    }
}
