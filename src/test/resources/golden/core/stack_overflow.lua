-- Infinite recursion ends in a catchable "stack overflow" error (the depth at which
-- it happens is not printed, only whether the message says so).
local function has_overflow(msg)
  return type(msg) == "string" and string.find(msg, "stack overflow", 1, true) ~= nil
end
local function recurse(n) return 1 + recurse(n + 1) end
local ok, msg = pcall(recurse, 1)
print("plain recursion", ok, has_overflow(msg))
-- through a table constructor (the result is used, so no tail call)
local function build() return { build() } end
ok, msg = pcall(build)
print("constructor recursion", ok, has_overflow(msg))
-- mutual recursion
local a, b
function a(n) return b(n) + 1 end
function b(n) return a(n) + 1 end
ok, msg = pcall(a, 0)
print("mutual recursion", ok, has_overflow(msg))
-- through __index functions
local t = setmetatable({}, {})
getmetatable(t).__index = function(tbl, k) return tbl[k .. "x"] end
ok, msg = pcall(function() return t.a end)
print("__index recursion", ok, has_overflow(msg))
-- through __call
local c = setmetatable({}, {})
getmetatable(c).__call = function(self, n) return 1 + self(n) end
ok, msg = pcall(c, 1)
print("__call recursion", ok, has_overflow(msg))
-- the program keeps working normally after an overflow
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print("after overflow", depth(1000))
-- overflow inside a coroutine is reported by resume
local co = coroutine.create(function() return recurse(1) end)
local rok, rmsg = coroutine.resume(co)
print("coroutine overflow", rok, has_overflow(rmsg), coroutine.status(co))
-- xpcall's handler still runs after an overflow
ok, msg = xpcall(recurse, function(m) return "handled:" .. tostring(has_overflow(m)) end, 1)
print("xpcall overflow", ok, msg)
-- recursion with many arguments and locals per frame
local function wide(n, ...)
  local x1, x2, x3, x4, x5, x6, x7, x8 = 1, 2, 3, 4, 5, 6, 7, 8
  return wide(n + 1, x1, x2, x3, ...) + x8
end
ok, msg = pcall(wide, 1)
print("wide frames", ok, has_overflow(msg))
-- deep but finite recursion succeeds
print("depth 10000", depth(10000))
