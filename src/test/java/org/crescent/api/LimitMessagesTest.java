package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The fixed limits a hostile script runs into, each with C Lua's message: every expected text
 * comes from running the same expression under lua5.4 (the test skips without it).
 */
class LimitMessagesTest {
    /** The expression's value, as text, under Crescent and under lua5.4. */
    private static void same(Lua lua, String expression) {
        String expected = ReferenceLua.output("io.write(tostring(" + expression + "))");
        Object actual = lua.eval("return tostring(" + expression + ")", "=(command line)");
        assertEquals(expected, actual, expression);
    }

    /**
     * As {@link #same}, for the first line only: lua5.4 runs the parser under the caller's
     * message handler, so a parser's "C stack overflow" from lua -e carries lua.c's traceback.
     */
    private static void sameFirstLine(Lua lua, String expression) {
        String expected = ReferenceLua.output("io.write(tostring(" + expression + "))").split("\n", 2)[0];
        Object actual = lua.eval("return tostring(" + expression + ")", "=(command line)");
        assertEquals(expected, actual, expression);
    }

    /** The text both end with (the count of nested positions before it differs by a few). */
    private static void sameEnding(Lua lua, String expression, String ending) {
        String expected = ReferenceLua.output("io.write(tostring(" + expression + "))");
        String actual = (String) lua.eval("return tostring(" + expression + ")", "=(command line)");
        assertTrue(expected.endsWith(ending), expected);
        assertTrue(actual.endsWith(ending), actual);
    }

    private static String catching(String body) {
        return "select(2, pcall(function() " + body + " end))";
    }

    @Test
    void parserNesting() {
        try (Lua lua = Lua.create()) {
            sameFirstLine(lua, "select(2, load(string.rep('(', 300) .. '1' .. string.rep(')', 300)))");
            sameFirstLine(lua, "select(2, load('return ' .. string.rep('(', 300) .. '1' .. string.rep(')', 300)))");
            sameFirstLine(lua, "select(2, load(string.rep('do ', 300) .. string.rep('end ', 300)))");
            sameFirstLine(lua, "select(2, load('return ' .. string.rep('{', 300) .. string.rep('}', 300)))");
            sameFirstLine(lua, "select(2, load(string.rep('function f() ', 300) .. string.rep('end ', 300)))");
            sameFirstLine(lua, "select(2, load('return ' .. string.rep('- ', 100000) .. '1'))");
        }
    }

    @Test
    void functionSizes() {
        try (Lua lua = Lua.create()) {
            // lua5.4 adds " near '1'" (the parser's token when the code generator ran out); Crescent
            // generates code from the tree, after parsing, and has no token to show.
            String registers = "select(2, load('return f(' .. string.rep('1,', 300) .. '1)'))";
            assertEquals(ReferenceLua.output("io.write(tostring(" + registers + "))"),
                    lua.eval("return tostring(" + registers + ")", "=(command line)") + " near '1'");
            same(lua, "select(2, load(string.rep('local a ', 201)))");
            same(lua, "select(2, load((function() local s = {} for i = 1, 150 do s[#s + 1] = 'local u' .. i .. ' = ' .. i end "
                    + "s[#s + 1] = 'return function()' for i = 1, 150 do s[#s + 1] = 'local v' .. i .. ' = ' .. i end "
                    + "s[#s + 1] = 'return function() local x = 0' for i = 1, 150 do s[#s + 1] = 'x = u' .. i .. ' + v' .. i end "
                    + "s[#s + 1] = 'end end' return table.concat(s, '\\n') end)()))");
        }
    }

    @Test
    void stringSizes() {
        try (Lua lua = Lua.create()) {
            same(lua, catching("return string.rep('x', 1 << 62)"));
            same(lua, catching("return string.rep('xx', math.maxinteger // 2 + 1)"));
            same(lua, catching("return string.rep('x', 1 << 40, 'yy')"));
            same(lua, catching("return string.format('%0999d', 1)"));
        }
    }

    @Test
    void patternLimits() {
        try (Lua lua = Lua.create()) {
            same(lua, catching("return string.find(string.rep('a', 300), '(a)' .. string.rep('a?', 300))"));
            same(lua, catching("return string.match('a', string.rep('()', 33))"));
            same(lua, catching("return string.gsub('abc', '(', '')"));
        }
    }

    @Test
    void metamethodChains() {
        try (Lua lua = Lua.create()) {
            same(lua, catching("local t = setmetatable({}, {}) getmetatable(t).__index = t return t.x"));
            same(lua, catching("local t = setmetatable({}, {}) getmetatable(t).__newindex = t t.x = 1"));
            same(lua, catching("local t = setmetatable({}, {}) getmetatable(t).__tostring = function(x) return tostring(x) end "
                    + "return tostring(t)"));
            same(lua, catching("local t = setmetatable({}, {}) getmetatable(t).__index = function(t, k) return t[k] end "
                    + "return t.x"));
            same(lua, catching("local t = setmetatable({}, {}) getmetatable(t).__lt = function(a, b) return a < b end "
                    + "return t < t"));
        }
    }

    @Test
    void callDepths() {
        try (Lua lua = Lua.create()) {
            same(lua, catching("local function f() return 1 + f() end return f()"));
            sameEnding(lua, catching("local function f() return coroutine.wrap(f)() end return f()"), ":1: C stack overflow");
            same(lua, catching("local function f(s) return (s:gsub('.', f)) end return f('ab')"));
            same(lua, catching("local function f() return select(2, xpcall(f, f)) end return f()"));
            same(lua, catching("local function f() return table.sort({1, 2}, function() return f() end) end return f()"));
        }
    }

    @Test
    void unpackRanges() {
        try (Lua lua = Lua.create()) {
            same(lua, catching("return table.unpack({}, 1, 1e8)"));
            same(lua, catching("return table.unpack({}, math.mininteger, math.maxinteger)"));
            same(lua, catching("return select('#', table.unpack({}, 1, 1e6))"));
            same(lua, catching("return string.byte(string.rep('x', 1e7), 1, -1)"));
        }
    }
}
