-- error(): levels add position information of different stack frames; non-string
-- values are never decorated.
local function level0() error("no position", 0) end
local function level1() error("level one") end              -- line 4
local function level1explicit() error("level one", 1) end   -- line 5
local function level2() error("level two", 2) end           -- line 6
local function level3() error("level three", 3) end         -- line 7
local function call2() level2() end                          -- line 8
local function call3() level3() end                          -- line 9
local function call3b() call3() end                          -- line 10
print(pcall(level0))
print(pcall(level1))
print(pcall(level1explicit))
print(pcall(call2))
print(pcall(call3b))
-- level pointing past the main chunk / into pcall (a C function): no position
print(pcall(level2))
print(pcall(error, "direct", 1))
print(pcall(error, "direct", 2))
print(pcall(function() error("deep", 50) end))
-- non-string error values are passed through unchanged
print(pcall(error, 42))
print(pcall(error, 42.5, 1))
print(pcall(error, nil))
print(pcall(error))
print(pcall(error, true))
local t = { code = 1 }
local ok, e = pcall(error, t)
print(ok, e == t, e.code)
ok, e = pcall(function() error(t, 2) end)
print(ok, e == t)
-- numbers are values, not messages: no position is added even at level 1
print(pcall(function() error(123) end))
-- strings that look like numbers still get a position
print(pcall(function() error("123") end))
-- the level argument must be an integer
print(pcall(error, "msg", "x"))
print(pcall(error, "msg", 1.5))
print(pcall(error, "msg", "2"))
-- error objects with __tostring are returned unchanged
local obj = setmetatable({}, { __tostring = function() return "custom error" end })
ok, e = pcall(error, obj)
print(ok, e == obj, tostring(e))
-- error inside a method: level 2 blames the caller's line
local Account = {}
function Account.withdraw(self, n)
  if n > self.balance then error("insufficient funds", 2) end
  self.balance = self.balance - n
end
local acc = { balance = 10 }
print(pcall(function() Account.withdraw(acc, 20) end))
-- error in a chunk loaded from a string names that chunk
print(pcall(load("error('from chunk')", "=mychunk")))
print(pcall(load("\n\nerror('line 3')", "@virtual.lua")))
print(pcall(load("local x = nil; return x.y", "=(load)")))
