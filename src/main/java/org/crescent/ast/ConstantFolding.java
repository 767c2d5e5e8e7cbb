package org.crescent.ast;

import org.crescent.runtime.LuaArithmetic;

/**
 * C Lua 5.4's compile-time evaluation rules, on the AST: which expressions are constants
 * ({@code luaK_exp2const}) and which arithmetic is folded ({@code constfolding}). The parser
 * uses {@link #valueOf} to decide which {@code <const>} locals are compile-time constants; the
 * compiler may use the same functions to fold, so both agree with C Lua.
 *
 * <p>Folding happens only on numerals, never divides or takes a modulo by zero, never converts
 * a non-integral float for a bitwise operator, and never produces NaN or a float zero (to keep
 * {@code -0.0} and NaN out of constant tables), exactly as C Lua.
 */
public final class ConstantFolding {
    private ConstantFolding() {
    }

    /**
     * The compile-time value of {@code expression}, as a literal record (nil, true, false,
     * integer, float, string), or null if C Lua would not treat it as a constant. Literals,
     * references to compile-time constant locals, parentheses around constants, foldable
     * arithmetic on numerals, {@code not} of a constant, {@code k and e} with k a true constant
     * and {@code k or e} with k a false constant (then the value of {@code e}) are constants.
     */
    public static Expression valueOf(Expression expression) {
        if (expression instanceof Expression.NilLiteral
                || expression instanceof Expression.TrueLiteral
                || expression instanceof Expression.FalseLiteral
                || expression instanceof Expression.IntegerLiteral
                || expression instanceof Expression.FloatLiteral
                || expression instanceof Expression.StringLiteral) {
            return expression;
        }
        if (expression instanceof Expression.ConstantReference reference) {
            return reference.value();
        }
        if (expression instanceof Expression.Parenthesized parenthesized) {
            return valueOf(parenthesized.inner());
        }
        if (expression instanceof Expression.Unary unary) {
            return foldUnary(unary.operator(), valueOf(unary.operand()), unary.line());
        }
        if (expression instanceof Expression.Binary binary) {
            return valueOfBinary(binary);
        }
        return null;
    }

    /**
     * Folds a chain of left-associative operators bottom-up without recursing along it:
     * such chains ({@code 1 + 1 + ... + 1}) can be far deeper than the parser's nesting
     * limit, which bounds only right operands and the other forms.
     */
    private static Expression valueOfBinary(Expression.Binary top) {
        java.util.ArrayDeque<Expression.Binary> spine = new java.util.ArrayDeque<>();
        Expression bottom = top;
        while (bottom instanceof Expression.Binary binary) {
            spine.push(binary);
            bottom = binary.left();
        }
        Expression value = valueOf(bottom);
        while (value != null && !spine.isEmpty()) {
            Expression.Binary binary = spine.pop();
            switch (binary.operator()) {
                case AND:
                    value = isFalse(value) ? null : valueOf(binary.right());
                    break;
                case OR:
                    value = isFalse(value) ? valueOf(binary.right()) : null;
                    break;
                default:
                    value = foldBinary(binary.operator(), value, valueOf(binary.right()), binary.line());
            }
        }
        return value;
    }

    /** True for the constants nil and false. */
    private static boolean isFalse(Expression constant) {
        return constant instanceof Expression.NilLiteral || constant instanceof Expression.FalseLiteral;
    }

    /**
     * Folds {@code operator operand} where operand is a constant (or null), giving a literal
     * at {@code line}, or null when C Lua would not fold it ({@code #} is never folded).
     */
    public static Expression foldUnary(UnaryOperator operator, Expression operand, int line) {
        if (operand == null) return null;
        switch (operator) {
            case NOT:
                return isFalse(operand) ? new Expression.TrueLiteral(line) : new Expression.FalseLiteral(line);
            case NEGATE:
                if (operand instanceof Expression.IntegerLiteral integer) {
                    return new Expression.IntegerLiteral(line, -integer.value());
                }
                if (operand instanceof Expression.FloatLiteral number) {
                    return floatResult(-number.value(), line);
                }
                return null;
            case BITWISE_NOT: {
                Long value = exactInteger(operand);
                return value == null ? null : new Expression.IntegerLiteral(line, ~value);
            }
            default:
                return null;
        }
    }

    /**
     * Folds {@code left operator right} where both are constants (or null), giving a literal at
     * {@code line}, or null when C Lua would not fold it. Only arithmetic and bitwise operators
     * on numerals fold.
     */
    public static Expression foldBinary(BinaryOperator operator, Expression left, Expression right, int line) {
        if (!isNumeral(left) || !isNumeral(right)) return null;
        if (operator.isBitwise()) {
            Long a = exactInteger(left);
            Long b = exactInteger(right);
            if (a == null || b == null) return null;
            return new Expression.IntegerLiteral(line, bitwise(operator, a, b));
        }
        if (!operator.isArithmetic()) return null;
        if ((operator == BinaryOperator.DIVIDE || operator == BinaryOperator.FLOOR_DIVIDE
                || operator == BinaryOperator.MODULO) && numberValue(right) == 0) {
            return null;
        }
        if (left instanceof Expression.IntegerLiteral a && right instanceof Expression.IntegerLiteral b
                && operator != BinaryOperator.DIVIDE && operator != BinaryOperator.POWER) {
            return new Expression.IntegerLiteral(line, integerArithmetic(operator, a.value(), b.value()));
        }
        return floatResult(floatArithmetic(operator, numberValue(left), numberValue(right)), line);
    }

    private static boolean isNumeral(Expression expression) {
        return expression instanceof Expression.IntegerLiteral || expression instanceof Expression.FloatLiteral;
    }

    private static double numberValue(Expression numeral) {
        return numeral instanceof Expression.IntegerLiteral integer
                ? (double) integer.value() : ((Expression.FloatLiteral) numeral).value();
    }

    /** The numeral as an integer if it has an exact integer representation, else null. */
    private static Long exactInteger(Expression numeral) {
        if (numeral instanceof Expression.IntegerLiteral integer) return integer.value();
        if (numeral instanceof Expression.FloatLiteral number) {
            double value = number.value();
            if (value >= -0x1p63 && value < 0x1p63 && value == Math.floor(value)) return (long) value;
        }
        return null;
    }

    private static Expression floatResult(double value, int line) {
        if (Double.isNaN(value) || value == 0) return null;
        return new Expression.FloatLiteral(line, value);
    }

    private static long bitwise(BinaryOperator operator, long a, long b) {
        switch (operator) {
            case BITWISE_AND: return a & b;
            case BITWISE_OR: return a | b;
            case BITWISE_XOR: return a ^ b;
            case SHIFT_LEFT: return LuaArithmetic.shiftLeft(a, b);
            case SHIFT_RIGHT: return LuaArithmetic.shiftRight(a, b);
            default: throw new IllegalArgumentException(operator.name());
        }
    }

    private static long integerArithmetic(BinaryOperator operator, long a, long b) {
        switch (operator) {
            case ADD: return a + b;
            case SUBTRACT: return a - b;
            case MULTIPLY: return a * b;
            case FLOOR_DIVIDE: return LuaArithmetic.floorDivide(a, b);
            case MODULO: return LuaArithmetic.modulo(a, b);
            default: throw new IllegalArgumentException(operator.name());
        }
    }

    private static double floatArithmetic(BinaryOperator operator, double a, double b) {
        switch (operator) {
            case ADD: return a + b;
            case SUBTRACT: return a - b;
            case MULTIPLY: return a * b;
            case DIVIDE: return a / b;
            case POWER: return LuaArithmetic.power(a, b);
            case FLOOR_DIVIDE: return LuaArithmetic.floorDivide(a, b);
            case MODULO: return LuaArithmetic.modulo(a, b);
            default: throw new IllegalArgumentException(operator.name());
        }
    }
}
