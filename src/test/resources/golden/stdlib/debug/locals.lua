-- debug.getlocal / debug.setlocal: names, temporaries, varargs, parameters of functions.
local function list_locals(level)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name then break end
    -- names starting with '(' are internal (temporaries, loop state): compiler specific
    if name:sub(1, 1) ~= "(" then
      out[#out + 1] = name .. "=" .. (type(value) == "table" and "table" or tostring(value))
    end
    i = i + 1
  end
  return table.concat(out, " ")
end
local function f(a, b, ...)
  local x = a + b
  do
    local inner = "in block"
    print(list_locals(1))
  end
  local y = x * 2
  print(list_locals(1))
  -- varargs are negative indices
  print(debug.getlocal(1, -1))
  print(debug.getlocal(1, -2))
  print(debug.getlocal(1, -3))
  return y
end
f(1, 2, "va1", "va2")
-- parameter names of a function value (no activation)
local function params(p1, p2, p3, ...) end
print(debug.getlocal(params, 1), debug.getlocal(params, 2), debug.getlocal(params, 3), debug.getlocal(params, 4))
print(debug.getlocal(print, 1))
-- setlocal changes a live variable
local function g()
  local target = "original"
  local function change() return debug.setlocal(2, 1, "changed") end
  print(change(), target)
  print(debug.setlocal(1, 100, "x"))
end
g()
-- loop control variables are visible by their names
local function loops()
  for i = 1, 1 do print(list_locals(1)) end
  for k, v in pairs({ a = 1 }) do print(list_locals(1)) end
end
loops()
-- locals of a suspended coroutine
local co = coroutine.create(function(p)
  local q = p * 2
  coroutine.yield()
end)
coroutine.resume(co, 21)
print(debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2))
print(debug.setlocal(co, 1, 2, 99), debug.getlocal(co, 1, 2))
-- errors
print(pcall(debug.getlocal, 50, 1))
print(pcall(debug.getlocal, 1))
print(pcall(debug.setlocal, 50, 1, 1))
print(pcall(debug.getlocal, co, 5, 1))
