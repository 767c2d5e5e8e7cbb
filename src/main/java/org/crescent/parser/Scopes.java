package org.crescent.parser;

import java.util.ArrayList;
import java.util.List;
import org.crescent.ast.Block;
import org.crescent.ast.Expression;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.Label;
import org.crescent.ast.LocalVariable;
import org.crescent.ast.Statement;
import org.crescent.ast.Upvalue;
import org.crescent.lexer.Lexer;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.runtime.LuaString;

/**
 * The parser's scope bookkeeping, as C Lua's FuncState/BlockCnt/Dyndata: which locals are
 * declared and active in each open function, name resolution into locals, upvalues,
 * compile-time constants and globals, and the matching of gotos and breaks with labels, with
 * C Lua's limits and error messages.
 *
 * <p>Invariant: {@code function} is the innermost open function; in each function the active
 * variables are {@code variables[0, activeCount)} and the rest of {@code variables} are
 * declared but not yet in scope (a {@code local} statement's names while its values are
 * parsed).
 */
final class Scopes {
    /** C Lua's MAXVARS: locals (active or being declared) per function. */
    static final int MAX_VARIABLES = 200;
    /** C Lua's MAXUPVAL. */
    static final int MAX_UPVALUES = 255;

    static final LuaString ENVIRONMENT = LuaString.of("_ENV");
    private static final LuaString BREAK = LuaString.of("break");

    /** A label in scope: its symbol and the number of active locals where it stands. */
    private record ActiveLabel(Label label, int level) {
    }

    /** A goto (node non-null) or a loop-less break (node null) waiting for its label. */
    private static final class PendingJump {
        final LuaString name;
        final int line;
        final Statement.Goto node;
        int level;

        PendingJump(LuaString name, int line, Statement.Goto node, int level) {
            this.name = name;
            this.line = line;
            this.node = node;
            this.level = level;
        }
    }

    /** An open block (C's BlockCnt); {@code block} is null for a loop's own scope. */
    private static final class BlockState {
        final BlockState previous;
        final Block block;
        final int activeAtEntry;
        final int firstLabel;
        final int firstJump;
        final Label breakLabel;
        boolean insideToBeClosed;

        BlockState(BlockState previous, Block block, int activeAtEntry, int firstLabel, int firstJump,
                   Label breakLabel) {
            this.previous = previous;
            this.block = block;
            this.activeAtEntry = activeAtEntry;
            this.firstLabel = firstLabel;
            this.firstJump = firstJump;
            this.breakLabel = breakLabel;
            this.insideToBeClosed = previous != null && previous.insideToBeClosed;
        }
    }

    /** An open function (C's FuncState). */
    private static final class FunctionState {
        final FunctionState parent;
        final FunctionBody body;
        final List<LocalVariable> variables = new ArrayList<>();
        final List<ActiveLabel> labels = new ArrayList<>();
        final List<PendingJump> pendingJumps = new ArrayList<>();
        int activeCount;
        BlockState block;

        FunctionState(FunctionState parent, FunctionBody body) {
            this.parent = parent;
            this.body = body;
        }
    }

    private final Lexer lexer;
    private FunctionState function;

    Scopes(Lexer lexer) {
        this.lexer = lexer;
    }

    // ---- functions and blocks --------------------------------------------------------

    /** Opens {@code body} with {@code block} as its outermost block. */
    void openFunction(FunctionBody body, Block block) {
        function = new FunctionState(function, body);
        enterBlock(block, null);
    }

    /** Closes the innermost function; reports its first goto left without a label. */
    void closeFunction() {
        leaveBlock();
        function = function.parent;
    }

    FunctionBody currentFunction() {
        return function.body;
    }

    /** Opens a block; {@code breakLabel} is non-null for a loop's scope. */
    void enterBlock(Block block, Label breakLabel) {
        FunctionState f = function;
        f.block = new BlockState(f.block, block, f.activeCount, f.labels.size(), f.pendingJumps.size(),
                breakLabel);
    }

    /** Closes the innermost block: its locals and labels go out of scope. */
    void leaveBlock() {
        FunctionState f = function;
        BlockState b = f.block;
        f.variables.subList(b.activeAtEntry, f.variables.size()).clear();
        f.activeCount = b.activeAtEntry;
        f.labels.subList(b.firstLabel, f.labels.size()).clear();
        f.block = b.previous;
        if (b.previous != null) {
            for (int i = b.firstJump; i < f.pendingJumps.size(); i++) {
                PendingJump jump = f.pendingJumps.get(i);
                jump.level = Math.min(jump.level, b.activeAtEntry);
            }
        } else if (b.firstJump < f.pendingJumps.size()) {
            throw undefinedJump(f.pendingJumps.get(b.firstJump));
        }
    }

    private LuaSyntaxError undefinedJump(PendingJump jump) {
        if (jump.node == null) {
            return lexer.semanticError(LuaString.of("break outside loop at line " + jump.line));
        }
        return lexer.semanticError(message("no visible label '", jump.name, "' for <goto> at line " + jump.line));
    }

    /** The innermost open Block of the AST (not a loop's own scope). */
    Block currentBlock() {
        for (BlockState b = function.block; b != null; b = b.previous) {
            if (b.block != null) return b.block;
        }
        throw new IllegalStateException("no open block");
    }

    /** Marks the innermost block as holding a to-be-closed variable (no tail calls inside). */
    void markToBeClosed() {
        function.block.insideToBeClosed = true;
    }

    boolean insideToBeClosed() {
        return function.block.insideToBeClosed;
    }

    // ---- variables -------------------------------------------------------------------

    /** Fails like C Lua's {@code new_localvar} if one more local would exceed the limit. */
    void checkVariableLimit() {
        if (function.variables.size() + 1 > MAX_VARIABLES) throw limitError(function, MAX_VARIABLES, "local variables");
    }

    /** Declares a local of the current function; it is not in scope until activated. */
    LocalVariable declare(LuaString name, LocalVariable.Attribute attribute, int line) {
        checkVariableLimit();
        LocalVariable variable = new LocalVariable(name, attribute, function.body, line);
        function.variables.add(variable);
        return variable;
    }

    /** Brings the next {@code count} declared locals into scope ({@code adjustlocalvars}). */
    void activate(int count) {
        function.activeCount += count;
    }

    /** C Lua's {@code errorlimit}: names the function whose limit {@code f} exceeded. */
    private LuaSyntaxError limitError(FunctionState f, int limit, String what) {
        int line = f.body.line();
        String where = f.body.isMain() ? "main function" : "function at line " + line;
        return lexer.syntaxError("too many " + what + " (limit is " + limit + ") in " + where);
    }

    /**
     * Resolves a name at the current point: a local, upvalue or constant reference, or a
     * global (through the {@code _ENV} in scope).
     */
    Expression resolveName(LuaString name, int line) {
        Expression found = resolve(function, name, line, true);
        if (found != null) return found;
        Expression environment = resolve(function, ENVIRONMENT, line, true);
        return new Expression.GlobalReference(line, name, environment);
    }

    /**
     * C Lua's {@code singlevaraux}: looks in {@code f}'s active locals, then its upvalues,
     * then in the enclosing functions, adding the upvalue to every function in between.
     * {@code base} is false when {@code f} is an enclosing function of the reference (a local
     * found there becomes captured). Returns null for a global.
     */
    private Expression resolve(FunctionState f, LuaString name, int line, boolean base) {
        if (f == null) return null;
        for (int i = f.activeCount - 1; i >= 0; i--) {
            LocalVariable variable = f.variables.get(i);
            if (variable.name().equals(name)) {
                if (variable.isCompileTimeConstant()) return new Expression.ConstantReference(line, variable);
                if (!base) variable.markCaptured();
                return new Expression.LocalReference(line, variable);
            }
        }
        int index = f.body.upvalueIndex(name);
        if (index < 0) {
            Expression outer = resolve(f.parent, name, line, false);
            Upvalue upvalue;
            if (outer instanceof Expression.LocalReference local) {
                upvalue = new Upvalue(name, local.variable(), true, -1);
            } else if (outer instanceof Expression.UpvalueReference enclosing) {
                upvalue = new Upvalue(name, enclosing.variable(), false, enclosing.index());
            } else {
                return outer;
            }
            if (f.body.upvalues().size() + 1 > MAX_UPVALUES) throw limitError(f, MAX_UPVALUES, "upvalues");
            index = f.body.addUpvalue(upvalue);
        }
        return new Expression.UpvalueReference(line, f.body.upvalues().get(index).variable(), index);
    }

    // ---- labels, gotos and breaks ----------------------------------------------------

    /** A break label for a loop about to open, belonging to the block holding the loop. */
    Label newBreakLabel() {
        return new Label(BREAK, 0, currentBlock(), false);
    }

    /**
     * The target of a {@code break} at {@code line}: the innermost loop's break label. Without
     * an enclosing loop in this function, the break waits (as C Lua's pending "goto break")
     * and fails when the function closes; null is returned.
     */
    Label breakTarget(int line) {
        for (BlockState b = function.block; b != null; b = b.previous) {
            if (b.breakLabel != null) return b.breakLabel;
        }
        function.pendingJumps.add(new PendingJump(BREAK, line, null, function.activeCount));
        return null;
    }

    /** Registers {@code node}: resolved now if its label is visible (a backward jump). */
    void addGoto(Statement.Goto node) {
        ActiveLabel label = findLabel(node.name());
        if (label != null) {
            node.resolve(label.label());
        } else {
            function.pendingJumps.add(new PendingJump(node.name(), node.line(), node, function.activeCount));
        }
    }

    private ActiveLabel findLabel(LuaString name) {
        for (ActiveLabel label : function.labels) {
            if (label.label().name().equals(name)) return label;
        }
        return null;
    }

    /**
     * Declares label {@code name} at {@code line} in the current block and resolves the
     * pending gotos of this block to it ({@code checkrepeated} + {@code createlabel}).
     */
    Label createLabel(LuaString name, int line, boolean lastInBlock) {
        ActiveLabel existing = findLabel(name);
        if (existing != null) {
            throw lexer.semanticError(message("label '", name, "' already defined on line " + existing.label().line()));
        }
        FunctionState f = function;
        Label label = new Label(name, line, currentBlock(), lastInBlock);
        int level = lastInBlock ? f.block.activeAtEntry : f.activeCount;
        f.labels.add(new ActiveLabel(label, level));
        List<PendingJump> pending = f.pendingJumps;
        for (int i = f.block.firstJump; i < pending.size(); ) {
            PendingJump jump = pending.get(i);
            if (jump.node != null && jump.name.equals(name)) {
                if (jump.level < level) {
                    LuaString local = f.variables.get(jump.level).name();
                    throw lexer.semanticError(message("<goto " , name, "> at line " + jump.line
                            + " jumps into the scope of local '", local, "'"));
                }
                jump.node.resolve(label);
                pending.remove(i);
            } else {
                i++;
            }
        }
        return label;
    }

    /** Concatenates message pieces: Strings (ASCII) and LuaStrings (bytes). */
    static LuaString message(Object... parts) {
        LuaString result = LuaString.EMPTY;
        for (Object part : parts) {
            result = result.concat(part instanceof LuaString s ? s : LuaString.of(part.toString()));
        }
        return result;
    }
}
