package org.crescent.api;

/**
 * Several results of a {@link LuaCallback}, as a Lua function returns several values:
 * {@code return Results.of(true, "ok")}; {@link #none()} returns no value at all.
 */
public final class Results {
    private static final Results NONE = new Results(new Object[0]);

    private final Object[] values;

    private Results(Object[] values) {
        this.values = values;
    }

    /** The values, in order; null elements are nil. */
    public static Results of(Object... values) {
        return new Results(values.clone());
    }

    /** No results (a Lua function that returns nothing). */
    public static Results none() {
        return NONE;
    }

    Object[] values() {
        return values;
    }

    /** How many values there are. */
    public int count() {
        return values.length;
    }
}
