-- Closure application: closures created per round, composed, passed to map and fold, and
-- a counter kept in a shared mutable upvalue.
local n = tonumber(arg and arg[1]) or 200000

local function adder(k)
  return function(x) return x + k end
end

local function compose(f, g)
  return function(x) return f(g(x)) end
end

local function map(list, f)
  local out = {}
  for i = 1, #list do out[i] = f(list[i]) end
  return out
end

local function fold(list, f, accumulator)
  for i = 1, #list do accumulator = f(accumulator, list[i]) end
  return accumulator
end

local function counter()
  local count = 0
  return function(step) count = count + step; return count end,
         function() return count end
end

local list = {}
for i = 1, 100 do list[i] = i end

local checksum = 0
local bump, read = counter()
for round = 1, n do
  local add = adder(round % 13)
  local twice = compose(add, add)
  local mapped = map(list, twice)
  local total = fold(mapped, function(a, b) return a + b end, 0)
  bump(total % 3)
  checksum = (checksum + total) % 1000000007
end
print(checksum, read())
