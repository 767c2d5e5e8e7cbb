-- debug.sethook / gethook: line, call, return and count hooks.
local lines = {}
local function work()
  local s = 0
  for i = 1, 3 do
    s = s + i
  end
  return s
end
debug.sethook(function(event, line) lines[#lines + 1] = line end, "l")
work()
debug.sethook()
print("lines", table.concat(lines, " "))
-- call and return events with names
local events = {}
local function leaf() return 1 end
local function branch() local r = leaf(); return r end
debug.sethook(function(event)
  local info = debug.getinfo(2, "nS")
  if info.what ~= "C" then
    events[#events + 1] = event .. ":" .. tostring(info.name)
  end
end, "cr")
branch()
debug.sethook()
print("events", table.concat(events, " "))
-- tail calls produce a "tail call" event
events = {}
local function tailee() return 2 end
local function tailer() return tailee() end
debug.sethook(function(event)
  local info = debug.getinfo(2, "S")
  if info.what ~= "C" then events[#events + 1] = event end
end, "cr")
tailer()
debug.sethook()
print("tail", table.concat(events, " "))
-- count hook: called every n instructions (counts vary by compiler, only the
-- fact that it fires for a long loop is printed)
local count = 0
debug.sethook(function() count = count + 1 end, "", 100)
local x = 0
for i = 1, 10000 do x = x + i end
debug.sethook()
print("count hook fired", count > 0, x)
-- gethook returns the hook, mask and count
local function h() end
debug.sethook(h, "crl", 5)
local hook, mask, n = debug.gethook()
debug.sethook()
print(hook == h, mask, n)
print(debug.gethook())
-- a hook that errors propagates the error
print(pcall(function()
  debug.sethook(function() debug.sethook(); error("hook error", 0) end, "l")
  local y = 1
  return y
end))
debug.sethook()
-- hooks are per coroutine
local co = coroutine.create(function()
  local inner = {}
  debug.sethook(function(_, l) inner[#inner + 1] = l end, "l")
  local z = 1
  z = z + 1
  debug.sethook()
  return table.concat(inner, " ")
end)
print("coroutine lines", coroutine.resume(co))
print(debug.gethook())
