-- table.sort detects some inconsistent comparators ("invalid order function for
-- sorting"); which ones depends on the algorithm, so this mirrors C Lua's quicksort.
local bad = {}
for i = 1, 100 do bad[i] = i % 7 end
print(pcall(table.sort, bad, function(a, b) return true end))
local t = { 1, 2, 3, 4, 5 }
print(pcall(table.sort, t, function(a, b) return a <= b end))
-- a comparator comparing mixed types raises the comparison error of the first pair
print(pcall(table.sort, { 1, "x", 2 }))
