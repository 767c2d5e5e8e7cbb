package org.crescent.ast;

/** One entry of a table constructor, with the line where the entry starts. */
public sealed interface TableItem {
    int line();

    Expression value();

    /** {@code value} alone: gets the next integer key (1, 2, ...). */
    record Positional(int line, Expression value) implements TableItem {
    }

    /**
     * {@code [key] = value}, or {@code name = value} (key is then a
     * {@link Expression.StringLiteral}).
     */
    record Keyed(int line, Expression key, Expression value) implements TableItem {
    }
}
