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
 * executes that instruction. Compiled code never calls, returns, raises an error, runs a
 * metamethod, changes frames or grows the stack: it leaves all of that to the interpreter, so
 * the Java stack never grows with Lua code. It may return {@code pc} itself (nothing done).
 */
public abstract class CompiledCode {
    protected CompiledCode() {}

    /** Runs from instruction {@code pc} of {@code frame}; returns the pc of the first instruction left to the interpreter. */
    public abstract int run(LuaThread thread, CallFrame frame, int pc);
}
