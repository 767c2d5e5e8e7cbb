-- Large numbers of values through varargs, returns and table constructors.
local function build(n, ...)
  if n == 0 then return ... end
  return build(n - 1, n, ...)
end
local function count(...) return select("#", ...) end
print(count(build(1000)))
print(select(1000, build(1000)), select(-1, build(1000)), (build(1000)))
local t = { build(5000) }
print(#t, t[1], t[5000])
-- sum through a recursive vararg consumer
local function sum(acc, x, ...)
  if x == nil then return acc end
  return sum(acc + x, ...)
end
print(sum(0, build(2000)))
-- varargs with nils spread all over
local function nils(n, ...)
  if n == 0 then return ... end
  return nils(n - 1, nil, ...)
end
print(count(nils(300)), count(nils(300, "end")))
-- passing many values through pcall and coroutines
print(count(pcall(build, 500)))
local co = coroutine.create(function(...) return count(...), coroutine.yield(...) end)
print(count(coroutine.resume(co, build(300))))
print(coroutine.resume(co, "a", "b"))
-- select with a large index
print(select(2000, build(1999)), count(select(1500, build(2000))))
-- string concatenation of many values through a vararg helper
local function join(sep, ...)
  local parts = { ... }
  return table.concat(parts, sep)
end
print(#join(",", build(1000)))
