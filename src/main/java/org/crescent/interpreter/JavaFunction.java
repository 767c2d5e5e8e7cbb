package org.crescent.interpreter;

import org.crescent.runtime.LuaFunction;

/**
 * A function written in Java. Its body sees its arguments on the calling thread's value stack
 * (through {@link LuaThread}'s argument accessors, numbered from 1 as in the C API), pushes its
 * results there, and returns how many it pushed. No argument arrays, no boxing per call.
 */
public final class JavaFunction extends LuaFunction {
    /**
     * What a body returns to call another function in its place: it pushed the function and
     * its arguments on the stack (from {@link LuaThread#tailCallSlot} to the top) and set
     * {@link LuaThread#tailCallResults} to the number of results to keep (-1 for all). The
     * callee then runs without Java recursion, so it may yield, as a C function's lua_callk
     * continuation allows in C Lua (pairs with __pairs, dofile).
     */
    public static final int TAIL_CALL = -1;

    /** The code of a Java function. */
    @FunctionalInterface
    public interface Body {
        int call(LuaThread thread, int argumentCount);
    }

    /**
     * A frameless path for a call from compiled code (no hook set): computes the function's
     * single result into {@code slot} (where the function was) from the arguments after it
     * and answers true, or answers false having changed nothing (then the function runs as
     * usual, so its errors and anything unusual keep their exact behaviour).
     */
    @FunctionalInterface
    public interface FastCall {
        boolean call(LuaThread thread, int slot, int argumentCount);
    }

    private final String name;
    public final Body body;
    /** The function's frameless path for compiled callers, or null (see {@link FastCall}). */
    public FastCall fast;
    /** Data a built-in needs beside its body (the coroutine of a coroutine.wrap function). */
    public final Object state;
    /**
     * How many upvalues the equivalent C closure has in C Lua (the state a body captured), so
     * that debug.upvalueid and debug.getupvalue see them; 0 for plain functions.
     */
    private int upvalueCount;
    private Object[] upvalueIdentities;

    public JavaFunction(String name, Body body) {
        this(KIND_JAVA, name, body);
    }

    /** A built-in the interpreter runs itself when called from Lua (see LuaFunction kinds). */
    public JavaFunction(int kind, String name, Body body) {
        this(kind, name, body, null);
    }

    public JavaFunction(int kind, String name, Body body, Object state) {
        super(kind);
        this.name = name;
        this.body = body;
        this.state = state;
    }

    /** Declares the number of C upvalues this function stands for (see {@link #upvalueCount()}). */
    public JavaFunction withUpvalues(int count) {
        this.upvalueCount = count;
        return this;
    }

    public int upvalueCount() {
        return upvalueCount;
    }

    /** A stable identity for upvalue {@code n} (1-based), as lua_upvalueid gives for a C closure. */
    public Object upvalueIdentity(int n) {
        if (upvalueIdentities == null) {
            upvalueIdentities = new Object[upvalueCount];
        }
        if (upvalueIdentities[n - 1] == null) {
            upvalueIdentities[n - 1] = new Object();
        }
        return upvalueIdentities[n - 1];
    }

    @Override
    public String name() {
        return name;
    }
}
