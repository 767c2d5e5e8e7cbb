package org.crescent.bytecode;

import org.crescent.runtime.LuaString;

/**
 * The metamethod events in C Lua 5.4's order (ltm.h's TMS). The ordinal is the number an
 * {@code MMBIN}, {@code MMBINI} or {@code MMBINK} instruction carries in its C operand, so the
 * compiler emits {@code ordinal()} and the interpreter decodes with {@link #byNumber}.
 * Invariant: the order never changes (it is part of the bytecode contract).
 */
public enum MetamethodEvent {
    INDEX("__index"),
    NEWINDEX("__newindex"),
    GC("__gc"),
    MODE("__mode"),
    LEN("__len"),
    EQ("__eq"),
    ADD("__add"),
    SUB("__sub"),
    MUL("__mul"),
    MOD("__mod"),
    POW("__pow"),
    DIV("__div"),
    IDIV("__idiv"),
    BAND("__band"),
    BOR("__bor"),
    BXOR("__bxor"),
    SHL("__shl"),
    SHR("__shr"),
    UNM("__unm"),
    BNOT("__bnot"),
    LT("__lt"),
    LE("__le"),
    CONCAT("__concat"),
    CALL("__call"),
    CLOSE("__close");

    private static final MetamethodEvent[] BY_NUMBER = values();

    private final String luaName;
    private final LuaString key;

    MetamethodEvent(String luaName) {
        this.luaName = luaName;
        this.key = LuaString.of(luaName);
    }

    public static MetamethodEvent byNumber(int number) {
        return BY_NUMBER[number];
    }

    /** The metatable key, such as {@code "__add"}. */
    public String luaName() {
        return luaName;
    }

    /** The metatable key as a Lua string. */
    public LuaString key() {
        return key;
    }
}
