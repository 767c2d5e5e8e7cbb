-- __lt and __le: operand order for > and >=, mixed operands, no __le fallback in 5.4.
local log = {}
local M = {}
M.__lt = function(a, b)
  log[#log + 1] = "lt(" .. tostring(type(a) == "table" and a.v or a) .. "," .. tostring(type(b) == "table" and b.v or b) .. ")"
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return x < y
end
M.__le = function(a, b)
  log[#log + 1] = "le(" .. tostring(type(a) == "table" and a.v or a) .. "," .. tostring(type(b) == "table" and b.v or b) .. ")"
  local x = type(a) == "table" and a.v or a
  local y = type(b) == "table" and b.v or b
  return x <= y
end
local function n(v) return setmetatable({ v = v }, M) end
local one, two = n(1), n(2)
print(one < two, one > two, one <= two, one >= two, two <= two, two < two)
print(table.concat(log, " "))
log = {}
-- mixed with numbers and strings
print(one < 5, 5 < one, one <= 1, 0 >= one, "x" < n("y"))
print(table.concat(log, " "))
log = {}
-- results are converted to booleans
local R = setmetatable({}, { __lt = function() return "truthy" end, __le = function() return nil end })
print(R < R, R <= R, R > R, R >= R)
-- only __lt defined: whether <= falls back to "not (b < a)" depends on the build
-- option LUA_COMPAT_LT_LE (on in the reference lua5.4), so it is not tested here
local only_lt = setmetatable({}, { __lt = function() return true end })
print(only_lt < only_lt, only_lt > only_lt)
-- only __le defined
local only_le = setmetatable({}, { __le = function() return true end })
print(only_le <= only_le, only_le >= 1)
print(pcall(function() return only_le < only_le end))
-- the metamethod of either operand is used
local plain = {}
print(pcall(function() return plain < one end))
print(pcall(function() return one < plain end))
-- sorting objects with __lt
local items = { n(5), n(3), n(9), n(1), n(7) }
table.sort(items)
local out = {}
for i, it in ipairs(items) do out[i] = it.v end
print(table.concat(out, " "))
-- errors
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= 1 end))
print(pcall(function() return setmetatable({}, {}) < 1 end))
print(pcall(function() local x = setmetatable({}, { __lt = function() error("lt failed", 0) end }); return x < x end))
