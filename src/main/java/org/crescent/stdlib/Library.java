package org.crescent.stdlib;

import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The registration table of one library: each function is registered once by name, into the
 * library's table, which is also recorded in {@code package.loaded}.
 */
public final class Library {
    static final LuaString LOADED = LuaString.of("_LOADED");

    private final LuaTable table;

    public Library(LuaTable table) {
        this.table = table;
    }

    /** A new library table named {@code name}, set as a global and in package.loaded. */
    public static Library create(GlobalState global, String name) {
        LuaTable table = new LuaTable();
        LuaString key = LuaString.of(name);
        global.globals.setString(key, Tag.TABLE, 0, table);
        loaded(global).setString(key, Tag.TABLE, 0, table);
        return new Library(table);
    }

    /** The package.loaded table, kept in the registry as C Lua does. */
    public static LuaTable loaded(GlobalState global) {
        int slot = global.registry.findString(LOADED);
        if (slot >= 0 && global.registry.valueTags[slot] == Tag.TABLE) {
            return (LuaTable) global.registry.valueRefs[slot];
        }
        LuaTable loaded = new LuaTable();
        global.registry.setString(LOADED, Tag.TABLE, 0, loaded);
        return loaded;
    }

    public LuaTable table() {
        return table;
    }

    public Library register(String name, JavaFunction.Body body) {
        return register(name, LuaFunction.KIND_JAVA, body);
    }

    /** Registers a built-in the interpreter also runs itself (pcall, coroutine switches). */
    public Library register(String name, int kind, JavaFunction.Body body) {
        table.setString(LuaString.of(name), Tag.FUNCTION, 0, new JavaFunction(kind, name, body));
        return this;
    }

    /** Registers every constant of a function enum that is {@link LibraryFunction#registered}. */
    public Library registerAll(LibraryFunction[] functions) {
        return registerAll(functions, null);
    }

    /** As {@link #registerAll(LibraryFunction[])}, each function carrying {@code state}. */
    public Library registerAll(LibraryFunction[] functions, Object state) {
        for (LibraryFunction function : functions) {
            if (function.registered()) {
                register(function, state);
            }
        }
        return this;
    }

    /** Registers one function under its {@link LibraryFunction#luaName}. */
    public Library register(LibraryFunction function, Object state) {
        table.setString(LuaString.of(function.luaName()), Tag.FUNCTION, 0, function.function(state));
        return this;
    }

    public Library set(String name, byte tag, long bits, Object ref) {
        table.setString(LuaString.of(name), tag, bits, ref);
        return this;
    }

}
