package org.crescent.compiler;

import java.util.List;
import org.crescent.ast.Block;
import org.crescent.ast.Expression;
import org.crescent.ast.Statement;
import org.crescent.ast.TableItem;

/**
 * The line of the last token of a construct, which C Lua uses as the line of code emitted
 * right after the construct was parsed. The syntax tree does not keep every token's line
 * (closing parentheses, {@code end} of loops and conditionals), so some of these are
 * estimates; they are exact for constructs that end on the line of their last sub-part.
 * Kept in one place so that exact lines can replace the estimates when the tree has them.
 */
final class EndLines {
    private EndLines() {}

    static int of(Expression e) {
        if (e instanceof Expression.Binary binary) return of(binary.right());
        if (e instanceof Expression.Unary unary) return of(unary.operand());
        if (e instanceof Expression.Parenthesized parenthesized) return Math.max(parenthesized.line(), of(parenthesized.inner()));
        if (e instanceof Expression.FunctionLiteral function) return function.body().lastLine();
        if (e instanceof Expression.TableConstructor table) return table.closeLine();
        if (e instanceof Expression.Call call) return argumentsEnd(call.arguments(), of(call.function()));
        if (e instanceof Expression.MethodCall call) return argumentsEnd(call.arguments(), of(call.receiver()));
        return e.line();
    }

    private static int argumentsEnd(List<Expression> arguments, int before) {
        return arguments.isEmpty() ? before : Math.max(before, of(arguments.get(arguments.size() - 1)));
    }

    /** Line of the last token of a table item. */
    static int of(TableItem item) {
        return of(item.value());
    }

    /**
     * Line of the last token of {@code block}; {@code before} is the line of the token in
     * front of the block, used when the block is empty.
     */
    static int of(Block block, int before) {
        List<Statement> statements = block.statements();
        if (statements.isEmpty()) return before;
        return of(statements.get(statements.size() - 1));
    }

    static int of(Statement s) {
        if (s instanceof Statement.Local local) {
            if (!local.values().isEmpty()) return of(local.values().get(local.values().size() - 1));
            return local.variables().get(local.variables().size() - 1).line();
        }
        if (s instanceof Statement.Assignment assignment) {
            return of(assignment.values().get(assignment.values().size() - 1));
        }
        if (s instanceof Statement.CallStatement call) return of(call.call());
        if (s instanceof Statement.FunctionStatement function) return function.body().lastLine();
        if (s instanceof Statement.LocalFunction function) return function.body().lastLine();
        if (s instanceof Statement.Return ret) {
            return ret.values().isEmpty() ? ret.line() : of(ret.values().get(ret.values().size() - 1));
        }
        if (s instanceof Statement.Repeat repeat) return of(repeat.condition());
        if (s instanceof Statement.Do d) return closingEnd(d.line(), of(d.body(), d.line()));
        if (s instanceof Statement.While w) return closingEnd(w.line(), of(w.body(), of(w.condition())));
        if (s instanceof Statement.NumericFor f) return closingEnd(f.line(), of(f.body(), f.line()));
        if (s instanceof Statement.GenericFor f) return closingEnd(f.line(), of(f.body(), f.line()));
        if (s instanceof Statement.If i) {
            Block last = i.elseBody() != null ? i.elseBody() : i.clauses().get(i.clauses().size() - 1).body();
            return closingEnd(i.line(), of(last, i.line()));
        }
        return s.line();
    }

    /**
     * Estimated line of the {@code end} closing a statement that starts on {@code start} and
     * whose last inner token is on {@code inner}: a statement written on one line ends there,
     * otherwise {@code end} is taken to stand on the line after its body.
     */
    static int closingEnd(int start, int inner) {
        return inner > start ? inner + 1 : start;
    }
}
