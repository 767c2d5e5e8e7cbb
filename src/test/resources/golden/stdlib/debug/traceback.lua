-- debug.traceback text: messages, levels, tail calls, C functions, coroutines.
local function level3() return debug.traceback("at level 3") end
local function level2() local r = level3(); return r end
local function level1() local r = level2(); return r end
print(level1())
print(debug.traceback())
print(debug.traceback("message only", 1))
print(debug.traceback("skip one", 2))
print(debug.traceback("beyond the stack", 50))
print(debug.traceback(nil))
print(debug.traceback(42))
print(debug.traceback({}) ~= nil, type(debug.traceback({})))
-- through pcall and metamethods
print(select(2, pcall(function() return debug.traceback("inside pcall") end)))
local obj = setmetatable({}, { __index = function(_, k) return debug.traceback("in __index " .. k) end })
print(obj.key)
-- tail calls show as "(...tail calls...)"
local function tailee() return debug.traceback("after a tail call") end
local function tailer() return tailee() end
print((tailer()))
-- xpcall with traceback as the handler
local function fails() local x = nil; return x.y end
print(select(2, xpcall(fails, debug.traceback)))
-- traceback of a suspended coroutine and of a dead one
local co = coroutine.create(function()
  local function inner() coroutine.yield() end
  inner()
end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "with message"))
print(debug.traceback(co, "from level 1", 1))
coroutine.resume(co)
print(debug.traceback(co, "dead"))
local errco = coroutine.create(function() error("boom") end)
coroutine.resume(errco)
print(debug.traceback(errco, "errored"))
-- a long stack is abbreviated in the middle
local function deep(n) if n == 0 then return debug.traceback("deep") end local r = deep(n - 1); return r end
local text = deep(40)
local lines = 0
for _ in text:gmatch("\n") do lines = lines + 1 end
print(lines, text:find("...\t(skipping", 1, true) ~= nil)
print(text:match("%.%.%.\t%(skipping %d+ levels%)"))
