-- table.move
local function show(t, a, b)
  local out = {}
  for i = a or 1, b or #t do out[#out + 1] = tostring(t[i]) end
  print(table.concat(out, " "))
end
local function try(...)
  local ok, result = pcall(table.move, ...)
  print(ok, type(result) == "table" and "a table" or result)
end
local t = {1, 2, 3, 4, 5, 6, 7, 8}
show(table.move(t, 1, 3, 4))
t = {1, 2, 3, 4, 5, 6, 7, 8}
show(table.move(t, 4, 8, 1))
t = {1, 2, 3, 4, 5, 6, 7, 8}
show(table.move(t, 2, 5, 3))
t = {1, 2, 3, 4, 5, 6, 7, 8}
show(table.move(t, 1, 8, 10), 1, 17)
t = {1, 2, 3}
local d = {"a", "b", "c", "d"}
local r = table.move(t, 1, 3, 2, d)
print(r == d)
show(d)
print(table.move(t, 3, 1, 1) == t)
show(table.move({1, 2, 3}, 1, 0, 5))
show(table.move({1, 2, 3}, 0, 2, 1), 0, 3)
show(table.move({[-2] = "m2", [-1] = "m1", [0] = "z", 1}, -2, 1, 5), -2, 8)
try({}, 1, math.maxinteger, 2)
try({}, -1, math.maxinteger, 2)
try({}, 0, math.maxinteger, 2)
try({}, math.mininteger, -1, 2)
try({}, 1, 10, math.maxinteger)
try({}, 1, 10, math.maxinteger - 9)
try({}, 1, 1, math.maxinteger)
print(table.move({7}, 1, 1, math.maxinteger)[math.maxinteger])
try({}, 1, 2)
try({}, 1, 2, "x")
try({}, 1.5, 2, 3)
try(nil, 1, 2, 3)
try({}, 1, 2, 3, 4)
try({}, 1, 2, 3, nil)
print(pcall(function() table.move({}, 1, math.maxinteger, 2) end))

-- metamethods on both ends
local log = {}
local src = setmetatable({}, {__index = function(_, k) log[#log + 1] = "r" .. k; return k * 10 end})
local dst = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "w" .. k .. "=" .. v; rawset(t, k, v) end})
table.move(src, 1, 3, 2, dst)
print(table.concat(log, " "))
log = {}
local both = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "r" .. k; return nil end,
  __newindex = function(t, k, v) log[#log + 1] = "w" .. k .. "=" .. tostring(v) end,
})
table.move(both, 1, 3, 2)
print(table.concat(log, " "))
log = {}
table.move(both, 2, 4, 1)
print(table.concat(log, " "))
-- equal tables through __eq: backward copy when destinations overlap
local eqmt = {__eq = function() log[#log + 1] = "eq"; return true end,
  __index = function(_, k) log[#log + 1] = "r" .. k; return k end,
  __newindex = function(t, k, v) log[#log + 1] = "w" .. k .. "=" .. tostring(v) end}
local a1, a2 = setmetatable({}, eqmt), setmetatable({}, eqmt)
log = {}
table.move(a1, 1, 3, 2, a2)
print(table.concat(log, " "))
log = {}
table.move(a1, 1, 3, 5, a2)
print(table.concat(log, " "))
try(setmetatable({}, {__newindex = function(_, k, v) print("newindex", k, v) end}), 1, 2, 3)
try({}, 1, 2, 3, setmetatable({}, {__index = function(_, k) print("index", k) end}))
try(1, 1, 2, 3)
local ro = setmetatable({}, {__index = function(_, k) return k end})
try(ro, 1, 2, 3)
local big = {}
for i = 1, 1000 do big[i] = i end
table.move(big, 1, 1000, 501)
print(#big, big[1], big[500], big[501], big[1000], big[1500])
table.move(big, 501, 1500, 1)
print(#big, big[1], big[1000], big[1001], big[1500])
