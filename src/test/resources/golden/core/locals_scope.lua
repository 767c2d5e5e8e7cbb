-- Scoping of locals: shadowing, blocks, repeat-until seeing body locals, globals.
x = "global x"
local x = "outer local"
do
  local x = "inner local"
  print(x)
  do
    local x = x .. " shadowed again"
    print(x)
  end
  print(x)
end
print(x, _G.x)
-- a local is visible only after its declaration statement
local y = 1
do
  local y = y + 1   -- the right side sees the outer y
  print(y)
end
print(y)
-- local function can recurse; local f = function cannot see itself
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local g = function(n) return n end
local g = function(n) if n == 0 then return "base" end return g(n - 1) .. "!" end
print(g(3))
-- repeat-until condition sees the body's locals
local i = 0
repeat
  local done = i >= 3
  i = i + 1
until done
print("repeat ran", i)
-- multiple declarations: extra values dropped, missing ones nil
local a, b, c = 1, 2
print(a, b, c)
local d, e = 1, 2, 3, print("evaluated")
print(d, e)
-- the same name declared twice in one statement: the last one wins
local z, z = 1, 2
print(z)
-- locals in nested functions are independent
local function make()
  local v = 0
  return function() v = v + 1; return v end
end
local c1, c2 = make(), make()
print(c1(), c1(), c2())
-- while with a break and a local declared in its body
local n = 0
while true do
  local m = n * 2
  n = n + 1
  if m > 6 then break end
end
print("while ended", n)
-- numerous locals in one function: 200 is the limit
local function chunk(count)
  local src = {}
  for k = 1, count do src[#src + 1] = "local v" .. k .. " = " .. k end
  src[#src + 1] = "return v1 + v" .. count
  return table.concat(src, "\n")
end
print(load(chunk(200))())
print(load(chunk(201)))
print(load("local function f() " .. chunk(201) .. " end"))
