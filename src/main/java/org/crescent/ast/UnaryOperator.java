package org.crescent.ast;

/** The unary operators of Lua 5.4: {@code not}, {@code -}, {@code #} and {@code ~}. */
public enum UnaryOperator {
    NOT("not"),
    NEGATE("-"),
    LENGTH("#"),
    BITWISE_NOT("~");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Lua source. */
    public String symbol() {
        return symbol;
    }
}
