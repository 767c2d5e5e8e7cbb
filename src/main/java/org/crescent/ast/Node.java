package org.crescent.ast;

/**
 * A node of the abstract syntax tree the parser produces and the compiler consumes. Every
 * node knows the source line C Lua would attribute to the code it compiles to, so that
 * runtime error positions and debug line tables match the reference implementation.
 * Invariant: {@code line() >= 1} for nodes built from source (synthetic nodes use 0).
 */
public sealed interface Node permits Expression, Statement {
    /** The source line C Lua attributes to this construct (see each node for which token). */
    int line();
}
