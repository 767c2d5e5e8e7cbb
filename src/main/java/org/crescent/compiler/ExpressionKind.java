package org.crescent.compiler;

/**
 * What an {@link ExpressionDescriptor} currently stands for, as C Lua's {@code expkind}: the
 * compiler delays emitting code for an expression until it knows where the value must go,
 * and this kind records how far it got.
 */
enum ExpressionKind {
    /** No value (an empty expression list). */
    VOID,
    NIL,
    TRUE,
    FALSE,
    /** A constant in the constant table; {@code info} is its index. */
    CONSTANT,
    /** A float numeral; {@code floatValue}. */
    FLOAT,
    /** An integer numeral; {@code integerValue}. */
    INTEGER,
    /** A string literal not yet in the constant table; {@code stringValue}. */
    STRING,
    /** A value fixed in register {@code info}. */
    NONRELOCATABLE,
    /** A local variable in register {@code variableRegister}. */
    LOCAL,
    /** Upvalue number {@code info}. */
    UPVALUE,
    /** A compile-time constant local; {@code constantValue} is its literal. */
    COMPILE_TIME_CONSTANT,
    /** {@code R[indexTable][R[indexKey]]}. */
    INDEXED,
    /** {@code Upvalue[indexTable][K[indexKey]]} with a short string key. */
    INDEXED_UPVALUE,
    /** {@code R[indexTable][indexKey]} with a small integer key. */
    INDEXED_INTEGER,
    /** {@code R[indexTable][K[indexKey]]} with a short string key. */
    INDEXED_STRING,
    /** A comparison; {@code info} is the pc of its jump. */
    JUMP,
    /** An instruction at pc {@code info} whose target register A can still be chosen. */
    RELOCATABLE,
    /** A call at pc {@code info}, results not yet fixed. */
    CALL,
    /** A {@code VARARG} at pc {@code info}, results not yet fixed. */
    VARARG;

    boolean isIndexed() {
        return ordinal() >= INDEXED.ordinal() && ordinal() <= INDEXED_STRING.ordinal();
    }

    boolean isMultiValue() {
        return this == CALL || this == VARARG;
    }
}
