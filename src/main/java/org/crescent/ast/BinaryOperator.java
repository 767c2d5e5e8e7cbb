package org.crescent.ast;

/**
 * The binary operators of Lua 5.4, each with its left and right binding priorities (those of
 * the reference grammar; a right priority lower than the left makes the operator
 * right-associative, as for {@code ..} and {@code ^}). The ordinal order is arbitrary.
 */
public enum BinaryOperator {
    OR("or", 1, 1),
    AND("and", 2, 2),
    LESS("<", 3, 3),
    GREATER(">", 3, 3),
    LESS_EQUAL("<=", 3, 3),
    GREATER_EQUAL(">=", 3, 3),
    NOT_EQUAL("~=", 3, 3),
    EQUAL("==", 3, 3),
    BITWISE_OR("|", 4, 4),
    BITWISE_XOR("~", 5, 5),
    BITWISE_AND("&", 6, 6),
    SHIFT_LEFT("<<", 7, 7),
    SHIFT_RIGHT(">>", 7, 7),
    CONCAT("..", 9, 8),
    ADD("+", 10, 10),
    SUBTRACT("-", 10, 10),
    MULTIPLY("*", 11, 11),
    DIVIDE("/", 11, 11),
    FLOOR_DIVIDE("//", 11, 11),
    MODULO("%", 11, 11),
    POWER("^", 14, 13);

    /** Priority of every unary operator: binds tighter than all binary ones except {@code ^}. */
    public static final int UNARY_PRIORITY = 12;

    private final String symbol;
    private final int leftPriority;
    private final int rightPriority;

    BinaryOperator(String symbol, int leftPriority, int rightPriority) {
        this.symbol = symbol;
        this.leftPriority = leftPriority;
        this.rightPriority = rightPriority;
    }

    /** The operator as written in Lua source. */
    public String symbol() {
        return symbol;
    }

    public int leftPriority() {
        return leftPriority;
    }

    public int rightPriority() {
        return rightPriority;
    }

    /** True for {@code + - * / // % ^}: operators whose metamethod fallback is arithmetic. */
    public boolean isArithmetic() {
        return this == ADD || this == SUBTRACT || this == MULTIPLY || this == DIVIDE
                || this == FLOOR_DIVIDE || this == MODULO || this == POWER;
    }

    /** True for {@code & | ~ << >>}: operators that convert their operands to integers. */
    public boolean isBitwise() {
        return this == BITWISE_AND || this == BITWISE_OR || this == BITWISE_XOR
                || this == SHIFT_LEFT || this == SHIFT_RIGHT;
    }

    /** True for {@code == ~= < > <= >=}: operators whose result is a boolean. */
    public boolean isComparison() {
        return this == EQUAL || this == NOT_EQUAL || this == LESS || this == GREATER
                || this == LESS_EQUAL || this == GREATER_EQUAL;
    }
}
