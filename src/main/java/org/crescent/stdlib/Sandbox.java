package org.crescent.stdlib;

import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The sandbox profile: what is taken out of the opened standard libraries so that a script
 * reaches no file, process or environment variable of its host, and cannot load bytecode
 * (which the VM does not verify). Applied after the libraries are opened:
 * <ul>
 * <li>{@code io} and {@code debug} are removed (from the globals and {@code package.loaded});
 * <li>{@code os} keeps only {@code clock}, {@code time}, {@code date} and {@code difftime};
 * <li>{@code dofile} and {@code loadfile} are removed; {@code load} accepts text chunks only
 *     (mode "t" whatever the caller asks);
 * <li>{@code require} finds only {@code package.preload} (Java modules the host registered):
 *     {@code package.searchers} holds the preload searcher alone, {@code package.path} and
 *     {@code package.cpath} are empty, {@code package.loadlib} and {@code package.searchpath}
 *     are removed;
 * <li>{@code collectgarbage("collect")} and {@code ("step")} do not run the JVM's collector (a
 *     full collection stops every thread of the host), they only report as if they had;
 *     {@code ("count")} reports the memory limit's estimate when there is a limit, not the
 *     host's heap.
 * </ul>
 */
public final class Sandbox {
    /** What os keeps: time, and nothing that reaches the system. */
    private static final String[] OS_KEPT = {"clock", "time", "date", "difftime"};
    private static final String[] REMOVED_LIBRARIES = {"io", "debug"};

    private Sandbox() {}

    /** Restricts the libraries opened in {@code global} to the sandbox profile. */
    public static void restrict(GlobalState global) {
        LuaTable globals = global.globals;
        LuaTable loaded = Library.loaded(global);
        for (String name : REMOVED_LIBRARIES) {
            globals.setString(LuaString.of(name), Tag.NIL, 0, null);
            loaded.setString(LuaString.of(name), Tag.NIL, 0, null);
        }
        remove(globals, "dofile");
        remove(globals, "loadfile");
        if (present(globals, "load")) {
            globals.setString(LuaString.of("load"), Tag.FUNCTION, 0, new JavaFunction("load", LoadLib::loadText));
        }
        if (present(globals, "collectgarbage")) {
            globals.setString(LuaString.of("collectgarbage"), Tag.FUNCTION, 0,
                    new JavaFunction("collectgarbage", Sandbox::collectgarbage));
        }
        LuaTable os = table(globals, "os");
        if (os != null) {
            keepOnly(os, OS_KEPT);
        }
        LuaTable packageTable = table(globals, "package");
        if (packageTable != null) {
            remove(packageTable, "loadlib");
            remove(packageTable, "searchpath");
            packageTable.setString(LuaString.of("path"), Tag.STRING, 0, LuaString.EMPTY);
            packageTable.setString(LuaString.of("cpath"), Tag.STRING, 0, LuaString.EMPTY);
            LuaTable searchers = table(packageTable, "searchers");
            if (searchers != null) {
                for (long index = searchers.length(); index > 1; index--) {
                    searchers.setInteger(index, Tag.NIL, 0, null);
                }
            }
        }
    }

    private static int collectgarbage(org.crescent.interpreter.LuaThread thread, int argumentCount) {
        String option = thread.optString(1, LuaString.of("collect")).toString();
        if (option.equals("collect")) {
            thread.pushInteger(0);
            return 1;
        }
        if (option.equals("step")) {
            thread.pushBoolean(true);
            return 1;
        }
        if (option.equals("count") && thread.global.limits.memoryLimit() > 0) {
            // The runtime's own estimate, not the host's heap.
            thread.pushFloat(thread.global.limits.memory().estimate() / 1024.0);
            return 1;
        }
        return BaseLib.collectgarbage(thread, argumentCount);
    }

    private static void keepOnly(LuaTable table, String[] kept) {
        java.util.List<LuaString> doomed = new java.util.ArrayList<>();
        java.util.Set<String> keep = java.util.Set.of(kept);
        for (int position = table.nextPosition(Tag.NIL, 0, null); position >= 0;
                position = table.nextPosition(table.keyTagAt(position), table.keyBitsAt(position), table.keyRefAt(position))) {
            if (table.keyTagAt(position) == Tag.STRING && !keep.contains(table.keyRefAt(position).toString())) {
                doomed.add((LuaString) table.keyRefAt(position));
            }
        }
        for (LuaString key : doomed) {
            table.setString(key, Tag.NIL, 0, null);
        }
    }

    private static boolean present(LuaTable table, String name) {
        int slot = table.findString(LuaString.of(name));
        return slot >= 0 && table.valueTags[slot] != Tag.NIL;
    }

    private static void remove(LuaTable table, String name) {
        table.setString(LuaString.of(name), Tag.NIL, 0, null);
    }

    private static LuaTable table(LuaTable table, String name) {
        int slot = table.findString(LuaString.of(name));
        return slot >= 0 && table.valueTags[slot] == Tag.TABLE ? (LuaTable) table.valueRefs[slot] : null;
    }
}
