-- coroutine.wrap: generators, error propagation with positions, dead wrapped coroutines.
local gen = coroutine.wrap(function(n)
  for i = 1, n do coroutine.yield(i, i * i) end
  return "finished"
end)
print(gen(3))
print(gen())
print(gen())
print(gen())
print(pcall(gen))
-- called from a Lua function, the error about the dead coroutine gets a position
print(pcall(function() return gen() end))
print(pcall(function() local v = gen(); return v end))
-- generators as iterators
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local sum = 0
for i in range(100) do sum = sum + i end
print("sum", sum)
-- permutations generator (classic example)
local function permgen(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do
      a[n], a[i] = a[i], a[n]
      permgen(a, n - 1)
      a[n], a[i] = a[i], a[n]
    end
  end
end
local perms = {}
for p in coroutine.wrap(function() permgen({ 1, 2, 3 }) end) do perms[#perms + 1] = table.concat(p) end
print(table.concat(perms, " "))
-- errors inside a wrapped coroutine propagate to the caller with their position
local bad = coroutine.wrap(function() local x = nil; return x.y end)
print(pcall(bad))
-- called from Lua code, the caller's position is prepended to a string error
local bad_again = coroutine.wrap(function() local x = nil; return x.y end)
print(pcall(function() local r = bad_again(); return r end))
local bad2 = coroutine.wrap(function() coroutine.yield(1); error("second call fails") end)
print(bad2())
print(pcall(bad2))
print(pcall(bad2))
-- error values that are not strings pass through unchanged
local tbl_err = { "tbl" }
local bad3 = coroutine.wrap(function() error(tbl_err) end)
local ok, e = pcall(bad3)
print(ok, e == tbl_err)
-- error with level 0 and with a number value
print(pcall(coroutine.wrap(function() error("no position", 0) end)))
print(pcall(coroutine.wrap(function() error(404) end)))
-- wrap needs a function
print(pcall(coroutine.wrap, 1))
-- a wrapped coroutine that yields from nested function calls
local nested = coroutine.wrap(function()
  local function deep(n) if n == 0 then coroutine.yield("bottom") else deep(n - 1) end end
  deep(50)
  return "back up"
end)
print(nested(), nested())
-- producer/consumer with two wrapped coroutines
local function producer()
  return coroutine.wrap(function()
    for _, item in ipairs({ "a", "b", "c" }) do coroutine.yield(item) end
  end)
end
local function filter(source)
  return coroutine.wrap(function()
    for item in source do coroutine.yield(item:upper() .. item) end
  end)
end
local got = {}
for item in filter(producer()) do got[#got + 1] = item end
print(table.concat(got, ","))
