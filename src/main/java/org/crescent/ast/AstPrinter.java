package org.crescent.ast;

import java.util.List;
import org.crescent.runtime.LuaString;

/**
 * Renders a syntax tree as compact, deterministic text, one statement per line, for tests
 * and debugging. Name references show how they were resolved: {@code x} a local,
 * {@code ^x#1} upvalue 1, {@code K:x} a compile-time constant, {@code G:x} a global (through
 * the chunk's {@code _ENV}; another {@code _ENV} is shown as {@code G[env]:x}). Operators are
 * prefix forms such as {@code (+ a b)}; calls are {@code (call f a b)}.
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {
    }

    /** The main function's body, one statement per line, nested blocks indented. */
    public static String print(Chunk chunk) {
        AstPrinter printer = new AstPrinter();
        printer.block(chunk.main().block(), 0);
        return printer.out.toString();
    }

    /** One expression on one line. */
    public static String print(Expression expression) {
        AstPrinter printer = new AstPrinter();
        printer.expression(expression);
        return printer.out.toString();
    }

    private void indent(int level) {
        for (int i = 0; i < level; i++) out.append("  ");
    }

    private void block(Block block, int level) {
        for (Statement statement : block.statements()) {
            indent(level);
            statement(statement, level);
            out.append('\n');
        }
    }

    private void nested(String head, Block block, int level) {
        out.append(head).append('\n');
        block(block, level + 1);
        indent(level);
    }

    private void statement(Statement statement, int level) {
        if (statement instanceof Statement.Local local) {
            out.append("local ");
            variables(local.variables());
            if (!local.values().isEmpty()) {
                out.append(" = ");
                expressions(local.values());
            }
        } else if (statement instanceof Statement.Assignment assignment) {
            expressions(assignment.targets());
            out.append(" = ");
            expressions(assignment.values());
        } else if (statement instanceof Statement.CallStatement call) {
            expression(call.call());
        } else if (statement instanceof Statement.Do doStatement) {
            nested("do", doStatement.body(), level);
            out.append("end");
        } else if (statement instanceof Statement.While loop) {
            out.append("while ");
            expression(loop.condition());
            nested(" do", loop.body(), level);
            out.append("end");
        } else if (statement instanceof Statement.Repeat loop) {
            nested("repeat", loop.body(), level);
            out.append("until ");
            expression(loop.condition());
        } else if (statement instanceof Statement.If ifStatement) {
            String keyword = "if ";
            for (Statement.IfClause clause : ifStatement.clauses()) {
                out.append(keyword);
                expression(clause.condition());
                nested(" then", clause.body(), level);
                keyword = "elseif ";
            }
            if (ifStatement.elseBody() != null) nested("else", ifStatement.elseBody(), level);
            out.append("end");
        } else if (statement instanceof Statement.NumericFor loop) {
            out.append("for ").append(loop.variable().name()).append(" = ");
            expression(loop.start());
            out.append(", ");
            expression(loop.limit());
            if (loop.step() != null) {
                out.append(", ");
                expression(loop.step());
            }
            nested(" do", loop.body(), level);
            out.append("end");
        } else if (statement instanceof Statement.GenericFor loop) {
            out.append("for ");
            variables(loop.variables());
            out.append(" in ");
            expressions(loop.values());
            nested(" do", loop.body(), level);
            out.append("end");
        } else if (statement instanceof Statement.FunctionStatement function) {
            out.append("function ");
            expression(function.target());
            function(function.body(), level);
        } else if (statement instanceof Statement.LocalFunction function) {
            out.append("local function ").append(function.variable().name());
            function(function.body(), level);
        } else if (statement instanceof Statement.Return returnStatement) {
            out.append(returnStatement.tailCall() ? "return tail " : "return ");
            expressions(returnStatement.values());
        } else if (statement instanceof Statement.Break breakStatement) {
            out.append("break");
        } else if (statement instanceof Statement.Goto gotoStatement) {
            out.append("goto ").append(gotoStatement.name()).append('@')
                    .append(gotoStatement.target() == null ? "?" : String.valueOf(gotoStatement.target().line()));
        } else if (statement instanceof Statement.LabelStatement label) {
            out.append("::").append(label.label().name()).append("::");
        }
    }

    private void variables(List<LocalVariable> variables) {
        for (int i = 0; i < variables.size(); i++) {
            if (i > 0) out.append(", ");
            LocalVariable variable = variables.get(i);
            out.append(variable.name());
            if (variable.attribute() != LocalVariable.Attribute.REGULAR) {
                out.append('<').append(variable.attribute().name().toLowerCase()).append('>');
            }
            if (variable.isCaptured()) out.append('*');
        }
    }

    private void function(FunctionBody body, int level) {
        out.append('(');
        for (int i = 0; i < body.parameters().size(); i++) {
            if (i > 0) out.append(", ");
            out.append(body.parameters().get(i).name());
            if (body.parameters().get(i).isCaptured()) out.append('*');
        }
        if (body.isVararg()) out.append(body.parameters().isEmpty() ? "..." : ", ...");
        out.append(')');
        if (!body.upvalues().isEmpty()) {
            out.append(" [");
            for (int i = 0; i < body.upvalues().size(); i++) {
                Upvalue upvalue = body.upvalues().get(i);
                if (i > 0) out.append(' ');
                out.append(upvalue.name()).append(upvalue.inParentLocals() ? ":local" : ":up" + upvalue.parentIndex());
            }
            out.append(']');
        }
        out.append('\n');
        block(body.block(), level + 1);
        indent(level);
        out.append("end");
    }

    private void expressions(List<? extends Expression> expressions) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) out.append(", ");
            expression(expressions.get(i));
        }
    }

    private void expression(Expression expression) {
        if (expression instanceof Expression.NilLiteral) {
            out.append("nil");
        } else if (expression instanceof Expression.TrueLiteral) {
            out.append("true");
        } else if (expression instanceof Expression.FalseLiteral) {
            out.append("false");
        } else if (expression instanceof Expression.Vararg) {
            out.append("...");
        } else if (expression instanceof Expression.IntegerLiteral integer) {
            out.append(integer.value());
        } else if (expression instanceof Expression.FloatLiteral number) {
            out.append(number.value()).append('f');
        } else if (expression instanceof Expression.StringLiteral string) {
            quote(string.value());
        } else if (expression instanceof Expression.FunctionLiteral function) {
            out.append("function");
            function(function.body(), 0);
        } else if (expression instanceof Expression.TableConstructor table) {
            out.append('{');
            for (int i = 0; i < table.items().size(); i++) {
                if (i > 0) out.append(", ");
                TableItem item = table.items().get(i);
                if (item instanceof TableItem.Keyed keyed) {
                    out.append('[');
                    expression(keyed.key());
                    out.append("]=");
                }
                expression(item.value());
            }
            out.append('}');
        } else if (expression instanceof Expression.Binary binary) {
            out.append('(').append(binary.operator().symbol()).append(' ');
            expression(binary.left());
            out.append(' ');
            expression(binary.right());
            out.append(')');
        } else if (expression instanceof Expression.Unary unary) {
            out.append('(').append(unary.operator().symbol()).append(' ');
            expression(unary.operand());
            out.append(')');
        } else if (expression instanceof Expression.Parenthesized parenthesized) {
            out.append("(paren ");
            expression(parenthesized.inner());
            out.append(')');
        } else if (expression instanceof Expression.LocalReference local) {
            out.append(local.variable().name());
        } else if (expression instanceof Expression.UpvalueReference upvalue) {
            out.append('^').append(upvalue.variable().name()).append('#').append(upvalue.index());
        } else if (expression instanceof Expression.ConstantReference constant) {
            out.append("K:").append(constant.variable().name());
        } else if (expression instanceof Expression.GlobalReference global) {
            boolean chunkEnvironment = global.environment() instanceof Expression.UpvalueReference upvalue
                    && upvalue.variable().function() == null;
            out.append(chunkEnvironment ? "G:" : "G[" + print(global.environment()) + "]:").append(global.name());
        } else if (expression instanceof Expression.Index index) {
            out.append("(index ");
            expression(index.table());
            out.append(' ');
            expression(index.key());
            out.append(')');
        } else if (expression instanceof Expression.Call call) {
            out.append("(call ");
            expression(call.function());
            arguments(call.arguments());
        } else if (expression instanceof Expression.MethodCall call) {
            out.append("(method ");
            expression(call.receiver());
            out.append(' ').append(call.name());
            arguments(call.arguments());
        }
    }

    private void arguments(List<Expression> arguments) {
        for (Expression argument : arguments) {
            out.append(' ');
            expression(argument);
        }
        out.append(')');
    }

    private void quote(LuaString value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            int c = value.byteAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append('\\').append(c);
            }
        }
        out.append('"');
    }
}
