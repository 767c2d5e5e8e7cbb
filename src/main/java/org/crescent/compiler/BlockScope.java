package org.crescent.compiler;

import org.crescent.ast.Label;

/**
 * One open block of the function being compiled (C Lua's {@code BlockCnt}). Records what
 * leaving the block must undo: the active variables and labels it added, pending gotos
 * that must be moved out, and whether upvalues or to-be-closed variables must be closed.
 */
final class BlockScope {
    final BlockScope previous;
    /** Index of the first label of this block in the compilation's label list. */
    final int firstLabel;
    /** Index of the first pending goto of this block in the compilation's goto list. */
    final int firstGoto;
    /** Number of active variables outside the block. */
    final int outerVariableCount;
    final boolean isLoop;
    /** For a loop block, the implicit label that {@code break} jumps to; otherwise null. */
    final Label breakLabel;
    /** Some variable of the block is captured by a closure, or is to be closed. */
    boolean hasUpvalue;
    /** Inside the scope of a to-be-closed variable (no tail calls then). */
    boolean insideToBeClosed;

    BlockScope(BlockScope previous, int firstLabel, int firstGoto, int outerVariableCount, Label breakLabel) {
        this.previous = previous;
        this.firstLabel = firstLabel;
        this.firstGoto = firstGoto;
        this.outerVariableCount = outerVariableCount;
        this.isLoop = breakLabel != null;
        this.breakLabel = breakLabel;
        this.insideToBeClosed = previous != null && previous.insideToBeClosed;
    }
}
