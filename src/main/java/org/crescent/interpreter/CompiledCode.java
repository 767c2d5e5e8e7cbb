package org.crescent.interpreter;

/**
 * A prototype compiled to JVM bytecode by the second execution tier (see docs/JIT.md). It runs
 * on the thread's value stack exactly as the dispatch loop does, so no state is converted on
 * the way in or out.
 *
 * <p>Contract: {@link #run} starts at instruction {@code pc}, which is 0 or one of the
 * prototype's loop back-edges (FORLOOP, or a backward JMP); it executes instructions whose
 * every operand is on a fast path and returns the pc of the first instruction it does not
 * complete, with every register it changed written back to the stack. The interpreter then
 * executes that instruction. Compiled code never raises an error, runs a metamethod or grows
 * the stack: it leaves all of that to the interpreter. Two things it does itself (see
 * {@link Tier#callFromCompiled} and {@link Tier#returnOne}): it returns from plain frames, and
 * it calls Lua functions that have compiled code, by Java recursion bounded by
 * {@link Tier#MAX_COMPILED_DEPTH}; past that bound, or when a callee stops in the interpreter,
 * it returns {@link #FRAME_CHANGED} and the whole Java stack of compiled calls unwinds, since
 * every frame's state is on the value stack and in its CallFrame. It may return {@code pc}
 * itself (nothing done).
 */
public abstract class CompiledCode {
    /**
     * What {@link #run} returns when the frames changed under it: the frame returned (compiled
     * RETURN0/RETURN1), or a Lua function it called stopped in the interpreter and is now the
     * running frame. The interpreter then reloads whatever frame is on top.
     */
    public static final int FRAME_CHANGED = -2;
    /**
     * What {@link #run} returns after a compiled TAILCALL replaced its frame by a Lua callee's
     * (at pc 0): the caller of {@code run} runs the new top frame (the interpreter treats it as
     * {@link #FRAME_CHANGED}), so a chain of tail calls never grows the Java stack.
     */
    public static final int TAIL_CALLED = -3;

    protected CompiledCode() {}

    /** Runs from instruction {@code pc} of {@code frame}; returns the pc of the first instruction left to the interpreter. */
    public abstract int run(LuaThread thread, CallFrame frame, int pc);
}
