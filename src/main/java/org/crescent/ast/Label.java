package org.crescent.ast;

import java.util.Objects;
import org.crescent.runtime.LuaString;

/**
 * The symbol of a jump target: a {@code ::name::} label, or the implicit label named
 * {@code break} that sits right after a loop (every loop statement owns one; a
 * {@link Statement.Break} jumps to it, and leaving the loop that way closes every variable
 * declared inside it). Gotos and breaks refer to this object.
 *
 * <p>Invariant: all fields are fixed at construction.
 */
public final class Label {
    private final LuaString name;
    private final int line;
    private final Block block;
    private final boolean lastInBlock;

    /**
     * @param line        line of the label statement (0 for break labels, as in C Lua)
     * @param block       the block holding the label statement (for a break label, the block
     *                    holding the loop statement)
     * @param lastInBlock true when only void statements ({@code ;} and other labels) follow
     *                    the label in its block (a block ended by {@code until} does not
     *                    count). Lua 5.4 then treats the block's locals as already out of scope
     *                    at the label, so a goto may jump there past local declarations.
     */
    public Label(LuaString name, int line, Block block, boolean lastInBlock) {
        this.name = Objects.requireNonNull(name);
        this.line = line;
        this.block = block;
        this.lastInBlock = lastInBlock;
    }

    public LuaString name() {
        return name;
    }

    public int line() {
        return line;
    }

    public Block block() {
        return block;
    }

    public boolean isLastInBlock() {
        return lastInBlock;
    }

    /** True for the implicit label after a loop. */
    public boolean isBreakLabel() {
        return line == 0;
    }

    @Override
    public String toString() {
        return "::" + name + "::@" + line;
    }
}
