package org.crescent.interpreter;

import org.crescent.bytecode.Prototype;
import org.crescent.runtime.LuaFunction;

/**
 * A Lua function value: a prototype and the upvalues it captured when created.
 * Invariant: {@code upvalues.length == prototype.upvalues.length}.
 */
public final class LuaClosure extends LuaFunction {
    public final Prototype prototype;
    public final Upvalue[] upvalues;
    /** The prototype's arrays, copied here so the dispatch loop reaches them in one step. */
    final int[] code;
    final byte[] constantTags;
    final long[] constantBits;
    final Object[] constantObjects;

    public LuaClosure(Prototype prototype, Upvalue[] upvalues) {
        super(KIND_LUA);
        org.crescent.runtime.MemoryMeter.charge(org.crescent.runtime.MemoryMeter.CLOSURE_BYTES
                + upvalues.length * (8 + org.crescent.runtime.MemoryMeter.UPVALUE_BYTES));
        this.prototype = prototype;
        this.upvalues = upvalues;
        this.code = prototype.code;
        this.constantTags = prototype.constantTags;
        this.constantBits = prototype.constantBits;
        this.constantObjects = prototype.constantObjects;
    }

    @Override
    public String name() {
        return "?";
    }
}
