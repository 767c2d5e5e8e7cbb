package org.crescent.stdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crescent.interpreter.Conversions;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The package library (manual section 6.3) and require, after loadlib.c as built without
 * dynamic libraries: the C searchers look along package.cpath as C Lua does, and a library
 * they find cannot be loaded ("dynamic libraries not enabled"). Java code provides modules
 * through package.preload, see {@link #registerModule}.
 */
public final class PackageLib {
    /** The path Debian's lua5.4 uses when LUA_PATH_5_4 and LUA_PATH are unset. */
    public static final String DEFAULT_PATH = "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;"
            + "/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;"
            + "/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
    /** The C path Debian's lua5.4 uses when LUA_CPATH_5_4 and LUA_CPATH are unset. */
    public static final String DEFAULT_CPATH = "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;"
            + "/usr/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so";
    private static final String NO_DYNAMIC_LIBRARIES = "dynamic libraries not enabled; check your Lua installation";
    private static final LuaString PRELOAD_KEY = LuaString.of("_PRELOAD");
    private static final LuaString PRELOAD_MARK = LuaString.of(":preload:");

    private PackageLib() {}

    public static void open(GlobalState global) {
        Library library = Library.create(global, "package");
        LuaTable packageTable = library.table();
        library.registerAll(Function.values(), packageTable);
        LuaTable searchers = new LuaTable(4, 0);
        for (int i = 0; i < SEARCHERS.length; i++) {
            searchers.setInteger(i + 1, Tag.FUNCTION, 0, SEARCHERS[i].function(packageTable));
        }
        library.set("searchers", Tag.TABLE, 0, searchers);
        boolean ignoreEnvironment = registryFlag(global, "LUA_NOENV");
        library.set("path", Tag.STRING, 0, Errors.bytesOf(path(ignoreEnvironment, "LUA_PATH", DEFAULT_PATH)));
        library.set("cpath", Tag.STRING, 0, Errors.bytesOf(path(ignoreEnvironment, "LUA_CPATH", DEFAULT_CPATH)));
        library.set("config", Tag.STRING, 0, LuaString.of("/\n;\n?\n!\n-\n"));
        library.set("loaded", Tag.TABLE, 0, Library.loaded(global));
        library.set("preload", Tag.TABLE, 0, preload(global));
        global.globals.setString(LuaString.of("require"), Tag.FUNCTION, 0, Function.REQUIRE.function(packageTable));
    }

    /**
     * The registration table: package's functions, then those the library places itself
     * (require, a global, and the searchers); each carries the package table.
     */
    enum Function implements LibraryFunction {
        LOADLIB, SEARCHPATH, REQUIRE, SEARCH_PRELOAD, SEARCH_LUA, SEARCH_C, SEARCH_CROOT;

        @Override
        public String luaName() {
            return this == SEARCH_PRELOAD ? "preload"
                    : this == SEARCH_LUA ? "lua"
                    : this == SEARCH_C ? "c"
                    : this == SEARCH_CROOT ? "croot"
                    : LibraryFunction.super.luaName();
        }

        @Override
        public boolean registered() {
            return compareTo(REQUIRE) < 0;
        }

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case LOADLIB -> loadlib(thread, count);
                case SEARCHPATH -> searchpath(thread, count);
                case REQUIRE -> require(packageTable(thread), thread);
                case SEARCH_PRELOAD -> searchPreload(thread);
                case SEARCH_LUA -> searchLua(packageTable(thread), thread);
                case SEARCH_C -> searchC(packageTable(thread), thread);
                case SEARCH_CROOT -> searchCRoot(packageTable(thread), thread);
            };
        }

        private static LuaTable packageTable(LuaThread thread) {
            return (LuaTable) LibraryFunction.state(thread);
        }
    }

    /** package.searchers, in order. */
    private static final Function[] SEARCHERS = {
        Function.SEARCH_PRELOAD, Function.SEARCH_LUA, Function.SEARCH_C, Function.SEARCH_CROOT};

    /**
     * Makes {@code require(name)} call {@code opener} (once; its result is kept in
     * package.loaded) by putting it in package.preload, so Java modules are found before any
     * file. The opener receives the module name and ":preload:" as arguments, and returns the
     * module's value (usually a table; nothing means true). Works whether or not the package
     * library is open.
     */
    public static void registerModule(GlobalState global, String name, JavaFunction.Body opener) {
        preload(global).setString(LuaString.of(name), Tag.FUNCTION, 0, new JavaFunction(name, opener));
    }

    /** The registry's _PRELOAD table (package.preload), created on first use. */
    static LuaTable preload(GlobalState global) {
        int slot = global.registry.findString(PRELOAD_KEY);
        if (slot >= 0 && global.registry.valueTags[slot] == Tag.TABLE) {
            return (LuaTable) global.registry.valueRefs[slot];
        }
        LuaTable table = new LuaTable();
        global.registry.setString(PRELOAD_KEY, Tag.TABLE, 0, table);
        return table;
    }

    private static boolean registryFlag(GlobalState global, String key) {
        int slot = global.registry.findString(LuaString.of(key));
        return slot >= 0 && global.registry.valueTags[slot] > Tag.FALSE;
    }

    /** setpath: the versioned variable, else the plain one, with ";;" replaced by the default. */
    static String path(boolean ignoreEnvironment, String variable, String defaultPath) {
        String value = System.getenv(variable + "_5_4");
        if (value == null) {
            value = System.getenv(variable);
        }
        if (value == null || ignoreEnvironment) {
            return defaultPath;
        }
        return expandPath(Errors.latin(FileNames.toLua(value)), defaultPath);
    }

    /** A path from the environment with its first ";;" replaced by ";default;" (ends trimmed). */
    static String expandPath(String value, String defaultPath) {
        int mark = value.indexOf(";;");
        if (mark < 0) {
            return value;
        }
        StringBuilder result = new StringBuilder();
        if (mark > 0) {
            result.append(value, 0, mark).append(';');
        }
        result.append(defaultPath);
        if (mark < value.length() - 2) {
            result.append(';').append(value, mark + 2, value.length());
        }
        return result.toString();
    }

    static int loadlib(LuaThread thread, int argumentCount) {
        thread.checkString(1);
        thread.checkString(2);
        thread.pushNil();
        thread.pushString(NO_DYNAMIC_LIBRARIES);
        thread.pushString("absent");
        return 3;
    }

    static int searchpath(LuaThread thread, int argumentCount) {
        // C Lua reads these as arguments of one call, which gcc evaluates from the last.
        String directorySeparator = Errors.latin(thread.optString(4, LuaString.of("/")));
        String separator = Errors.latin(thread.optString(3, LuaString.of(".")));
        String path = Errors.latin(thread.checkString(2));
        String name = Errors.latin(thread.checkString(1));
        StringBuilder notFound = new StringBuilder();
        String found = search(thread.global, name, path, separator, directorySeparator, notFound);
        if (found != null) {
            thread.pushString(Errors.bytesOf(found));
            return 1;
        }
        thread.pushNil();
        thread.pushString(Errors.bytesOf(notFound.toString()));
        return 2;
    }

    /**
     * searchpath: the first readable file among the path's templates with '?' replaced by the
     * name (its {@code separator}s turned into {@code directorySeparator}s), or null with the
     * "no file" lines in {@code notFound}.
     */
    static String search(GlobalState global, String name, String path, String separator, String directorySeparator,
            StringBuilder notFound) {
        if (!separator.isEmpty() && name.contains(separator)) {
            name = name.replace(separator, directorySeparator);
        }
        String candidates = path.replace("?", name);
        for (String candidate : candidates.split(";", -1)) {
            if (candidate.isEmpty()) {
                continue;
            }
            if (readable(global, candidate)) {
                return candidate;
            }
        }
        notFound.append("no file '").append(candidates.replace(";", "'\n\tno file '")).append('\'');
        return null;
    }

    private static boolean readable(GlobalState global, String candidate) {
        Path file = FileNames.resolve(global, Errors.bytesOf(candidate));
        return file != null && Files.isReadable(file);
    }

    /** findfile: searches package[field] for the module. */
    private static String findFile(LuaTable packageTable, LuaThread thread, String name, String field, StringBuilder notFound) {
        int slot = packageTable.findString(LuaString.of(field));
        byte tag = slot < 0 ? Tag.NIL : packageTable.valueTags[slot];
        LuaString path;
        if (tag == Tag.STRING) {
            path = (LuaString) packageTable.valueRefs[slot];
        } else if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
            path = Conversions.numberToString(tag, packageTable.valueBits[slot]);
        } else {
            throw thread.error("'package." + field + "' must be a string");
        }
        return search(thread.global, name, Errors.latin(path), ".", "/", notFound);
    }

    private static int searchPreload(LuaThread thread) {
        LuaString name = thread.checkString(1);
        LuaTable table = preload(thread.global);
        int slot = table.findString(name);
        if (slot < 0 || table.valueTags[slot] == Tag.NIL) {
            thread.pushString(Errors.bytesOf("no field package.preload['" + Errors.latin(name) + "']"));
            return 1;
        }
        thread.pushValue(table.valueTags[slot], table.valueBits[slot], table.valueRefs[slot]);
        thread.pushString(PRELOAD_MARK);
        return 2;
    }

    private static int searchLua(LuaTable packageTable, LuaThread thread) {
        String name = Errors.latin(thread.checkString(1));
        StringBuilder notFound = new StringBuilder();
        String fileName = findFile(packageTable, thread, name, "path", notFound);
        if (fileName == null) {
            thread.pushString(Errors.bytesOf(notFound.toString()));
            return 1;
        }
        LuaClosure loader;
        try {
            byte[] chunk = ChunkLoader.readScript(thread.global, fileName);
            loader = ChunkLoader.load(chunk, Errors.bytesOf("@" + fileName), "bt", Tag.TABLE, 0, thread.global.globals);
        } catch (LuaError error) {
            String message = error.valueTag == Tag.STRING ? Errors.latin((LuaString) error.valueRef) : error.getMessage();
            throw thread.error("error loading module '" + name + "' from file '" + fileName + "':\n\t" + message);
        }
        thread.pushFunction(loader);
        thread.pushString(Errors.bytesOf(fileName));
        return 2;
    }

    private static int searchC(LuaTable packageTable, LuaThread thread) {
        String name = Errors.latin(thread.checkString(1));
        StringBuilder notFound = new StringBuilder();
        String fileName = findFile(packageTable, thread, name, "cpath", notFound);
        if (fileName == null) {
            thread.pushString(Errors.bytesOf(notFound.toString()));
            return 1;
        }
        throw thread.error("error loading module '" + name + "' from file '" + fileName + "':\n\t" + NO_DYNAMIC_LIBRARIES);
    }

    private static int searchCRoot(LuaTable packageTable, LuaThread thread) {
        String name = Errors.latin(thread.checkString(1));
        int dot = name.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        StringBuilder notFound = new StringBuilder();
        String fileName = findFile(packageTable, thread, name.substring(0, dot), "cpath", notFound);
        if (fileName == null) {
            thread.pushString(Errors.bytesOf(notFound.toString()));
            return 1;
        }
        throw thread.error("error loading module '" + name + "' from file '" + fileName + "':\n\t" + NO_DYNAMIC_LIBRARIES);
    }

    /** ll_require: package.loaded[name], or the first loader the searchers find, run once. */
    static int require(LuaTable packageTable, LuaThread thread) {
        LuaString name = thread.checkString(1);
        LuaTable loaded = Library.loaded(thread.global);
        int slot = loaded.findString(name);
        if (slot >= 0 && loaded.valueTags[slot] > Tag.FALSE) {
            thread.pushValue(loaded.valueTags[slot], loaded.valueBits[slot], loaded.valueRefs[slot]);
            return 1;
        }
        int loaderSlot = findLoader(packageTable, thread, name);
        // Stack: loader, loader data. Call loader(name, data), keeping the data.
        int callSlot = thread.top;
        thread.pushSlot(loaderSlot);
        thread.pushString(name);
        thread.pushSlot(loaderSlot + 1);
        thread.call(callSlot, 2, 1);
        thread.top = callSlot + 1;
        if (thread.tags[callSlot] != Tag.NIL) {
            Metatables.newIndex(thread, Tag.TABLE, 0, loaded, Tag.STRING, 0, name,
                    thread.tags[callSlot], thread.bits[callSlot], thread.refs[callSlot], Integer.MIN_VALUE);
        }
        thread.top = callSlot;
        thread.pushNil();
        Metatables.index(thread, Tag.TABLE, 0, loaded, Tag.STRING, 0, name, callSlot, Integer.MIN_VALUE);
        if (thread.tags[callSlot] == Tag.NIL) {
            Metatables.newIndex(thread, Tag.TABLE, 0, loaded, Tag.STRING, 0, name, Tag.TRUE, 0, null, Integer.MIN_VALUE);
            thread.tags[callSlot] = Tag.TRUE;
        }
        thread.pushSlot(loaderSlot + 1);
        return 2;
    }

    /** findloader: leaves a loader and its data on the stack (returning their slot), or raises "module not found". */
    private static int findLoader(LuaTable packageTable, LuaThread thread, LuaString name) {
        int slot = packageTable.findString(LuaString.of("searchers"));
        if (slot < 0 || packageTable.valueTags[slot] != Tag.TABLE) {
            throw thread.error("'package.searchers' must be a table");
        }
        LuaTable searchers = (LuaTable) packageTable.valueRefs[slot];
        StringBuilder message = new StringBuilder();
        for (int index = 1; ; index++) {
            int callSlot = thread.top;
            thread.ensureCapacity(4);
            searchers.getInteger(index, thread.tags, thread.bits, thread.refs, callSlot);
            if (thread.tags[callSlot] == Tag.NIL) {
                throw thread.error("module '" + Errors.latin(name) + "' not found:" + message);
            }
            thread.top = callSlot + 1;
            thread.pushString(name);
            thread.call(callSlot, 1, 2);
            thread.top = callSlot + 2;
            if (thread.tags[callSlot] == Tag.FUNCTION) {
                return callSlot;
            }
            if (thread.tags[callSlot] == Tag.STRING || thread.tags[callSlot] == Tag.INTEGER
                    || thread.tags[callSlot] == Tag.FLOAT) {
                LuaString text = thread.tags[callSlot] == Tag.STRING ? (LuaString) thread.refs[callSlot]
                        : Conversions.numberToString(thread.tags[callSlot], thread.bits[callSlot]);
                message.append("\n\t").append(Errors.latin(text));
            }
            thread.top = callSlot;
        }
    }
}
