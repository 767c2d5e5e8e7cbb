package org.crescent.bytecode;

import org.crescent.runtime.LuaString;

/**
 * A compiled function: its dense code, constants, nested prototypes and debug information.
 * Immutable once built and shareable between closures, threads and runtimes.
 *
 * <p>Constants are stored as Lua values are everywhere (see DESIGN.md): a tag, the number
 * bits, and the object for reference types, in three parallel arrays. {@code lines[pc]} is
 * the source line of instruction {@code pc}. Invariant: no instruction names a register at or
 * above {@code maxStackSize}.
 *
 * <p>The two execution-tier fields are the only mutable state: they count how hot the function
 * runs and hold its JVM-bytecode form once made (see interpreter.Tier). A race between threads
 * of different runtimes sharing a prototype at worst compiles it twice.
 */
public final class Prototype {
    public final int[] code;
    public final int[] lines;
    public final byte[] constantTags;
    public final long[] constantBits;
    public final Object[] constantObjects;
    public final Prototype[] prototypes;
    public final UpvalueInfo[] upvalues;
    public final LocalVariableInfo[] localVariables;
    public final int parameterCount;
    public final boolean isVararg;
    public final int maxStackSize;
    /** Chunk name as given to load: "@file.lua", "=stdin", or the source text. */
    public final LuaString source;
    public final int lineDefined;
    public final int lastLineDefined;
    /**
     * The interpreter's inline caches (interpreter.FieldCache): two table slot hints per
     * instruction, at {@code 2 * pc} and {@code 2 * pc + 1}. Hints are validated on every use,
     * so this mutable side array never makes the prototype's behaviour depend on its history.
     */
    public final int[] lookupHints;
    /** Calls and loop back-edges counted by the interpreter until the function is compiled. */
    public int hotness;
    /** The compiled form (an interpreter.CompiledCode), a marker that compiling failed, or null. */
    public Object compiledCode;

    public Prototype(int[] code, int[] lines, byte[] constantTags, long[] constantBits,
                     Object[] constantObjects, Prototype[] prototypes, UpvalueInfo[] upvalues,
                     LocalVariableInfo[] localVariables, int parameterCount, boolean isVararg,
                     int maxStackSize, LuaString source, int lineDefined, int lastLineDefined) {
        this.code = code;
        this.lines = lines;
        this.constantTags = constantTags;
        this.constantBits = constantBits;
        this.constantObjects = constantObjects;
        this.prototypes = prototypes;
        this.upvalues = upvalues;
        this.localVariables = localVariables;
        this.parameterCount = parameterCount;
        this.isVararg = isVararg;
        this.maxStackSize = maxStackSize;
        this.source = source;
        this.lineDefined = lineDefined;
        this.lastLineDefined = lastLineDefined;
        this.lookupHints = new int[2 * code.length];
    }

    /**
     * The name of the {@code n}-th (1-based) local variable active at {@code pc}, or null;
     * C Lua's luaF_getlocalname.
     */
    public LuaString localName(int n, int pc) {
        for (LocalVariableInfo local : localVariables) {
            if (local.startPc() > pc) {
                break;
            }
            if (pc < local.endPc()) {
                n--;
                if (n == 0) {
                    return local.name();
                }
            }
        }
        return null;
    }
}
