package org.crescent.ast;

import java.util.Objects;
import org.crescent.runtime.LuaString;

/**
 * The symbol of one local variable declaration: a {@code local} name, a parameter (including
 * the implicit {@code self} of a method), a {@code for} variable, a hidden {@code for} state
 * variable (named {@code (for state)}), a {@code local function} name, or the main chunk's
 * implicit {@code _ENV}. References to the variable ({@link Expression.LocalReference},
 * {@link Expression.UpvalueReference}, {@link Expression.ConstantReference}) share this object,
 * so identity is the variable's identity.
 *
 * <p>Invariant: name, attribute, owner and line never change. {@code captured} only goes from
 * false to true, and {@code constantValue} is set at most once, both by the parser; read them
 * after parsing finished.
 */
public final class LocalVariable {

    /** The attribute written after the name ({@code <const>}, {@code <close>}) or none. */
    public enum Attribute {
        REGULAR, CONST, CLOSE
    }

    private final LuaString name;
    private final Attribute attribute;
    private final FunctionBody function;
    private final int line;
    private boolean captured;
    private Expression constantValue;

    /**
     * @param function the function whose frame holds the variable; null only for the main
     *                 chunk's implicit {@code _ENV}, which lives outside the chunk
     */
    public LocalVariable(LuaString name, Attribute attribute, FunctionBody function, int line) {
        this.name = Objects.requireNonNull(name);
        this.attribute = Objects.requireNonNull(attribute);
        this.function = function;
        this.line = line;
    }

    public LuaString name() {
        return name;
    }

    public Attribute attribute() {
        return attribute;
    }

    /** The function the variable belongs to (null for the chunk's implicit {@code _ENV}). */
    public FunctionBody function() {
        return function;
    }

    /** The line of the declaration. */
    public int line() {
        return line;
    }

    /** True if the variable cannot be assigned ({@code <const>} or {@code <close>}). */
    public boolean isReadOnly() {
        return attribute != Attribute.REGULAR;
    }

    /**
     * True once some nested function refers to the variable: it then lives in an upvalue cell
     * and leaving its scope must close it (C Lua's {@code markupval}).
     */
    public boolean isCaptured() {
        return captured;
    }

    public void markCaptured() {
        captured = true;
    }

    /**
     * True for a {@code <const>} local whose initial value is a constant expression by C Lua's
     * rules (see {@link ConstantFolding#valueOf}). It occupies no register, has no debug
     * information, and every reference to it is a {@link Expression.ConstantReference}.
     */
    public boolean isCompileTimeConstant() {
        return constantValue != null;
    }

    /**
     * The compile-time value (a {@code NilLiteral}, {@code TrueLiteral}, {@code FalseLiteral},
     * {@code IntegerLiteral}, {@code FloatLiteral} or {@code StringLiteral}), or null.
     */
    public Expression constantValue() {
        return constantValue;
    }

    /** Called once by the parser when the variable is a compile-time constant. */
    public void setConstantValue(Expression value) {
        if (constantValue != null) throw new IllegalStateException("constant already set");
        constantValue = Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return name + (attribute == Attribute.REGULAR ? "" : "<" + attribute.name().toLowerCase() + ">")
                + "@" + line;
    }
}
