package org.crescent.parser;

import java.util.ArrayList;
import java.util.List;
import org.crescent.ast.Block;
import org.crescent.ast.Chunk;
import org.crescent.ast.Expression;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.Node;
import org.crescent.ast.Statement;
import org.crescent.ast.TableItem;

/** Test helper: every statement and expression of a chunk, in source (pre-)order. */
final class Nodes {
    private final List<Node> nodes = new ArrayList<>();

    private Nodes() {
    }

    static List<Node> of(Chunk chunk) {
        Nodes collector = new Nodes();
        collector.block(chunk.main().block());
        return collector.nodes;
    }

    /** The only node of the given class, failing if there is not exactly one. */
    static <T extends Node> T single(Chunk chunk, Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (Node node : of(chunk)) {
            if (kind.isInstance(node)) found.add(kind.cast(node));
        }
        if (found.size() != 1) throw new AssertionError("expected one " + kind.getSimpleName() + ", found " + found);
        return found.get(0);
    }

    private void function(FunctionBody body) {
        block(body.block());
    }

    private void block(Block block) {
        for (Statement statement : block.statements()) statement(statement);
    }

    private void statement(Statement statement) {
        nodes.add(statement);
        if (statement instanceof Statement.Local local) {
            expressions(local.values());
        } else if (statement instanceof Statement.Assignment assignment) {
            expressions(assignment.targets());
            expressions(assignment.values());
        } else if (statement instanceof Statement.CallStatement call) {
            expression(call.call());
        } else if (statement instanceof Statement.Do doStatement) {
            block(doStatement.body());
        } else if (statement instanceof Statement.While loop) {
            expression(loop.condition());
            block(loop.body());
        } else if (statement instanceof Statement.Repeat loop) {
            block(loop.body());
            expression(loop.condition());
        } else if (statement instanceof Statement.If ifStatement) {
            for (Statement.IfClause clause : ifStatement.clauses()) {
                expression(clause.condition());
                block(clause.body());
            }
            if (ifStatement.elseBody() != null) block(ifStatement.elseBody());
        } else if (statement instanceof Statement.NumericFor loop) {
            expression(loop.start());
            expression(loop.limit());
            if (loop.step() != null) expression(loop.step());
            block(loop.body());
        } else if (statement instanceof Statement.GenericFor loop) {
            expressions(loop.values());
            block(loop.body());
        } else if (statement instanceof Statement.FunctionStatement function) {
            expression(function.target());
            function(function.body());
        } else if (statement instanceof Statement.LocalFunction function) {
            function(function.body());
        } else if (statement instanceof Statement.Return returnStatement) {
            expressions(returnStatement.values());
        }
    }

    private void expressions(List<? extends Expression> expressions) {
        for (Expression expression : expressions) expression(expression);
    }

    private void expression(Expression expression) {
        nodes.add(expression);
        if (expression instanceof Expression.FunctionLiteral function) {
            function(function.body());
        } else if (expression instanceof Expression.TableConstructor table) {
            for (TableItem item : table.items()) {
                if (item instanceof TableItem.Keyed keyed) expression(keyed.key());
                expression(item.value());
            }
        } else if (expression instanceof Expression.Binary binary) {
            expression(binary.left());
            expression(binary.right());
        } else if (expression instanceof Expression.Unary unary) {
            expression(unary.operand());
        } else if (expression instanceof Expression.Parenthesized parenthesized) {
            expression(parenthesized.inner());
        } else if (expression instanceof Expression.Index index) {
            expression(index.table());
            expression(index.key());
        } else if (expression instanceof Expression.Call call) {
            expression(call.function());
            expressions(call.arguments());
        } else if (expression instanceof Expression.MethodCall call) {
            expression(call.receiver());
            expressions(call.arguments());
        } else if (expression instanceof Expression.GlobalReference global) {
            expression(global.environment());
        }
    }
}
