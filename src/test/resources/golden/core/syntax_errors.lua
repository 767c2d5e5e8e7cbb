-- Syntax error messages returned by load as its second value.
local sources = {
  "x =", "x = = 1", "local", "local 1", "local x =", "x", "x y", "f(", "f(1,", "f(1 2)",
  "(x)", "1 = 2", "x.1 = 2", "x:y = 1", "x:y", "x:y.z()", "a, b", "a, 1 = 1, 2",
  "if x", "if x then", "if x then else", "if x then elseif y end", "if then end",
  "while true", "while true do", "repeat", "repeat until", "for", "for i", "for i =",
  "for i = 1", "for i = 1 do end", "for i = 1, do end", "for i, j = 1, 2 do end",
  "for i in do end", "for 1 in x do end", "for i, in x do end", "function", "function f",
  "function f(", "function f(a,) end", "function f(a b) end", "function f(...,a) end",
  "function f() return 1 print(2) end", "function f.g:h.i() end", "function f:g:h() end",
  "return return", "return 1,", "return 1;;", "do", "do end end", "end", "else", "until x",
  "t = {", "t = {1 2}", "t = {[1]}", "t = {[1] = }", "t = {x = }", "t = {,}", "t = {1,,2}",
  "x = 1 +", "x = 1 + * 2", "x = not", "x = #", "x = ()", "x = (1", "x = 1)", "x = a.b.",
  "x = a[", "x = a[1", "x = a:b", "x = a:b.c()", "x = ...", "function f() x = ... end",
  "x = function", "x = function() ", "x = 1 .. ", "goto", "goto 1", "::", "::a", "::a:",
  "::1::", "break", "local function", "local function 1() end", "local x <const>",
  "local x <foo> = 1", "local x <const", "local x < const > = 1 x = 2",
  "local x <close> , y <close> = 1, 2", "x = 'abc", "x = \"abc\ndef\"", "x = [[abc",
  "--[[", "x = 0x", "x = 3..4", "f{} {}", "a.b:c'x'", "f()()", "(f)", "f() = 1",
  "a.b.c", "a[b]", "x = a b", "and", "x = 1 and", "x = or 1", "x = 1 == ", "local t = {} t.",
  "return (...)", "return ...", "x = {...}", "if x then return 1 else return 2 end",
  "local a <const> = 1; a = 2", "local a <const> = 1; function f() a = 2 end",
  "local a <close> = nil; local b <const> = 1; b = 3",
}
for i, src in ipairs(sources) do
  local f, err = load(src)
  print(i, f and "ok" or err)
end
