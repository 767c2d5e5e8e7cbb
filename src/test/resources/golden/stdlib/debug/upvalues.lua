-- debug.getupvalue / setupvalue / upvalueid / upvaluejoin.
local a, b = 1, "two"
local function f() return a, b end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3))
print(debug.setupvalue(f, 1, 100), a, f())
print(debug.setupvalue(f, 5, 0))
-- a chunk's first upvalue is _ENV
local chunk = load("return x")
print(debug.getupvalue(chunk, 1) == "_ENV", select(2, debug.getupvalue(chunk, 1)) == _G)
debug.setupvalue(chunk, 1, { x = "from replaced env" })
print(chunk())
-- C functions have unnamed upvalues (empty names) or none
print(debug.getupvalue(print, 1))
local wrapped = coroutine.wrap(function() end)
print(select("#", debug.getupvalue(wrapped, 1)), (debug.getupvalue(wrapped, 1)))
-- upvalueid identifies shared upvalues
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
local inc2 = counter()
print(debug.upvalueid(inc, 1) == debug.upvalueid(get, 1), debug.upvalueid(inc, 1) == debug.upvalueid(inc2, 1))
print(type(debug.upvalueid(inc, 1)))
-- upvaluejoin makes a closure refer to another closure's upvalue
debug.upvaluejoin(inc2, 1, inc, 1)
inc(); inc()
print(inc2(), get())
print(pcall(debug.upvalueid, inc, 5))
print(pcall(debug.upvaluejoin, inc, 5, get, 1))
print(pcall(debug.upvaluejoin, print, 1, get, 1))
print(pcall(debug.getupvalue, 42, 1))
-- names of upvalues reflect the captured variables, in order of first use
local p, q, r = 1, 2, 3
local function uses() return r + p + q end
local names = {}
for i = 1, 10 do
  local name = debug.getupvalue(uses, i)
  if not name then break end
  names[#names + 1] = name
end
print(table.concat(names, " "))
