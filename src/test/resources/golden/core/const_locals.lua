-- <const> locals: readable everywhere in scope, assignments rejected at compile time.
local k <const> = 10
local s <const> = "text"
local t <const> = { 1, 2 }
print(k, s, #t)
t[3] = 3        -- the variable is constant, not the table
print(#t)
local function f() return k * 2, s .. "!" end
print(f())
-- constants fold into expressions
local big <const> = 0x7fffffffffffffff
print(big + 1, big // 2, -big)
local neg <const> = -0.0
print(neg, 1 / neg)
local n <const>, m = 1, 2
m = m + n
print(n, m)
-- compile-time errors
local sources = {
  "local x <const> = 1; x = 2",
  "local x <const> = 1; local function g() x = 2 end",
  "local x <const> = 1; x, y = 2, 3",
  "local a, b <const> = 1, 2; a = 3; b = 4",
  "local x <const>; x = nil",
  "local x <const> = 1; do local x = 2; x = 3 end; return x",
  "local x <const> = 1; for x = 1, 2 do x = 3 end; return x",
  "local x <const> = 1; function x() end",
  "local x <const> = {}; x.field = 1; return x.field",
  "local x <constant> = 1",
  "local x < const > = 5; return x",
  "local function f <const> () end",
  "local x <const> = 1; return function() return function() x = 1 end end",
}
for i, src in ipairs(sources) do
  local fn, err = load(src)
  if fn then print(i, "ok", fn()) else print(i, err) end
end
-- a constant without initializer is just nil
local nothing <const> = nil
print(nothing)
-- const upvalues work through several levels of closures
local base <const> = 100
local function outer()
  return function(x) return function(y) return base + x + y end end
end
print(outer()(10)(1))
