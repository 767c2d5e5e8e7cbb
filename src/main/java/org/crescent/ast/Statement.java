package org.crescent.ast;

import java.util.List;
import java.util.Objects;
import org.crescent.runtime.LuaString;

/**
 * A Lua statement. {@code line} is the line of the statement's first token unless a record
 * says otherwise. Empty statements ({@code ;}) are dropped by the parser. Lists held by nodes
 * are unmodifiable.
 */
public sealed interface Statement extends Node {

    /**
     * The line of the statement's last token: the {@code end} of a compound statement, the end
     * of the last expression otherwise (for {@code return}, not counting a trailing
     * {@code ;}, as C Lua emits the return before reading it).
     */
    default int endLine() {
        return line();
    }

    /**
     * {@code local names [= values]}. Each variable carries its attribute; the variables come
     * into scope after the values are evaluated. When the last variable is a compile-time
     * constant ({@link LocalVariable#isCompileTimeConstant()}) it occupies no register and
     * its value expression need not be evaluated (it has no side effects).
     */
    record Local(int line, List<LocalVariable> variables, List<Expression> values)
            implements Statement {
        @Override
        public int endLine() {
            return values.isEmpty() ? variables.get(variables.size() - 1).line()
                    : values.get(values.size() - 1).endLine();
        }
    }

    /** {@code targets = values} (a multiple assignment when there are several targets). */
    record Assignment(int line, List<Expression.Assignable> targets, List<Expression> values)
            implements Statement {
        @Override
        public int endLine() {
            return values.get(values.size() - 1).endLine();
        }
    }

    /** A call used as a statement; its results are discarded. */
    record CallStatement(int line, Expression.Invocation call) implements Statement {
        @Override
        public int endLine() {
            return call.endLine();
        }
    }

    /** {@code do body end}; {@code endLine} is the line of {@code end}. */
    record Do(int line, Block body, int endLine) implements Statement {
        /** A block on one line. */
        public Do(int line, Block body) {
            this(line, body, line);
        }
    }

    /**
     * {@code while condition do body end}; a {@code break} in the body targets breakLabel.
     * {@code endLine} is the line of {@code end}.
     */
    record While(int line, Expression condition, Block body, Label breakLabel, int endLine)
            implements Statement {
        /** A loop on one line. */
        public While(int line, Expression condition, Block body, Label breakLabel) {
            this(line, condition, body, breakLabel, line);
        }
    }

    /**
     * {@code repeat body until condition}; the condition is inside the body's scope (it sees
     * the body's locals). A {@code break} in the body targets breakLabel.
     */
    record Repeat(int line, Block body, Expression condition, Label breakLabel)
            implements Statement {
        @Override
        public int endLine() {
            return condition.endLine();
        }
    }

    /**
     * One {@code if}/{@code elseif} arm; {@code line} is the line of the keyword,
     * {@code thenLine} that of {@code then} (C Lua emits the condition's test there).
     */
    record IfClause(int line, Expression condition, Block body, int thenLine) {
        /** An arm whose {@code then} is on the keyword's line. */
        public IfClause(int line, Expression condition, Block body) {
            this(line, condition, body, line);
        }
    }

    /**
     * {@code if c1 then b1 elseif c2 then b2 ... [else elseBody] end}; elseBody may be null.
     * {@code endLine} is the line of {@code end}.
     */
    record If(int line, List<IfClause> clauses, Block elseBody, int endLine) implements Statement {
        /** A conditional on one line. */
        public If(int line, List<IfClause> clauses, Block elseBody) {
            this(line, clauses, elseBody, line);
        }
    }

    /**
     * {@code for variable = start, limit [, step] do body end}; step is null when omitted.
     * {@code stateVariables} are the three hidden locals C Lua declares first (each named
     * {@code (for state)}); they and {@code variable} count towards the local limit and are in
     * scope in the body, but are not listed in {@code body.variables()}. {@code line} is the
     * line of {@code for} (C Lua's line for the loop instruction at the end); {@code doLine}
     * is the line of {@code do} (where C Lua emits the loop preparation, whose errors such as
     * "'for' initial value must be a number" carry that line); {@code endLine} the line of
     * {@code end}.
     */
    record NumericFor(int line, List<LocalVariable> stateVariables, LocalVariable variable,
                      Expression start, Expression limit, Expression step, Block body,
                      Label breakLabel, int doLine, int endLine) implements Statement {
        /** A loop on one line. */
        public NumericFor(int line, List<LocalVariable> stateVariables, LocalVariable variable,
                          Expression start, Expression limit, Expression step, Block body,
                          Label breakLabel) {
            this(line, stateVariables, variable, start, limit, step, body, breakLabel, line, line);
        }
    }

    /**
     * {@code for variables in values do body end}. {@code stateVariables} are the four hidden
     * locals C Lua declares (each named {@code (for state)}). {@code line} is the line of
     * {@code for}; {@code valuesLine} is the line of the first token after {@code in}, which
     * C Lua attributes to the iterator call and the loop instruction; {@code doLine} is the
     * line of {@code do} (where C Lua emits the loop preparation); {@code endLine} the line of
     * {@code end}.
     */
    record GenericFor(int line, int valuesLine, List<LocalVariable> stateVariables,
                      List<LocalVariable> variables, List<Expression> values, Block body,
                      Label breakLabel, int doLine, int endLine) implements Statement {
        /** A loop on one line. */
        public GenericFor(int line, int valuesLine, List<LocalVariable> stateVariables,
                          List<LocalVariable> variables, List<Expression> values, Block body,
                          Label breakLabel) {
            this(line, valuesLine, stateVariables, variables, values, body, breakLabel, valuesLine, valuesLine);
        }
    }

    /**
     * {@code function a.b.c:m (...) ... end} or {@code function f (...) ... end}: assigns the
     * function to {@code target} (a name reference, or an {@link Expression.Index} chain whose
     * last key is the last name; for the {@code :m} form, {@code body.isMethod()} is true).
     * {@code line} is the line of {@code function}, where C Lua places the store.
     */
    record FunctionStatement(int line, Expression.Assignable target, FunctionBody body)
            implements Statement {
        @Override
        public int endLine() {
            return body.lastLine();
        }
    }

    /**
     * {@code local function name (...) ... end}: the variable is in scope inside the body
     * (so the function can call itself through it).
     */
    record LocalFunction(int line, LocalVariable variable, FunctionBody body) implements Statement {
        @Override
        public int endLine() {
            return body.lastLine();
        }
    }

    /**
     * {@code return values}. {@code tailCall} is true when the single value is a call not in
     * parentheses (C Lua then emits a tail call).
     */
    record Return(int line, List<Expression> values, boolean tailCall) implements Statement {
        @Override
        public int endLine() {
            return values.isEmpty() ? line : values.get(values.size() - 1).endLine();
        }
    }

    /** {@code break}: jumps to {@code target}, the break label of the innermost loop. */
    record Break(int line, Label target) implements Statement {
    }

    /** {@code ::name::}: declares {@code label} at this point of its block. */
    record LabelStatement(int line, Label label) implements Statement {
    }

    /**
     * {@code goto name}. The target is resolved by the parser when the label is found, which
     * for a forward jump is after this node is created; once parsing succeeded every goto has
     * a target. Invariant: {@code target}, once set, never changes.
     */
    final class Goto implements Statement {
        private final int line;
        private final LuaString name;
        private Label target;

        public Goto(int line, LuaString name) {
            this.line = line;
            this.name = Objects.requireNonNull(name);
        }

        @Override
        public int line() {
            return line;
        }

        /** The label name written after {@code goto}. */
        public LuaString name() {
            return name;
        }

        /** The label this goto jumps to. */
        public Label target() {
            return target;
        }

        /** Called once by the parser when the target label is known. */
        public void resolve(Label label) {
            if (target != null) throw new IllegalStateException("goto already resolved");
            target = Objects.requireNonNull(label);
        }

        @Override
        public String toString() {
            return "Goto[line=" + line + ", name=" + name + "]";
        }
    }
}
