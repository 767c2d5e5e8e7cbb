package org.crescent.runtime;

/**
 * The metamethod events in C Lua 5.4's order (ltm.h TMS). The order is fixed: the first six
 * are cached as "absent" bits in {@link LuaTable#absentMetamethods}, and the compiler writes
 * event numbers into MMBIN instructions.
 */
public enum Metamethod {
    INDEX("__index"), NEWINDEX("__newindex"), GC("__gc"), MODE("__mode"), LEN("__len"),
    EQ("__eq"), ADD("__add"), SUB("__sub"), MUL("__mul"), MOD("__mod"), POW("__pow"),
    DIV("__div"), IDIV("__idiv"), BAND("__band"), BOR("__bor"), BXOR("__bxor"), SHL("__shl"),
    SHR("__shr"), UNM("__unm"), BNOT("__bnot"), LT("__lt"), LE("__le"), CONCAT("__concat"),
    CALL("__call"), CLOSE("__close");

    /** The event name as a Lua string, shared so that lookups hit the identity fast path. */
    public final LuaString key;
    /** Number of events whose absence a table caches (INDEX through EQ). */
    public static final int CACHED = 6;

    private static final Metamethod[] BY_NUMBER = values();

    Metamethod(String name) {
        this.key = LuaString.of(name);
    }

    public static Metamethod byNumber(int number) {
        return BY_NUMBER[number];
    }

    /** The event name without the leading underscores, as used in some messages ("add"). */
    public String shortName() {
        return key.toString().substring(2);
    }
}
