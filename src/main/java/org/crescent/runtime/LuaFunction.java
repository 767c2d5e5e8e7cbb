package org.crescent.runtime;

/**
 * A Lua function value: a Lua closure or a function written in Java. The {@code kind} lets
 * the interpreter tell them apart, and recognise the few built-ins it runs without Java
 * recursion (pcall, coroutine switches), with one integer comparison instead of type tests.
 */
public abstract class LuaFunction {
    /** A closure over a compiled prototype. */
    public static final int KIND_LUA = 0;
    /** An ordinary Java function, called directly. */
    public static final int KIND_JAVA = 1;
    public static final int KIND_PCALL = 2;
    public static final int KIND_XPCALL = 3;
    public static final int KIND_RESUME = 4;
    public static final int KIND_YIELD = 5;
    /** A function made by {@code coroutine.wrap}. */
    public static final int KIND_WRAPPED_COROUTINE = 6;
    /**
     * The base library's {@code next}, and the step function {@code ipairs} returns: a generic
     * {@code for} over them runs their step inside the dispatch loop, without a call. Kinds from
     * KIND_NEXT up are these iterators, otherwise plain Java functions.
     */
    public static final int KIND_NEXT = 7;
    public static final int KIND_IPAIRS_STEP = 8;

    public final int kind;

    protected LuaFunction(int kind) {
        this.kind = kind;
    }

    /** A name for messages ("print", "?" for anonymous Lua functions). */
    public abstract String name();
}
