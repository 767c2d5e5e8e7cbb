package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API: values both ways, globals, callbacks, errors, userdata, streams. */
class LuaTest {
    /** A Java type exposed to Lua as userdata. */
    static final class Point {
        final double x;
        final double y;

        Point(double x, double y) {
            this.x = x;
            this.y = y;
        }
    }

    @Test
    void evalReturnsJavaValues() {
        try (Lua lua = Lua.create()) {
            assertEquals(42L, lua.eval("return 42"));
            assertNull(lua.eval("x = 1"));
            Object[] values = lua.load("return 1, 2.5, 'text', true, nil, 2^53").callAll();
            assertArrayEquals(new Object[] {1L, 2.5, "text", true, null, 9007199254740992.0}, values);
        }
    }

    @Test
    void globalsAreSetAndRead() {
        try (Lua lua = Lua.create()) {
            lua.set("n", 5);
            lua.set("s", "h\u00e9");
            lua.set("bytes", new byte[] {0, (byte) 255});
            lua.set("flag", false);
            assertEquals(6L, lua.eval("return n + 1"));
            assertEquals(3L, lua.eval("return #s"));
            assertArrayEquals(new Object[] {2L, true}, lua.load("return #bytes, bytes == '\\0\\255'").callAll());
            assertEquals("boolean", lua.eval("return type(flag)"));
            lua.eval("fromLua = 'x' .. 1");
            assertEquals("x1", lua.get("fromLua"));
            lua.set("n", null);
            assertNull(lua.eval("return n"));
        }
    }

    @Test
    void tablesAreLiveViews() {
        try (Lua lua = Lua.create()) {
            lua.eval("t = {10, 20, 30, name = 'list'}");
            LuaTableView table = (LuaTableView) lua.get("t");
            assertEquals("list", table.get("name"));
            assertEquals(20L, table.get(2));
            assertEquals(20L, table.get(2L));
            assertEquals(20L, table.get(2.0));
            assertEquals(3L, table.length());
            assertEquals(4, table.size());
            assertEquals(List.of(10L, 20L, 30L), table.toList());
            table.put("added", 1.5);
            assertEquals(1.5, lua.eval("return t.added"));
            lua.eval("t.fromLua = true");
            assertEquals(true, table.get("fromLua"));
            table.asList().add(40);
            assertEquals(4L, lua.eval("return #t"));
            table.remove("name");
            assertNull(lua.eval("return t.name"));
            Map<Object, Object> copy = table.toMap();
            table.put("later", 1);
            assertTrue(!copy.containsKey("later"));
            assertEquals(table, lua.get("t"));
        }
    }

    @Test
    void mapsAndListsBecomeTables() {
        try (Lua lua = Lua.create()) {
            lua.set("config", Map.of("name", "crescent", "sizes", List.of(1, 2, 3)));
            assertArrayEquals(new Object[] {"crescent", 2L, 3L},
                    lua.load("return config.name, config.sizes[2], #config.sizes").callAll());
        }
    }

    @Test
    void iterationRemovesEntries() {
        try (Lua lua = Lua.create()) {
            LuaTableView table = (LuaTableView) lua.eval("return {a = 1, b = 2, c = 3, 4}");
            table.entrySet().removeIf(entry -> entry.getValue().equals(2L));
            assertEquals(3, table.size());
            assertNull(table.get("b"));
        }
    }

    @Test
    void functionsAreCallableHandles() {
        try (Lua lua = Lua.create()) {
            LuaCallable function = (LuaCallable) lua.eval("return function(a, b) return a + b, a * b end");
            assertEquals(5L, function.call(2, 3));
            assertArrayEquals(new Object[] {5L, 6L}, function.callAll(2, 3));
            assertEquals(2.5, function.call(1, 1.5));
            assertEquals("7", lua.call("tostring", 7));
        }
    }

    @Test
    void javaFunctionsReadTypedArguments() {
        try (Lua lua = Lua.create()) {
            lua.register("add", args -> args.checkInteger(1) + args.checkInteger(2));
            lua.register("describe", args -> Results.of(args.count(), args.typeName(1), args.optString(2, "default")));
            lua.register("nothing", args -> Results.none());
            assertEquals(5L, lua.eval("return add(2, 3)"));
            assertEquals(5L, lua.eval("return add('2', 3.0)"));
            assertArrayEquals(new Object[] {1L, "table", "default"}, lua.load("return describe({})").callAll());
            assertEquals(0L, lua.eval("return select('#', nothing())"));
        }
    }

    @Test
    void argumentErrorsReadAsCLua() {
        try (Lua lua = Lua.create()) {
            lua.register("twice", args -> args.checkInteger(1) * 2);
            LuaException error = assertThrows(LuaException.class, () -> lua.eval("return twice('x')", "test"));
            assertEquals(ReferenceLua.output("io.write(select(2, pcall(load(\"twice = utf8.char; return twice('x')\", '=test'))))"),
                    error.getMessage());
            lua.registerType(Point.class, "Point");
            lua.register("norm", args -> args.checkUserdata(1, Point.class).x);
            error = assertThrows(LuaException.class, () -> lua.eval("return norm(1)", "test"));
            String reference = ReferenceLua.output("norm = io.close; io.write(select(2, pcall(load('return norm(1)', '=test'))))");
            assertEquals(reference.replace("FILE*", "Point"), error.getMessage());
        }
    }

    @Test
    void errorsCarryValueMessageAndTraceback() {
        try (Lua lua = Lua.create()) {
            LuaException error = assertThrows(LuaException.class, () -> lua.eval("local t = nil\nreturn t.x", "test"));
            assertEquals(ReferenceLua.output("io.write(select(2, pcall(load('local t = nil\\nreturn t.x', '=test'))))"),
                    error.getMessage());
            assertEquals(error.getMessage(), error.value());
            assertTrue(error.luaTraceback().startsWith("stack traceback:"), error.luaTraceback());
            assertTrue(error.luaTraceback().contains("test:2: in main chunk"), error.luaTraceback());

            error = assertThrows(LuaException.class, () -> lua.eval("error({code = 42})"));
            assertEquals(42L, ((LuaTableView) error.value()).get("code"));
            assertEquals("(error object is a table value)", error.getMessage());

            error = assertThrows(LuaException.class, () -> lua.eval("error(setmetatable({}, {__tostring = function() return 'custom' end}))"));
            assertEquals("custom", error.getMessage());

            error = assertThrows(LuaException.class, () -> lua.load("x = = 1"));
            assertEquals(ReferenceLua.output("io.write(select(2, load('x = = 1')))"), error.getMessage());
            assertNull(error.luaTraceback());
        }
    }

    @Test
    void javaExceptionsBecomeLuaErrors() {
        try (Lua lua = Lua.create()) {
            lua.register("fail", args -> {
                throw new IllegalStateException("boom");
            });
            // Called by pcall (a Java function), the error has no Lua position, as luaL_error called from C.
            assertArrayEquals(new Object[] {false, "java.lang.IllegalStateException: boom"},
                    lua.load("return pcall(fail)").callAll());
            LuaException error = assertThrows(LuaException.class, () -> lua.eval("fail()", "test"));
            assertEquals("test:1: java.lang.IllegalStateException: boom", error.getMessage());
            assertInstanceOf(IllegalStateException.class, error.getCause());
            lua.register("raise", args -> {
                throw args.error("custom failure");
            });
            error = assertThrows(LuaException.class, () -> lua.eval("raise()", "test"));
            assertEquals("test:1: custom failure", error.getMessage());
        }
    }

    @Test
    void nestedCallsBothWaysKeepTheState() {
        try (Lua lua = Lua.create()) {
            lua.register("down", args -> {
                long n = args.checkInteger(1);
                if (n == 0) {
                    return "bottom";
                }
                return args.lua().call("luaDown", n - 1);
            });
            lua.eval("function luaDown(n) local s = down(n) return s end");
            assertEquals("bottom", lua.eval("return luaDown(100)"));
            // Deeper than C Lua's limit of 200 nested C calls: Lua's own error, then business as usual.
            LuaException error = assertThrows(LuaException.class, () -> lua.eval("return luaDown(1000)"));
            assertTrue(error.getMessage().contains("stack overflow"), error.getMessage());
            assertEquals("bottom", lua.eval("return luaDown(10)"));

            lua.register("throwing", args -> {
                long n = args.checkInteger(1);
                if (n == 0) {
                    return lua.eval("error({code = 7})");
                }
                return args.lua().call("luaThrowing", n - 1);
            });
            lua.eval("function luaThrowing(n) return throwing(n) end");
            assertArrayEquals(new Object[] {false, 7L},
                    lua.load("local ok, e = pcall(luaThrowing, 20) return ok, e.code").callAll());
            assertEquals(3L, lua.eval("local t = {} for i = 1, 3 do t[i] = luaDown(i) end return #t"));
            assertEquals(0, lua.globalState().mainThread.top);
        }
    }

    @Test
    void javaObjectsAreUserdataWithMetatables() {
        try (Lua lua = Lua.create()) {
            LuaTableView type = lua.registerType(Point.class, "Point");
            type.put("norm", (LuaCallback) args -> {
                Point point = args.checkUserdata(1, Point.class);
                return Math.hypot(point.x, point.y);
            });
            type.put("__tostring", (LuaCallback) args -> {
                Point point = args.checkUserdata(1, Point.class);
                return "(" + point.x + ", " + point.y + ")";
            });
            Point point = new Point(3, 4);
            lua.set("p", point);
            lua.set("q", point);
            assertEquals(5.0, lua.eval("return p:norm()"));
            assertEquals("userdata", lua.eval("return type(p)"));
            assertEquals("(3.0, 4.0)", lua.eval("return tostring(p)"));
            assertEquals(true, lua.eval("return p == q"));
            assertSame(point, lua.get("p"));
            assertEquals("Point", lua.eval("return getmetatable(p).__name"));
            lua.set("plain", new Object());
            assertEquals(true, lua.eval("return getmetatable(plain) == nil"));
        }
    }

    @Test
    void standardStreamsAreRedirected() {
        try (Lua lua = Lua.create()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lua.setStandardOutput(out);
            lua.eval("print('hi', 1, nil)");
            assertEquals("hi\t1\tnil\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void chosenLibrariesOnly() {
        try (Lua lua = Lua.create(StandardLibrary.BASE, StandardLibrary.TABLE)) {
            assertNull(lua.eval("return math"));
            assertEquals("function", lua.eval("return type(table.concat)"));
        }
        try (Lua lua = Lua.create(java.util.EnumSet.noneOf(StandardLibrary.class))) {
            assertNull(lua.eval("return print"));
        }
    }

    @Test
    void filesResourcesAndBytes(@TempDir Path directory) throws Exception {
        try (Lua lua = Lua.create()) {
            Path script = directory.resolve("script.lua");
            Files.writeString(script, "#!/usr/bin/env crescent\nlocal a, b = ...\nreturn a * b\n");
            assertEquals(12L, lua.execute(script, 3, 4));
            assertEquals("hello, resource", lua.loadResource("api/greeting.lua").call());
            assertEquals("hello, you", lua.loadResource("api/greeting.lua").call("you"));
            LuaException missing = assertThrows(LuaException.class, () -> lua.loadResource("api/none.lua"));
            assertEquals("cannot open resource api/none.lua", missing.getMessage());
            LuaException noFile = assertThrows(LuaException.class, () -> lua.execute(directory.resolve("none.lua")));
            assertTrue(noFile.getMessage().startsWith("cannot open "), noFile.getMessage());
            assertEquals(3L, lua.load("return 1 + 2".getBytes(StandardCharsets.UTF_8), "bytes").call());
            LuaException named = assertThrows(LuaException.class, () -> lua.eval("error('x')", "named"));
            assertEquals("named:1: x", named.getMessage());
        }
    }

    @Test
    void interruptStopsRunningCode() throws Exception {
        List<String> endlessLoops = List.of(
                "local n = 0 while true do n = n + 1 end",
                "local n = 0 repeat n = n + 1 until false",
                "for i = 1, math.maxinteger do end",
                "for i = 1.0, math.huge do end",
                "local function step() return 1 end for x in step do end",
                "local function loop(n) return loop(n + 1) end loop(1)",
                "::again:: goto again");
        try (Lua lua = Lua.create()) {
            for (String loop : endlessLoops) {
                Thread watchdog = new Thread(() -> {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException ignored) {
                        return;
                    }
                    lua.interrupt();
                });
                watchdog.start();
                LuaException error = assertThrows(LuaException.class, () -> lua.eval(loop));
                assertEquals("interrupted!", error.getMessage(), loop);
                watchdog.join();
                assertEquals(2L, lua.eval("return 1 + 1"));
            }
        }
    }

    @Test
    void javaModulesAreRequired() {
        try (Lua lua = Lua.create()) {
            int[] opened = {0};
            lua.registerModule("geometry", args -> {
                opened[0]++;
                LuaTableView module = args.lua().newTable();
                module.put("name", args.checkString(1));
                module.put("square", (LuaCallback) a -> a.checkNumber(1) * a.checkNumber(1));
                return module;
            });
            assertArrayEquals(new Object[] {"geometry", 6.25, true},
                    lua.load("local g = require('geometry') return g.name, g.square(2.5), require('geometry') == g").callAll());
            assertEquals(1, opened[0]);
        }
    }

    @Test
    void ioUsesTheRedirectedStreams() {
        try (Lua lua = Lua.create()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            lua.setStandardOutput(out);
            lua.setStandardError(err);
            lua.setStandardInput(new java.io.ByteArrayInputStream("first line\n42\n".getBytes(StandardCharsets.UTF_8)));
            lua.eval("local line = io.read('l') local n = io.read('n') io.write(line, ':', n + 1, '\\n') io.stderr:write('warned')");
            assertEquals("first line:43\n", out.toString(StandardCharsets.UTF_8));
            assertEquals("warned", err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void osExitEndsTheRuntimeNotTheJvm() {
        Lua lua = Lua.create();
        lua.register("nested", args -> args.lua().eval("os.exit(3)"));
        LuaExitException exit = assertThrows(LuaExitException.class, () -> lua.eval("pcall(nested) error('not reached')"));
        assertEquals(3, exit.status());
        assertThrows(IllegalStateException.class, () -> lua.eval("return 1"));
        try (Lua other = Lua.create()) {
            assertEquals(0, assertThrows(LuaExitException.class, () -> other.eval("os.exit(true)")).status());
        }
    }

    @Test
    void precompiledChunksRunAnywhere() {
        byte[] chunk;
        try (Lua lua = Lua.create()) {
            LuaCallable function = lua.load("local a, b = ... return a .. b, #{...}", "adder");
            chunk = function.dump(false);
            assertEquals(ChunkLoaderMark.BINARY, chunk[0]);
            assertThrows(LuaException.class, () -> ((LuaCallable) lua.get("print")).dump(false));
            assertEquals("function", lua.eval("return type(load(string.dump(function() return 1 end)))"));
        }
        try (Lua other = Lua.create()) {
            assertArrayEquals(new Object[] {"xy", 2L}, other.load(chunk, "adder").callAll("x", "y"));
            LuaException error = assertThrows(LuaException.class, () -> other.load(new byte[] {0x1B, 'L', 'u', 'a'}, "broken"));
            assertTrue(error.getMessage().startsWith("broken: "), error.getMessage());
        }
    }

    /** The first byte of a binary chunk (LUA_SIGNATURE). */
    private static final class ChunkLoaderMark {
        static final byte BINARY = 0x1B;
    }

    @Test
    void closedRuntimeRefusesUse() {
        Lua lua = Lua.create();
        lua.close();
        assertThrows(IllegalStateException.class, () -> lua.eval("return 1"));
    }
}
