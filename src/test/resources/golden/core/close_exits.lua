-- <close> variables are closed on every way out of their scope: break, goto, return,
-- errors, and loops ending normally.
local log = {}
local function closer(name)
  return setmetatable({}, {
    __close = function(_, err)
      if err ~= nil then
        name = name .. "!" .. (type(err) == "string" and err or type(err))
      end
      log[#log + 1] = name
    end,
  })
end
local function flush(label)
  print(label, table.concat(log, " "))
  log = {}
end
-- break
for i = 1, 10 do
  local c <close> = closer("loop" .. i)
  if i == 2 then break end
end
flush("break")
while true do
  local a <close> = closer("w1")
  do
    local b <close> = closer("w2")
    break
  end
end
flush("break nested")
-- goto out of a block, and a backward goto re-entering the scope
do
  local n = 0
  ::again::
  do
    local c <close> = closer("g" .. n)
    n = n + 1
    if n < 3 then goto again end
    goto done
  end
  ::done::
end
flush("goto")
-- return from nested blocks
local function ret(x)
  local a <close> = closer("ra")
  do
    local b <close> = closer("rb")
    if x then return "early" end
  end
  return "late"
end
print(ret(true), ret(false))
flush("return")
-- return of a call is not a tail call when a variable must be closed
local function callee() log[#log + 1] = "callee"; return "result" end
local function caller()
  local c <close> = closer("caller")
  return callee()
end
print(caller())
flush("no tail call")
-- errors: the error value is passed to __close, then propagates
local ok, err = pcall(function()
  local a <close> = closer("ea")
  local b <close> = closer("eb")
  error("boom", 0)
end)
print(ok, err)
flush("error")
ok, err = pcall(function()
  local a <close> = closer("ta")
  error({ code = 7 })
end)
print(ok, type(err), err.code)
flush("error table")
-- an error in an expression (not a call to error)
ok, err = pcall(function()
  local a <close> = closer("xa")
  local t = nil
  return t.field
end)
print(ok, err)
flush("runtime error")
-- repeat-until: the condition is evaluated before closing the body's variables
local count = 0
repeat
  local r <close> = closer("rep" .. count)
  count = count + 1
until (function() log[#log + 1] = "until"; return count == 2 end)()
flush("repeat")
-- numeric and generic for with closures in the body (no break involved)
local fns = {}
for i = 1, 2 do
  local c <close> = closer("f" .. i)
  fns[i] = function() return i end
end
print(fns[1](), fns[2]())
flush("for with closures")
