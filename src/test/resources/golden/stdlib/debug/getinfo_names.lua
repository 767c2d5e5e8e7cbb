-- debug.getinfo "n": how the calling instruction names the called function.
local function who(level)
  local info = debug.getinfo(level or 2, "n")
  return tostring(info.name) .. "/" .. tostring(info.namewhat)
end
function global_function() return (who()) end
local function local_function() return (who()) end
local t = { field = function() return (who()) end }
function t:method() return (who()) end
t.nested = { deeper = function() return (who()) end }
local up = function() return (who()) end
local function calls_upvalue() return (up()) end
print(global_function())
print(local_function())
print(t.field())
print(t:method())
print(t.nested.deeper())
print(calls_upvalue())
print((function() return (who()) end)())
-- a tail call loses the name of the replaced function
local function tail() return (who()) end
local function caller() return tail() end   -- tail call: tail has no name
print(caller())
-- metamethods are named by their event
local mt = {
  __index = function() return (who()) end,
  __add = function() return (who()) end,
  __call = function() return (who()) end,
  __eq = function() return (who()) end,
  __lt = function() return (who()) end,
  __len = function() return (who()) end,
  __concat = function() return (who()) end,
  __unm = function() return (who()) end,
  __newindex = function(tbl, k, v) rawset(tbl, "seen", who()) end,
  __close = function() print("close", who()) end,
}
local obj = setmetatable({}, mt)
local obj2 = setmetatable({}, mt)
print(obj.anything)
print(obj + 1)
print(obj())
print((obj == obj2), who ~= nil)
print(#obj)
print(obj .. "x")
print(-obj)
obj.newkey = 1
print(rawget(obj, "seen"))
do local c <close> = obj end
-- iterator functions of a generic for
for _, v in function(_, c) if not c then return 1, who() end end do print(v) end
-- functions called from C (pcall, table.sort comparators)
print(pcall(who))
print(select(2, pcall(function() return (who()) end)))
local res
table.sort({ 2, 1 }, function(a, b) res = who(); return a < b end)
print(res)
-- the main chunk has no name
print(who(1), who(3))
