package org.crescent.parser;

import java.util.ArrayList;
import java.util.List;
import org.crescent.ast.Block;
import org.crescent.ast.Chunk;
import org.crescent.ast.Expression;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.LocalVariable;
import org.crescent.ast.Statement;
import org.crescent.ast.TableItem;
import org.crescent.ast.Upvalue;

/**
 * What luac5.4 -l -l shows of a prototype that the parser alone determines: lines, parameter
 * count, vararg flag, local variable names in debug-information order, upvalues. Built either
 * from a parsed chunk (prototypes in pre-order, as luac lists them) or from luac's listing.
 */
record FunctionShape(int line, int lastLine, int parameterCount, boolean isVararg,
                     List<String> locals, List<String> upvalues) {

    /** An upvalue as text: name, whether it is in the parent's stack, parent index (-1 if so). */
    static String upvalue(String name, boolean inStack, int parentIndex) {
        return name + (inStack ? " local" : " up" + parentIndex);
    }

    static List<FunctionShape> of(Chunk chunk) {
        List<FunctionShape> shapes = new ArrayList<>();
        new Walker(shapes).function(chunk.main());
        return shapes;
    }

    /** Visits a chunk in source order, collecting each function's shape in pre-order. */
    private static final class Walker {
        private final List<FunctionShape> shapes;
        private List<String> locals;

        Walker(List<FunctionShape> shapes) {
            this.shapes = shapes;
        }

        void function(FunctionBody body) {
            List<String> saved = locals;
            locals = new ArrayList<>();
            List<String> upvalues = new ArrayList<>();
            for (Upvalue upvalue : body.upvalues()) {
                upvalues.add(upvalue(upvalue.name().toString(), upvalue.inParentLocals(), upvalue.parentIndex()));
            }
            FunctionShape shape = new FunctionShape(body.line(), body.lastLine(), body.parameters().size(),
                    body.isVararg(), locals, upvalues);
            shapes.add(shape);
            for (LocalVariable parameter : body.parameters()) declare(parameter);
            block(body.block());
            locals = saved;
        }

        private void declare(LocalVariable variable) {
            if (!variable.isCompileTimeConstant()) locals.add(variable.name().toString());
        }

        private void block(Block block) {
            for (Statement statement : block.statements()) statement(statement);
        }

        private void statement(Statement statement) {
            if (statement instanceof Statement.Local local) {
                expressions(local.values());
                local.variables().forEach(this::declare);
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
                loop.stateVariables().forEach(this::declare);
                declare(loop.variable());
                block(loop.body());
            } else if (statement instanceof Statement.GenericFor loop) {
                expressions(loop.values());
                loop.stateVariables().forEach(this::declare);
                loop.variables().forEach(this::declare);
                block(loop.body());
            } else if (statement instanceof Statement.FunctionStatement function) {
                expression(function.target());
                function(function.body());
            } else if (statement instanceof Statement.LocalFunction function) {
                declare(function.variable());
                function(function.body());
            } else if (statement instanceof Statement.Return returnStatement) {
                expressions(returnStatement.values());
            }
        }

        private void expressions(List<? extends Expression> expressions) {
            for (Expression expression : expressions) expression(expression);
        }

        private void expression(Expression expression) {
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
            }
        }
    }
}
