package org.crescent.compiler;

import java.util.List;
import org.crescent.ast.Block;
import org.crescent.ast.Chunk;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.Label;
import org.crescent.ast.LocalVariable;
import org.crescent.bytecode.Opcode;
import org.crescent.bytecode.Prototype;

/**
 * Walks a chunk's syntax tree and drives code generation in exactly the order C Lua's
 * one-pass parser (lparser.c) does, so that registers, constants, jumps and lines come out
 * as luac's. This class holds the function and block structure: opening and closing
 * functions, entering and leaving blocks, labels and gotos. Statements and expressions are
 * compiled by {@link StatementCompiler} and {@link ExpressionCompiler}.
 *
 * <p>Token positions: where lparser.c consumes a token, this walker calls
 * {@link Compilation#consume} with that token's line, so that each instruction gets the line
 * C Lua would give it.
 */
final class ChunkCompiler {
    final Compilation compilation;
    final StatementCompiler statements;
    final ExpressionCompiler expressions;
    /** The function being compiled. */
    FunctionState fs;

    ChunkCompiler(Compilation compilation) {
        this.compilation = compilation;
        this.statements = new StatementCompiler(this);
        this.expressions = new ExpressionCompiler(this);
    }

    /** Compiles the main function (C's mainfunc). */
    Prototype compileMain(Chunk chunk) {
        FunctionBody main = chunk.main();
        FunctionState state = openFunction(main);
        state.isVararg = true;
        state.codeABC(Opcode.VARARGPREP, 0, 0, 0);
        statements.statementList(main.block());
        compilation.consume(main.block().endLine());
        return closeFunction(0, 0);
    }

    /**
     * Compiles a nested function and leaves its closure in the next register of the enclosing
     * function (C's body + codeclosure). {@code e} receives the closure.
     */
    void functionBody(FunctionBody body, ExpressionDescriptor e) {
        FunctionState parent = fs;
        int index = parent.prototypes.size();
        parent.prototypes.add(null);
        FunctionState state = openFunction(body);
        compilation.consume(body.line());
        List<LocalVariable> parameters = body.parameters();
        for (LocalVariable parameter : parameters) {
            compilation.consume(parameter.line());
            state.declare(parameter);
        }
        state.activate(parameters.size());
        state.parameterCount = state.activeCount;
        if (body.isVararg()) {
            state.isVararg = true;
            state.codeABC(Opcode.VARARGPREP, state.parameterCount, 0, 0);
        }
        state.reserveRegisters(state.activeCount);
        statements.statementList(body.block());
        compilation.consume(body.lastLine());
        e.set(ExpressionKind.RELOCATABLE, parent.codeABx(Opcode.CLOSURE, 0, index));
        ExpressionCoder.toNextRegister(parent, e);
        parent.prototypes.set(index, closeFunction(body.line(), body.lastLine()));
    }

    private FunctionState openFunction(FunctionBody body) {
        FunctionState state = new FunctionState(compilation, fs, body);
        fs = state;
        enterBlock(null);
        return state;
    }

    private Prototype closeFunction(int lineDefined, int lastLineDefined) {
        FunctionState state = fs;
        state.returnValues(state.activeRegisterCount(), 0);
        leaveBlock();
        Prototype prototype = state.toPrototype(lineDefined, lastLineDefined);
        fs = state.parent;
        return prototype;
    }

    // ---------------------------------------------------------------- blocks

    /** Enters a block; a loop block passes the label its breaks jump to. */
    BlockScope enterBlock(Label breakLabel) {
        BlockScope scope = new BlockScope(fs.block, compilation.labels.size(), compilation.pendingGotos.size(),
                fs.activeCount, breakLabel);
        fs.block = scope;
        return scope;
    }

    /** Compiles a block in a scope of its own (C's block). */
    void block(Block block) {
        enterBlock(null);
        statements.statementList(block);
        leaveBlock();
    }

    void leaveBlock() {
        BlockScope scope = fs.block;
        boolean hasClose = false;
        int stackLevel = fs.registerLevel(scope.outerVariableCount);
        if (scope.isLoop) hasClose = createLabel(scope.breakLabel, 0, false);
        if (!hasClose && scope.previous != null && scope.hasUpvalue) {
            fs.codeABC(Opcode.CLOSE, stackLevel, 0, 0);
        }
        fs.block = scope.previous;
        fs.removeVariables(scope.outerVariableCount);
        fs.freeRegister = stackLevel;
        List<JumpLabel> labels = compilation.labels;
        labels.subList(scope.firstLabel, labels.size()).clear();
        if (scope.previous != null) {
            moveGotosOut(scope);
        } else if (scope.firstGoto < compilation.pendingGotos.size()) {
            JumpLabel pending = compilation.pendingGotos.get(scope.firstGoto);
            throw compilation.error("no visible label '" + pending.label.name() + "' for <goto> at line "
                    + pending.line, compilation.lastLine);
        }
    }

    /** Pending gotos of a block being left now belong to the enclosing block. */
    private void moveGotosOut(BlockScope scope) {
        List<JumpLabel> gotos = compilation.pendingGotos;
        for (int i = scope.firstGoto; i < gotos.size(); i++) {
            JumpLabel pending = gotos.get(i);
            if (fs.registerLevel(pending.variableCount) > fs.registerLevel(scope.outerVariableCount)) {
                pending.needsClose |= scope.hasUpvalue;
            }
            pending.variableCount = scope.outerVariableCount;
        }
    }

    /** Marks the current block as holding a variable to be closed (C's marktobeclosed). */
    void markToBeClosed() {
        BlockScope scope = fs.block;
        scope.hasUpvalue = true;
        scope.insideToBeClosed = true;
        fs.needClose = true;
    }

    // ---------------------------------------------------------------- labels and gotos

    /**
     * Declares {@code label} here, resolving the pending gotos to it; {@code last} when only
     * no-op statements follow it in its block. Returns true if it emitted a CLOSE.
     */
    boolean createLabel(Label label, int line, boolean last) {
        JumpLabel entry = new JumpLabel(label, line, fs.label(), fs.activeCount);
        compilation.labels.add(entry);
        if (last) entry.variableCount = fs.block.outerVariableCount;
        if (solveGotos(entry)) {
            fs.codeABC(Opcode.CLOSE, fs.activeRegisterCount(), 0, 0);
            return true;
        }
        return false;
    }

    private boolean solveGotos(JumpLabel label) {
        List<JumpLabel> gotos = compilation.pendingGotos;
        boolean needsClose = false;
        int i = fs.block.firstGoto;
        while (i < gotos.size()) {
            JumpLabel pending = gotos.get(i);
            if (pending.label == label.label) {
                needsClose |= pending.needsClose;
                if (pending.variableCount < label.variableCount) {
                    LocalVariable variable = fs.variable(pending.variableCount).variable;
                    throw compilation.error("<goto " + pending.label.name() + "> at line " + pending.line
                            + " jumps into the scope of local '" + variable.name() + "'", compilation.lastLine);
                }
                fs.patchList(pending.pc, label.pc);
                gotos.remove(i);
            } else {
                i++;
            }
        }
        return needsClose;
    }

    /** The label if it is already declared and visible in the current function, else null. */
    JumpLabel findLabel(Label label) {
        List<JumpLabel> labels = compilation.labels;
        for (int i = fs.firstLabel; i < labels.size(); i++) {
            if (labels.get(i).label == label) return labels.get(i);
        }
        return null;
    }

    /** Records a jump (list) waiting for {@code label}. */
    void addPendingGoto(Label label, int line, int pc) {
        compilation.pendingGotos.add(new JumpLabel(label, line, pc, fs.activeCount));
    }
}
