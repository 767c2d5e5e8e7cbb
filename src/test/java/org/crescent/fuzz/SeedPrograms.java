package org.crescent.fuzz;

/**
 * Small programs, written for this project, whose compiled form seeds the binary-chunk
 * target: between them they hold every constant type, nested functions, upvalues, varargs,
 * to-be-closed variables, gotos and long jumps.
 */
final class SeedPrograms {
    static final String[] SOURCES = {
        "return 1",
        "local a, b = 1, 2.5 return a + b, 'text', nil, true, false",
        "local function add(x, y) return x + y end\nreturn add(3, 4) .. ''",
        "local n = 0\nfor i = 1, 10 do n = n + i end\nwhile n > 0 do n = n - 7 end\nreturn n",
        "local t = {1, 2, 3, x = 'y', [10] = 0.5}\nfor k, v in pairs(t) do t[k] = nil end\nreturn #t",
        "local function counter()\n  local c = 0\n  return function(...) c = c + select('#', ...) return c end\nend\nreturn counter()(1, 2)",
        "local x <const> = 42\ndo local c <close> = nil end\nfor i = 1, 3 do\n  if i == 2 then goto next end\n  local y = x\n  ::next::\nend\nreturn x",
        "local s = string.rep('a', 3)\nlocal ok, e = pcall(error, {code = s})\nreturn ok, e.code, 9223372036854775807, -0.0, 1e308",
        "local co = coroutine.wrap(function(a) local b = coroutine.yield(a * 2) return b end)\nreturn co(1), co(2)",
    };

    private SeedPrograms() {}
}
