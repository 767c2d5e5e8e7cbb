package org.crescent.bytecode;

import org.crescent.runtime.LuaString;

/**
 * How a closure finds one of its upvalues when created: a register of the enclosing
 * function ({@code inStack}) or one of the enclosing function's own upvalues.
 * {@code kind} is the variable's attribute (0 regular, 1 const, 2 to-be-closed, 3 compile-time constant).
 */
public record UpvalueInfo(LuaString name, boolean inStack, int index, int kind) {}
