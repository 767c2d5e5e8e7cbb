package org.crescent.interpreter;

import org.crescent.runtime.LuaFunction;

/**
 * A function written in Java. Its body sees its arguments on the calling thread's value stack
 * (through {@link LuaThread}'s argument accessors, numbered from 1 as in the C API), pushes its
 * results there, and returns how many it pushed. No argument arrays, no boxing per call.
 */
public final class JavaFunction extends LuaFunction {
    /** The code of a Java function. */
    @FunctionalInterface
    public interface Body {
        int call(LuaThread thread, int argumentCount);
    }

    private final String name;
    public final Body body;
    /** Data a built-in needs beside its body (the coroutine of a coroutine.wrap function). */
    public final Object state;

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

    @Override
    public String name() {
        return name;
    }
}
