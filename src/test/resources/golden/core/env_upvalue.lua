-- _ENV: globals are fields of the _ENV upvalue/local; it can be replaced per block.
x = "global x"
do
  local _ENV = { print = print, x = "sandbox x" }
  print(x)
  y = "set in sandbox"
  print(y)
end
print(x, y)
-- a function with its own _ENV parameter
local function with_env(_ENV) return a + b end
print(with_env({ a = 1, b = 2 }))
-- _ENV captured by closures
local function make()
  local _ENV = { counter = 0 }
  return function() counter = counter + 1; return counter end
end
local c = make()
c(); c()
print(c(), rawget(_G, "counter"))
-- changing _ENV inside a function affects later global accesses
local function switch()
  local results = {}
  local _ENV = _ENV
  results[1] = type(print)
  _ENV = { type = type }
  results[2] = type(print)
  return results[1], results[2]
end
print(switch())
-- globals via _G and _ENV are the same table by default
print(_ENV == _G, _ENV.x == x)
_ENV.z = "through _ENV"
print(z, _G.z)
-- global function definitions go to _ENV
do
  local _ENV = setmetatable({}, { __index = _G })
  function defined_inside() return "inside" end
  print(rawget(_ENV, "defined_inside") ~= nil, rawget(_G, "defined_inside"))
end
-- _ENV in load: the chunk's _ENV is its first upvalue
local chunk = load("v = 5; return v * 2")
print(chunk(), v)
local env = {}
local chunk2 = load("w = 7; return w", "c2", "t", env)
print(chunk2(), env.w, rawget(_G, "w"))
-- indexing a non-table _ENV
print(pcall(function() local _ENV = 42; return anything end))
print(pcall(function() local _ENV = nil; anything = 1 end))
print(pcall(function() local _ENV = "str"; return len == string.len end))
-- _ENV as an upvalue several levels up
local function level1()
  local _ENV = { val = "deep env" }
  return function() return function() return val end end
end
print(level1()()())
