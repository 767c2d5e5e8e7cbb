-- debug.getinfo "L" (active lines) and "l" (current line) for several functions.
local function lines_of(f)
  local t = {}
  for line in pairs(debug.getinfo(f, "L").activelines) do t[#t + 1] = line end
  table.sort(t)
  return table.concat(t, ",")
end
local function simple(x)
  local y = x + 1

  -- a comment line is not active
  return y
end
local function branches(x)
  if x > 0 then
    return "positive"
  elseif x < 0 then
    return "negative"
  end
  return "zero"
end
local function loop(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  while s > 100 do s = s - 100 end
  return s
end
local function empty() end
local function vararg(...)
  return select("#", ...)
end
print("simple", lines_of(simple))
print("branches", lines_of(branches))
print("loop", lines_of(loop))
print("empty", lines_of(empty))
print("vararg", lines_of(vararg))
print("main", lines_of(load("local a = 1\n\nlocal b = 2\nreturn a + b")))
print("C", debug.getinfo(print, "L").activelines)
-- currentline as execution proceeds
local trace = {}
local function mark() trace[#trace + 1] = debug.getinfo(2, "l").currentline end
local function walk()
  mark()
  for i = 1, 2 do
    mark()
  end
  mark()
end
walk()
print("current lines", table.concat(trace, " "))
