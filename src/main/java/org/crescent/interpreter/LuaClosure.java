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

    public LuaClosure(Prototype prototype, Upvalue[] upvalues) {
        super(KIND_LUA);
        this.prototype = prototype;
        this.upvalues = upvalues;
    }

    @Override
    public String name() {
        return "?";
    }
}
