-- table.sort: default order, comparators, stability is not assumed (keys are unique or
-- only the sorted values are printed), and errors.
local function show(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return table.concat(o, " ") end
local t = { 5, 2, 8, 1, 9, 3, 7, 4, 6, 0 }
table.sort(t)
print(show(t))
table.sort(t, function(a, b) return a > b end)
print(show(t))
local words = { "pear", "apple", "fig", "banana", "cherry", "date" }
table.sort(words)
print(show(words))
table.sort(words, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(show(words))
-- duplicates: the values (not their identities) come out ordered
local dup = { 3, 1, 2, 3, 1, 2, 3, 1, 2 }
table.sort(dup)
print(show(dup))
-- mixed integers and floats
local mixed = { 3, 1.5, -2, 2^53, 0, -0.5, 100, 1e-3 }
table.sort(mixed)
print(show(mixed))
-- sorting larger arrays: check order and that it is a permutation
local n = 5000
local big = {}
local x = 12345
for i = 1, n do x = (x * 1103515245 + 12345) % 2147483648; big[i] = x % 1000 end
local sum_before = 0
for i = 1, n do sum_before = sum_before + big[i] end
table.sort(big)
local ok, sum_after = true, 0
for i = 1, n do
  sum_after = sum_after + big[i]
  if i > 1 and big[i - 1] > big[i] then ok = false end
end
print("sorted", ok, sum_before == sum_after, big[1], big[n])
-- already sorted and reversed inputs
local asc, desc = {}, {}
for i = 1, 1000 do asc[i] = i; desc[i] = 1001 - i end
table.sort(asc); table.sort(desc)
print(asc[1], asc[1000], desc[1], desc[1000])
-- sorting through __index/__newindex/__len
local backing = { 3, 1, 2 }
local proxy = setmetatable({}, {
  __index = backing, __newindex = backing, __len = function() return #backing end,
})
table.sort(proxy)
print(show(backing))
-- errors
print(pcall(table.sort, { true, false }))
print(pcall(table.sort, { {}, {} }))
print(pcall(table.sort, { 1, 2, 3 }, 42))
print(pcall(table.sort))
-- errors raised by the comparator propagate
print(pcall(table.sort, { 3, 2, 1 }, function(a, b) error("cmp failed", 0) end))
-- short arrays
local one, empty = { 42 }, {}
table.sort(one); table.sort(empty)
print(one[1], #empty)
