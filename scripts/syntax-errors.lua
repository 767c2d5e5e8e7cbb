-- Generates the expected outcome of loading each chunk below with the reference Lua 5.4,
-- for the parser's table-driven test (org.crescent.parser.SyntaxErrorTableTest).
-- Regenerate with:
--   lua5.4 scripts/syntax-errors.lua > src/test/resources/org/crescent/parser/syntax-errors.txt
-- Each output line is: chunkname TAB source TAB outcome, where chunkname is '-' when the
-- source itself is the chunk name (load's default), outcome is 'ok' or 'error: <message>',
-- and control bytes, backslashes and non-ASCII bytes are written as \n \r \t \\ or \xHH.
-- load must be called directly from this main chunk (not under pcall): C Lua's nesting
-- limit counts the C calls already on the stack.

local rep = string.rep

local function names(prefix, n)
  local t = {}
  for i = 1, n do t[i] = prefix .. i end
  return table.concat(t, ", ")
end

local function sum(prefix, n)
  local t = {}
  for i = 1, n do t[i] = prefix .. i end
  return table.concat(t, " + ")
end

local cases = {
  -- lexical errors
  "x = \"abc", "x = 'abc\ndef'", "x = [[abc", "--[[abc", "x = [==[\na\nb", "--[=[\n\n",
  "x = [=abc", "x = [==", "x = \"\\x4g\"", "x = '\\u{110000000}'", "x = '\\u{7FFFFFFF}' 1",
  "x = '\\300'", "x = '\\u{'", "x = '\\u{12'", "x = '\\u12'", "x = '\\x", "x = '\\",
  "x = 'abc\\300def'", "x = '\\q'", "x = '\\256'", "x = '\\xg'", "x = '\\u{}'",
  "x = 3x", "x = 0x", "x = 1e", "x = 1e+", "x = 3..2", "x = 0x1p", "x = 0xep1 1",
  "x = .5 1", "x = 08 1", "x = 1.2.3", "x = 0x1.2.3", "x = 1e5e5", "x = 0xg", "x = 1_000",
  "x = \1", "x = @", "x = $", "x = \195\169", "x = !", "x = `", "x = ?", "x = \\",
  "x = 1 'a\\0b'", "x = 1 'a\\65b'", "x = 1 [==[\nlong\nstring]==]", "x = 1 \"a\\z  \n\n  b\"",
  "x = 'a\\\nb' 1", "x = 'a\\\r\nb' 1", "x = 1\r\n\n\r\r\n+ +", "x = 1\n\r\n\r+ +", "x = 1\r\r+ +",
  "x = \0", "x = 1\0", "\0", "x = '\0' 1", "-- \0 comment\nx = = 1", "x = [[\0]] 1", "x = 'a\0b\n",
  "x = 0x7fffffffffffffff 1", "x = 9223372036854775808 1", "x = 1e400 z",
  -- expressions and statements
  "x = = 1", "x =", "x = 1 +", "x = not", "x = #", "x = a..", "x = 1 2", "x = }", "x = )",
  "local", "local 1", "local x <foo> = 1", "local x <const", "local x <> = 1",
  "local x <const>, y <close>, z <close> = 1", "local a <close>, b <close> = 1, 2",
  "local x <const> = 1; x = 2", "local x <close> = nil; x = 1",
  "local x <const> = 1; function f() x = 2 end", "local x <const> = f(); x = 1",
  "local x <const> = f(); local function g() x = 1 end", "local x <const> = 1; function x() end",
  "local x <const> = {}; function x.y() end", "local a, b <const> = 1, 2; a = 3; b = 4",
  "local a <const>, b = 1, 2; b = 3; a = 4",
  "function f() x = 1", "function f()\n\n x = 1", "if x then", "if x then\n else\n",
  "if x then\nelseif y then\n", "while x do", "while x\ndo\n", "for i = 1 do end", "for i do end",
  "for 1 = 1, 2 do end", "for i = 1, 2 end", "for i, 1 in x do end", "for i, j = 1, 2 do end",
  "for i in do end", "repeat x = 1", "repeat\n\n x = 1 until", "do x = 1", "do\n x = 1",
  "(", "x = (1", "x = (1\n\n", "f(", "f(1,", "f(1\n,2", "f(1\n\n", "x = {1, 2", "x = {\n1, 2",
  "x = {[1] 2}", "x = {x y}", "x = {x = }", "x = {[1 = 2}", "x = {;}", "x = {1,,2}",
  "x.", "x:", "x:y", "x:y 1", "x:y\n.z()", "a.b:c = 1", "x", "x y", "1 = 2", "f() = 1",
  "(a) = 1", "a, f() = 1", "a, b", "a, b = ", "a.b.c", "a = b = c", "a[1] = 2 3",
  "return 1 x = 2", "return return", "return 1 2", "return;;", "return 1;", "do return end x = 1",
  "goto", "goto 1", "::a", "::a:: ::a::", "::a:: do ::a:: end", "goto a", "do goto a end",
  "goto a; local x; ::a:: print(x)", "goto a; local x; ::a::", "goto a; local x; ::a:: ;; ::b::",
  "repeat goto a; local x; ::a:: until x", "local x <const> = 1 goto a local y ::a:: print(y)",
  "break", "function f() break end", "while x do local function f() break end end",
  "if x then break end", "do break end", "goto l1; do ::l1:: end", "do ::l1:: end goto l1;",
  "::l1:: ::l1::", "::l1:: do ::l1:: end", "goto l1; local aa ::l1:: ::l2:: print(3)",
  "do local bb, cc; goto l1; end; local aa ::l1:: print(3)",
  "repeat if x then goto cont end local xuxu = 10 ::cont:: until xuxu < x",
  "goto a\nbreak\n::a::", "break\ngoto a", "function f() goto x end ::x::",
  "::x:: function f() goto x end", "do ::x:: end do goto x end",
  "x = ...", "function f() return ... end", "function f(...) return function() return ... end end",
  "function f(a,) end", "function f(a, 1) end", "function f(... , a) end", "function f(a b) end",
  "local function 1() end", "function 1() end", "function a.1() end", "function a:b.c() end",
  "function a:b:c() end", "x = function", "x = function(", "x = function() end end",
  "if x else end", "if x then elseif end", "elseif", "end", "until x", "else", "then", "in",
  "x = a.b.c[", "x = a[1", "x = a[1\n", "x = a[]", "local function f() end f = 1 x = f.",
  "f{1}{2}'x'\"y\"[[z]]", "a.b:c'd'{e}", "local t <const> = 'x'; return t.y",
  "x = 1 .. 2", "x = 2^-3^-2", "x = -2^-2", "x = not not not x", "x = a or b and c or d",
  "x = a < b < c", "x = 1 // 0", "x = 0x1p4 + 0x.8 + 0xA.8p1", "local x <close> = nil",
  "local function f(...) local a, b = ... return ... end", "return function(...) return ... end",
  "for i = 1, 2 do local x <const> = i end", "::a:: goto a", "goto a ::a:: local x",
  "local x goto a ::a::", "do goto a end ::a::", "local x ::a:: local y goto a",
  "while true do goto continue; local x = 1 ::continue:: end",
  "repeat local x ::a:: until x goto a",
  -- limits
  "local " .. names("a", 200) .. " = 1",
  "local " .. names("a", 201) .. " = 1",
  "\nfunction foo ()\n  local " .. names("a", 300) .. ", b\n",
  "for i = 1, 2 do local " .. names("a", 196) .. " end",
  "for i = 1, 2 do local " .. names("a", 197) .. " end",
  "for i in x do local " .. names("a", 195) .. " end",
  "for i in x do local " .. names("a", 196) .. " end",
  "local " .. names("a", 199) .. "\nlocal function f() end",
  "local " .. names("a", 200) .. "\nlocal function f() end",
  "local function f(" .. names("a", 200) .. ") end",
  "local function f(" .. names("a", 201) .. ") end",
  "local function f(" .. names("a", 199) .. ") end",
  "local function f(a) function f:m(" .. names("a", 199) .. ") end end",
  "local " .. names("a", 150) .. "\nlocal function f()\nlocal " .. names("b", 150) ..
    "\nreturn function() return " .. sum("a", 150) .. " + " .. sum("b", 105) .. " end end",
  "local " .. names("a", 150) .. "\nlocal function f()\nlocal " .. names("b", 150) ..
    "\nreturn function() return " .. sum("a", 150) .. " + " .. sum("b", 106) .. " end end",
  "local " .. names("a", 150) .. "\nlocal function f()\nlocal " .. names("b", 150) ..
    "\nreturn function() return " .. sum("a", 150) .. " + " .. sum("b", 105) .. " + z end end",
  "local " .. names("a", 150) .. "\nlocal function f()\nlocal " .. names("b", 150) ..
    "\nreturn function() return z + " .. sum("a", 150) .. " + " .. sum("b", 105) .. " end end",
  "x = " .. rep("(", 195) .. "1" .. rep(")", 195),
  "x = " .. rep("(", 196) .. "1" .. rep(")", 196),
  rep("do ", 197) .. rep(" end", 197),
  rep("do ", 198) .. rep(" end", 198),
  "local a; a" .. rep(",a", 195) .. "= 1",
  "local a; a" .. rep(",a", 196) .. "= 1",
  "return " .. rep("{", 196) .. rep("}", 196),
  "return 1" .. rep("^1", 195),
  "return 1" .. rep("^1", 196),
  "return " .. rep("- ", 196) .. "1",
  "return " .. rep("not ", 197) .. "1",
  "return 1" .. rep(" .. 1", 196),
  rep("function foo () ", 198) .. rep(" end", 198),
  "return " .. rep("a(", 196) .. "1" .. rep(")", 196),
  "return " .. rep("function() return ", 98) .. "1" .. rep(" end", 98),
  "return " .. rep("function() return ", 99) .. "1" .. rep(" end", 99),
  "::a:: " .. rep("::b:: ", 3),
  "local x = 1 " .. rep(";", 300),
  "x = " .. rep("a.", 300) .. "b",
  "x = 1" .. rep(" + 1", 1000),
}

-- chunks loaded under a given chunk name: {name, source}
local named = {
  {"=stdin", "x = = 1"},
  {"@file.lua", "x = = 1"},
  {"=" .. rep("n", 70), "x = = 1"},
  {"@" .. rep("d/", 40) .. "file.lua", "x = = 1"},
  {"@" .. rep("f", 59), "x = = 1"},
  {"@" .. rep("f", 60), "x = = 1"},
  {"=" .. rep("f", 59), "x = = 1"},
  {"=" .. rep("f", 60), "x = = 1"},
  {"x = = 1 -- " .. rep("c", 60), "x = = 1"},
  {"first line\nsecond line", "x = = 1"},
  {rep("s", 44), "x = = 1"},
  {rep("s", 45), "x = = 1"},
  {rep("s", 46), "x = = 1"},
  {"", "x = = 1"},
  {"\nstarts with newline", "x = = 1"},
}

local function escape(s)
  return (s:gsub("[%c\\\128-\255]", function(c)
    if c == "\n" then return "\\n"
    elseif c == "\r" then return "\\r"
    elseif c == "\t" then return "\\t"
    elseif c == "\\" then return "\\\\"
    else return string.format("\\x%02x", c:byte()) end
  end))
end

local function emit(name, source, f, message)
  -- lua.c's message handler appends a traceback to errors raised as runtime errors
  -- ("C stack overflow"); the message itself ends before it
  local outcome = f and "ok" or ("error: " .. message:gsub("\nstack traceback:.*", ""))
  io.write(name and escape(name) or "-", "\t", escape(source), "\t", escape(outcome), "\n")
end

for _, source in ipairs(cases) do
  emit(nil, source, load(source))
end
for _, case in ipairs(named) do
  emit(case[1], case[2], load(case[2], case[1]))
end
