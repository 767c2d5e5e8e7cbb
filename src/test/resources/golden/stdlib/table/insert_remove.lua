-- table.insert and table.remove: positions, shifting, errors, and the border cases.
local function show(t) local out = {} for i = 1, #t do out[i] = tostring(t[i]) end return "{" .. table.concat(out, ",") .. "} #" .. #t end
local t = {}
table.insert(t, "a"); table.insert(t, "b"); table.insert(t, 1, "first"); table.insert(t, 3, "mid")
print(show(t))
table.insert(t, #t + 1, "last")
print(show(t))
print(table.remove(t), show(t))
print(table.remove(t, 1), show(t))
print(table.remove(t, 2), show(t))
print(table.remove(t, #t + 1), show(t))
-- remove on an empty table, and position 0 / #t+1
local e = {}
print(table.remove(e), table.remove(e, 0), table.remove(e, 1), show(e))
-- (5.4.4 names argument #1 in this message, later releases #2: only the status is shown)
print((pcall(table.remove, e, 2)), (pcall(table.remove, { 1, 2 }, 5)), (pcall(table.remove, { 1, 2 }, -1)))
local z = { [0] = "zero" }
print(table.remove(z, 0), z[0])
-- insert errors
print(pcall(table.insert, { 1, 2 }, 5, "x"))
print(pcall(table.insert, { 1, 2 }, 0, "x"))
print(pcall(table.insert, { 1, 2 }, -1, "x"))
print(pcall(table.insert, {}, 1, "x", "extra"))
print(pcall(table.insert, {}))
print(pcall(table.insert, nil, 1))
print(pcall(table.insert, {}, "x", 1))
print(pcall(table.insert, {}, 1.5, 1))
-- inserting nil
local n = { 1, 2, 3 }
table.insert(n, nil)
print(show(n))
table.insert(n, 1, nil)
print(n[1], n[2], n[4])
-- large shifts
local big = {}
for i = 1, 1000 do big[i] = i end
table.insert(big, 1, 0)
print(#big, big[1], big[2], big[1001])
for _ = 1, 500 do table.remove(big, 1) end
print(#big, big[1], big[501])
-- both functions use the __index/__newindex/__len metamethods
local log = {}
local proxy = setmetatable({}, {
  __len = function() return 3 end,
  __index = function(_, k) log[#log + 1] = "get" .. k; return k * 10 end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v) end,
})
table.insert(proxy, 1, "x")
print(table.concat(log, " "))
log = {}
print(table.remove(proxy, 2), table.concat(log, " "))
