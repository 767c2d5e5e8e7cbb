package org.crescent.compiler;

import org.crescent.ast.Label;

/**
 * A label that is in scope, or a goto (or break) waiting for its label (C Lua's
 * {@code Labeldesc}). Gotos are matched to labels by the parser's {@link Label} identity.
 */
final class JumpLabel {
    final Label label;
    final int line;
    /** Position of the label, or of the goto's jump instruction. */
    final int pc;
    /** Number of active variables where the label or goto is. */
    int variableCount;
    /** The goto leaves the scope of a variable that must be closed. */
    boolean needsClose;

    JumpLabel(Label label, int line, int pc, int variableCount) {
        this.label = label;
        this.line = line;
        this.pc = pc;
        this.variableCount = variableCount;
    }
}
