package org.crescent.ast;

import java.util.List;
import org.crescent.runtime.LuaString;

/**
 * A Lua expression. Names are already resolved by the parser: a name is a
 * {@link LocalReference}, an {@link UpvalueReference}, a {@link ConstantReference} (a
 * compile-time constant local) or a {@link GlobalReference} ({@code _ENV.name}). String call
 * and table call sugar ({@code f"x"}, {@code f{...}}) are ordinary {@link Call}s. Lists held by
 * nodes are unmodifiable.
 */
public sealed interface Expression extends Node {

    /**
     * True when the expression can produce several values (a call or {@code ...}); where it is
     * not the last of an expression list, or is parenthesised, it is truncated to one value.
     */
    default boolean isMultiValue() {
        return false;
    }

    /**
     * The line of the expression's last token: C Lua's {@code lastline} right after the
     * expression was parsed, which is the line C Lua gives to instructions it emits at that
     * point (for example, loading the right operand of a comparison, or storing the last value
     * of an assignment). Equal to {@link #line()} for single-token expressions.
     */
    default int endLine() {
        return line();
    }

    /** An expression that can be the target of an assignment. */
    sealed interface Assignable extends Expression
            permits LocalReference, UpvalueReference, GlobalReference, Index {
    }

    /** A function call of either form; it yields all the callee's results. */
    sealed interface Invocation extends Expression permits Call, MethodCall {
        /** The arguments in source order; the last one may be multi-valued. */
        List<Expression> arguments();

        @Override
        default boolean isMultiValue() {
            return true;
        }
    }

    /** The literal {@code nil}. */
    record NilLiteral(int line) implements Expression {
    }

    /** The literal {@code true}. */
    record TrueLiteral(int line) implements Expression {
    }

    /** The literal {@code false}. */
    record FalseLiteral(int line) implements Expression {
    }

    /** {@code ...} inside a vararg function (the parser rejects it elsewhere). */
    record Vararg(int line) implements Expression {
        @Override
        public boolean isMultiValue() {
            return true;
        }
    }

    /** An integer numeral, already converted (hexadecimal numerals wrap modulo 2^64). */
    record IntegerLiteral(int line, long value) implements Expression {
    }

    /** A float numeral, already converted (including decimal integers too large for a long). */
    record FloatLiteral(int line, double value) implements Expression {
    }

    /** A string literal: the bytes after escape processing. */
    record StringLiteral(int line, LuaString value) implements Expression {
    }

    /** {@code function (...) ... end} as an expression; {@code line} is the body's line. */
    record FunctionLiteral(int line, FunctionBody body) implements Expression {
        @Override
        public int endLine() {
            return body.lastLine();
        }
    }

    /**
     * A table constructor {@code { items }}. The items keep source order, which is the
     * evaluation order; positional items get consecutive integer keys from 1, and a
     * multi-valued last positional item contributes all its values. {@code line} is the line
     * of <code>{</code>; {@code closeLine} that of <code>}</code>.
     */
    record TableConstructor(int line, List<TableItem> items, int closeLine) implements Expression {
        @Override
        public int endLine() {
            return closeLine;
        }
    }

    /**
     * {@code left op right}; {@code line} is the line of the operator token (where C Lua puts
     * the instruction, hence arithmetic error positions).
     */
    record Binary(int line, BinaryOperator operator, Expression left, Expression right)
            implements Expression {
        @Override
        public int endLine() {
            return right.endLine();
        }
    }

    /** {@code op operand}; {@code line} is the line of the operator token. */
    record Unary(int line, UnaryOperator operator, Expression operand) implements Expression {
        @Override
        public int endLine() {
            return operand.endLine();
        }
    }

    /**
     * {@code ( inner )}: truncates a multi-valued inner expression to one value. {@code line}
     * is the line of {@code (}, {@code endLine} that of {@code )}.
     */
    record Parenthesized(int line, Expression inner, int endLine) implements Expression {
        /** A parenthesised expression on one line. */
        public Parenthesized(int line, Expression inner) {
            this(line, inner, line);
        }
    }

    /** A read or write of a local variable of the current function (in a register). */
    record LocalReference(int line, LocalVariable variable) implements Assignable {
    }

    /**
     * A read or write of a local variable of an enclosing function, through upvalue number
     * {@code index} of the current function ({@code FunctionBody.upvalues().get(index)}).
     * {@code variable} is the local it ultimately denotes (for the main chunk's {@code _ENV},
     * the chunk's environment variable).
     */
    record UpvalueReference(int line, LocalVariable variable, int index) implements Assignable {
    }

    /**
     * A read of a {@code <const>} local whose value is known at compile time
     * ({@link LocalVariable#constantValue()}); it occupies no register and creates no upvalue,
     * as in C Lua. It cannot be assigned.
     */
    record ConstantReference(int line, LocalVariable variable) implements Expression {
        /** The constant's value: one of the literal expression records. */
        public Expression value() {
            return variable.constantValue();
        }
    }

    /**
     * A free name: {@code _ENV.name}. {@code environment} is the resolved reference to the
     * {@code _ENV} in scope: a {@link LocalReference} or {@link UpvalueReference} (normally
     * upvalue of the main chunk's implicit {@code _ENV}), or a {@link ConstantReference} if a
     * {@code local _ENV <const>} with a constant value is in scope.
     */
    record GlobalReference(int line, LuaString name, Expression environment) implements Assignable {
    }

    /**
     * {@code table[key]}, also {@code table.name} (key is then a {@link StringLiteral}).
     * {@code line} is the line of the key's last token (the name, or <code>]</code>), which is
     * where C Lua emits the access in the usual case.
     */
    record Index(int line, Expression table, Expression key) implements Assignable {
    }

    /**
     * {@code function(arguments)}, also {@code f "s"} and <code>f {...}</code>. {@code line}
     * is the line where the whole suffixed expression starts (C Lua's {@code luaK_fixline}
     * in {@code funcargs}), not the line of the parenthesis; {@code endLine} is the line of the
     * arguments' last token ({@code )}, <code>}</code> or the string).
     */
    record Call(int line, Expression function, List<Expression> arguments, int endLine)
            implements Invocation {
        /** A call on one line. */
        public Call(int line, Expression function, List<Expression> arguments) {
            this(line, function, arguments, line);
        }
    }

    /**
     * {@code receiver:name(arguments)}: calls {@code receiver.name} with {@code receiver}
     * prepended to the arguments, evaluating {@code receiver} once. {@code line} and
     * {@code endLine} as for {@link Call}; {@code nameLine} is the line of the method name,
     * where C Lua emits the method lookup ({@code OP_SELF}).
     */
    record MethodCall(int line, Expression receiver, LuaString name, List<Expression> arguments,
                      int nameLine, int endLine) implements Invocation {
        /** A method call on one line. */
        public MethodCall(int line, Expression receiver, LuaString name, List<Expression> arguments) {
            this(line, receiver, name, arguments, line, line);
        }
    }
}
