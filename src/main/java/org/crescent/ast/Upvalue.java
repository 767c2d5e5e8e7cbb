package org.crescent.ast;

import org.crescent.runtime.LuaString;

/**
 * One upvalue of a function (an entry of its {@link FunctionBody#upvalues()}, in C Lua's
 * order: first reference first, with the main chunk's {@code _ENV} as its only upvalue 0).
 *
 * @param name            the variable's name (as in the debug information)
 * @param variable        the local variable it ultimately denotes
 * @param inParentLocals  true if {@code variable} is a local of the enclosing function (the
 *                        closure captures the enclosing frame's register); false if it is
 *                        the enclosing function's upvalue number {@code parentIndex}. For the
 *                        main chunk's {@code _ENV} this is true, as C Lua's {@code instack}
 *                        (the loader supplies the value)
 * @param parentIndex     the enclosing function's upvalue index when not
 *                        {@code inParentLocals}; otherwise -1
 */
public record Upvalue(LuaString name, LocalVariable variable, boolean inParentLocals, int parentIndex) {
}
