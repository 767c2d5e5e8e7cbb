package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Lua#sandboxed()}: a script reaches no file, process or environment variable, and
 * cannot load bytecode; what is left works as in C Lua.
 */
class SandboxProfileTest {
    @TempDir
    Path directory;

    @Test
    void systemAccessIsAbsent() {
        try (Lua lua = Lua.sandboxed()) {
            assertArrayEquals(new Object[] {"nil", "nil", "nil", "nil"},
                    lua.load("return type(io), type(debug), type(dofile), type(loadfile)").callAll());
            assertArrayEquals(new Object[] {"nil", "nil", "nil", "nil", "nil", "nil", "nil"},
                    lua.load("return type(os.execute), type(os.exit), type(os.getenv), type(os.remove), "
                            + "type(os.rename), type(os.tmpname), type(os.setlocale)").callAll());
            assertArrayEquals(new Object[] {"nil", "nil", "nil", "nil"},
                    lua.load("return type(package.loaded.io), type(package.loaded.debug), type(package.loadlib), "
                            + "type(package.searchpath)").callAll());
            assertArrayEquals(new Object[] {"", "", 1L},
                    lua.load("return package.path, package.cpath, #package.searchers").callAll());
        }
    }

    @Test
    void timeFunctionsStay() {
        try (Lua lua = Lua.sandboxed()) {
            assertArrayEquals(new Object[] {"number", "number", "1970", 5.0},
                    lua.load("return math.type(os.time()) and 'number', type(os.clock()), os.date('!%Y', 0), "
                            + "os.difftime(10, 5)").callAll());
        }
    }

    @Test
    void filesCannotBeRequired() throws Exception {
        Files.writeString(directory.resolve("secret.lua"), "return 'leaked'");
        try (Lua lua = Lua.sandboxed()) {
            lua.setWorkingDirectory(directory);
            lua.eval("package.path = './?.lua'");
            LuaException error = assertThrows(LuaException.class, () -> lua.eval("return require('secret')"));
            assertEquals("[string \"return require('secret')\"]:1: module 'secret' not found:\n"
                    + "\tno field package.preload['secret']", error.getMessage());
        }
    }

    @Test
    void javaModulesCanStillBeRequired() {
        try (Lua lua = Lua.sandboxed()) {
            lua.registerModule("greeting", args -> "hello");
            assertEquals("hello", lua.eval("return require('greeting')"));
        }
    }

    @Test
    void binaryChunksAreRefused() {
        try (Lua lua = Lua.sandboxed()) {
            // lua5.4 -e "print(load(string.dump(function() end), 'x', 't'))"
            assertArrayEquals(new Object[] {null, "attempt to load a binary chunk (mode is 't')"},
                    lua.load("return load(string.dump(function() end), 'x', 'bt')").callAll());
            assertArrayEquals(new Object[] {null, "attempt to load a binary chunk (mode is 't')"},
                    lua.load("return load(string.dump(function() end), 'x', 'b')").callAll());
            assertArrayEquals(new Object[] {null, "attempt to load a binary chunk (mode is 't')"},
                    lua.load("local s = string.dump(function() end) "
                            + "return load(function() local piece = s s = nil return piece end, 'x')").callAll());
            assertEquals(3L, lua.eval("return load('return 1 + 2')()"));
        }
    }

    @Test
    void collectgarbageDoesNotCollectTheHostsHeap() {
        try (Lua lua = Lua.sandboxed()) {
            assertArrayEquals(new Object[] {0L, true, "number", true},
                    lua.load("return collectgarbage(), collectgarbage('step'), type(collectgarbage('count')), "
                            + "collectgarbage('isrunning')").callAll());
        }
    }

    @Test
    void countReportsTheRuntimesOwnEstimate() {
        try (Lua lua = Lua.sandboxed()) {
            lua.setMemoryLimit(64L << 20);
            double before = (Double) lua.eval("return collectgarbage('count')");
            double after = (Double) lua.eval("keep = string.rep('x', 4000000) return collectgarbage('count')");
            assertTrue(after - before > 3900 && after - before < 8000, before + " -> " + after);
        }
    }

    @Test
    void theUsualLibrariesWork() {
        try (Lua lua = Lua.sandboxed()) {
            Object result = lua.eval("local t = {} for w in string.gmatch('c b a', '%a') do t[#t + 1] = w:upper() end "
                    + "table.sort(t) local co = coroutine.wrap(function() coroutine.yield(utf8.char(72)) end) "
                    + "return table.concat(t) .. co() .. math.floor(2.5)");
            assertEquals("ABCH2", result);
        }
    }

    @Test
    void chosenLibrariesAreRestrictedToo() {
        try (Lua lua = Lua.sandboxed(StandardLibrary.BASE, StandardLibrary.IO, StandardLibrary.OS)) {
            assertArrayEquals(new Object[] {"nil", "nil", "function", "nil"},
                    lua.load("return type(io), type(os.getenv), type(os.time), type(string)").callAll());
        }
    }

    @Test
    void theFullRuntimeStillHasEverything() {
        try (Lua lua = Lua.create()) {
            assertTrue((Boolean) lua.eval("return io ~= nil and debug ~= nil and os.getenv ~= nil and dofile ~= nil"));
        }
    }
}
