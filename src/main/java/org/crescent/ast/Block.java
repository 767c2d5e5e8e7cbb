package org.crescent.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A block: a sequence of statements forming one scope. {@code variables} lists, in
 * declaration order, the locals declared directly by its statements ({@code local},
 * {@code local function}); parameters and {@code for} variables belong to their function or
 * loop statement instead, which puts them in scope around the block.
 *
 * <p>Invariant: the parser creates the block on entry (so that labels can refer to it) and
 * only appends to it; after parsing it is not modified. The lists returned are unmodifiable
 * views.
 */
public final class Block {
    private final int line;
    private final List<Statement> statements = new ArrayList<>();
    private final List<LocalVariable> variables = new ArrayList<>();
    private final List<Statement> statementsView = Collections.unmodifiableList(statements);
    private final List<LocalVariable> variablesView = Collections.unmodifiableList(variables);
    private int endLine;

    /** @param line the line of the block's first token */
    public Block(int line) {
        this.line = line;
    }

    public int line() {
        return line;
    }

    /**
     * The line of the block's last token (C Lua's {@code lastline} when the block's statement
     * list ends, where it emits what closes the block: the jump over an {@code else}, the jump
     * back of a {@code while}, a {@code close}, the final return of the main chunk). For an
     * empty block, the line of the token before it. 0 until the parser has finished the block.
     */
    public int endLine() {
        return endLine;
    }

    /** Called by the parser when the block's statement list ends. */
    public void setEndLine(int endLine) {
        this.endLine = endLine;
    }

    public List<Statement> statements() {
        return statementsView;
    }

    public List<LocalVariable> variables() {
        return variablesView;
    }

    public void addStatement(Statement statement) {
        statements.add(statement);
    }

    public void addVariable(LocalVariable variable) {
        variables.add(variable);
    }

    /** True if leaving the block must close upvalues (a local of it is captured). */
    public boolean hasCapturedVariable() {
        for (LocalVariable variable : variables) {
            if (variable.isCaptured()) return true;
        }
        return false;
    }

    /** True if the block declares a {@code <close>} variable. */
    public boolean hasToBeClosedVariable() {
        for (LocalVariable variable : variables) {
            if (variable.attribute() == LocalVariable.Attribute.CLOSE) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "Block[line=" + line + ", " + statements.size() + " statements]";
    }
}
