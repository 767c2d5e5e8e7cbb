-- __newindex: functions and tables, only for absent keys, rawset bypass, proxies.
local log = {}
local t = setmetatable({ existing = 1 }, { __newindex = function(tbl, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tbl, k, v)
end })
t.existing = 2        -- present: no metamethod
t.new = 3             -- absent: metamethod, which stores it
t.new = 4             -- now present
t[1] = "one"
print(t.existing, t.new, t[1], table.concat(log, " "))
-- assigning nil to an absent key also triggers __newindex
log = {}
t.absent = nil
print(table.concat(log, " "))
-- __newindex as a table: the assignment goes to that table instead
local store = {}
local redirect = setmetatable({}, { __newindex = store })
redirect.x = 10
print(rawget(redirect, "x"), store.x, redirect.x)
-- chains of __newindex tables
local final = {}
local middle = setmetatable({}, { __newindex = final })
local front = setmetatable({}, { __newindex = middle })
front.y = "deep"
print(rawget(front, "y"), rawget(middle, "y"), final.y)
-- a read-only table
local function readonly(src)
  return setmetatable({}, {
    __index = src,
    __newindex = function(_, k) error("attempt to modify read-only field '" .. tostring(k) .. "'", 2) end,
    __len = function() return #src end,
  })
end
local ro = readonly({ 1, 2, 3, name = "ro" })
print(ro.name, ro[2], #ro)
print(pcall(function() ro.name = "changed" end))
print(pcall(function() ro[4] = 4 end))
-- rawset bypasses __newindex
rawset(ro, "name", "raw")
print(ro.name, rawget(ro, "name"))
-- a proxy tracking accesses
local function track(target)
  local accesses = {}
  local proxy = setmetatable({}, {
    __index = function(_, k) accesses[#accesses + 1] = "get " .. tostring(k); return target[k] end,
    __newindex = function(_, k, v) accesses[#accesses + 1] = "set " .. tostring(k); target[k] = v end,
  })
  return proxy, accesses
end
local proxy, accesses = track({ a = 1 })
proxy.b = proxy.a + 1
proxy.a = proxy.b * 10
print(proxy.a, proxy.b, table.concat(accesses, ", "))
-- invalid keys are rejected even with __newindex absent
print(pcall(function() local x = {}; x[nil] = 1 end))
print(pcall(function() local x = {}; x[0 / 0] = 1 end))
print(pcall(rawset, {}, nil, 1))
-- nil and NaN keys passed to __newindex functions are allowed
local got = {}
local catcher = setmetatable({}, { __newindex = function(_, k, v) got[#got + 1] = tostring(k) .. ":" .. tostring(v) end })
catcher[nil] = "nil key"
print(table.concat(got, " "))
-- __newindex set to a non-table, non-function value
local bad = setmetatable({}, { __newindex = true })
print(pcall(function() bad.x = 1 end))
-- global assignments go through _ENV's metatable
local env_log = {}
setmetatable(_G, { __newindex = function(g, k, v) env_log[#env_log + 1] = k; rawset(g, k, v) end })
new_global = 1
new_global = 2
another_global = 3
setmetatable(_G, nil)
print(table.concat(env_log, " "), new_global, another_global)
