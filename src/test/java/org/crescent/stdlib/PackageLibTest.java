package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;
import org.junit.jupiter.api.Test;

/** require of Java modules, and what differs from a C Lua built with dynamic libraries. */
class PackageLibTest {
    @Test
    void javaModulesAreFoundThroughPreloadAndLoadedOnce() {
        LuaRun lua = new LuaRun();
        int[] opened = {0};
        PackageLib.registerModule(lua.global, "greeting", (thread, count) -> {
            opened[0]++;
            LuaTable module = new LuaTable();
            module.setString(LuaString.of("text"), Tag.STRING, 0, LuaString.of("hello from Java"));
            module.setString(LuaString.of("name"), Tag.STRING, 0, thread.checkString(1));
            module.setString(LuaString.of("data"), Tag.STRING, 0, thread.checkString(2));
            thread.pushTable(module);
            return 1;
        });
        assertEquals("hello from Java\tgreeting\t:preload:\t:preload:\ntrue\n",
                lua.run("local m, data = require('greeting') print(m.text, m.name, m.data, data) print(require('greeting') == m)"));
        assertEquals(1, opened[0]);
    }

    @Test
    void aModuleReturningNothingIsTrue() {
        LuaRun lua = new LuaRun();
        PackageLib.registerModule(lua.global, "silent", (thread, count) -> 0);
        assertEquals("true\ttrue\n", lua.run("print(require('silent'), package.loaded.silent)"));
    }

    @Test
    void dynamicLibrariesAreAbsent() {
        assertEquals("nil\tdynamic libraries not enabled; check your Lua installation\tabsent\n",
                new LuaRun().run("print(package.loadlib('/usr/lib/x.so', 'luaopen_x'))"));
    }

    @Test
    void defaultPathsAreDebians() {
        LuaRun lua = new LuaRun();
        String path = System.getenv("LUA_PATH_5_4") == null && System.getenv("LUA_PATH") == null ? PackageLib.DEFAULT_PATH : null;
        if (path != null) {
            assertEquals(path + "\n", lua.run("print(package.path)"));
        }
    }

    @Test
    void doubleSemicolonsInsertTheDefault() {
        assertEquals("a;D;b", PackageLib.expandPath("a;;b", "D"));
        assertEquals("D;b", PackageLib.expandPath(";;b", "D"));
        assertEquals("a;D", PackageLib.expandPath("a;;", "D"));
        assertEquals("D", PackageLib.expandPath(";;", "D"));
        assertEquals("a;D;;;b", PackageLib.expandPath("a;;;;b", "D"));
        assertEquals("x;y", PackageLib.expandPath("x;y", "D"));
    }
}
