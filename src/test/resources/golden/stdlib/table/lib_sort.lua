-- table.sort: results, comparators, errors where C Lua raises them, metamethods
local function show(t, n)
  local out = {}
  for i = 1, n or #t do out[#out + 1] = tostring(t[i]) end
  print(table.concat(out, " "))
end
-- a fixed pseudo-random sequence independent of math.random
local seed = 12345
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end

local t = {5, 3, 8, 1, 9, 2, 7}
table.sort(t); show(t)
table.sort(t, function(a, b) return a > b end); show(t)
t = {"pear", "apple", "fig", "banana", "Apple", "", "apple2"}
table.sort(t); show(t)
t = {3.5, 1, -2, 2^53, -0.0, 0, 1e308, -1/0, 1/0, 2.0, 2, math.mininteger, math.maxinteger}
table.sort(t); show(t)
t = {}
table.sort(t); show(t)
t = {1}
table.sort(t); show(t)
t = {2, 1}
table.sort(t); show(t)
t = {3, 1, 2}
table.sort(t); show(t)

-- equal elements that print differently: placement must follow C Lua's algorithm
t = {}
for i = 1, 60 do t[i] = (rand(3) == 0) and 1.0 or ((rand(2) == 0) and 1 or 2) end
table.sort(t); show(t)
t = {}
for i = 1, 300 do t[i] = rand(5) + ((rand(2) == 0) and 0.0 or 0) end
table.sort(t); show(t)
local items = {}
for i = 1, 200 do items[i] = {key = rand(10), id = i} end
table.sort(items, function(a, b) return a.key < b.key end)
local ids = {}
for i = 1, #items do ids[i] = items[i].key .. ":" .. items[i].id end
print(table.concat(ids, " "))

-- larger random arrays of numbers and strings
for _, size in ipairs({10, 99, 100, 101, 257, 1000, 5000}) do
  local a = {}
  for i = 1, size do a[i] = rand(size) end
  table.sort(a)
  local ok = true
  for i = 2, size do if a[i - 1] > a[i] then ok = false end end
  local s = {}
  for i = 1, size do s[i] = tostring(rand(size * 3)) end
  table.sort(s)
  for i = 2, size do if s[i - 1] > s[i] then ok = false end end
  print(size, ok, a[1], a[size], s[1], s[size])
end
local sorted = {}
for i = 1, 2000 do sorted[i] = i end
table.sort(sorted)
table.sort(sorted, function(a, b) return a > b end)
print(sorted[1], sorted[2000])
local same = {}
for i = 1, 1000 do same[i] = 7 end
table.sort(same)
print(same[1], same[1000])

-- invalid order functions
local function attempt(size, cmp, fill)
  local a = {}
  for i = 1, size do a[i] = fill and fill(i) or rand(10) end
  local ok, err = pcall(table.sort, a, cmp)
  print(size, ok, err)
  show(a)
end
attempt(5, function(a, b) return true end)
attempt(10, function(a, b) return true end)
attempt(20, function(a, b) return a <= b end)
attempt(20, function(a, b) return a <= b end, function(i) return 3 end)
attempt(12, function(a, b) return true end, function(i) return i end)
attempt(30, function(a, b) return rand(2) == 0 end)
print(pcall(function() table.sort({1, 2, 3, 4, 5}, function() return true end) end))
local nan = 0/0
attempt(15, nil, function(i) return (i % 3 == 0) and nan or i end)
attempt(40, nil, function(i) return (i % 5 == 0) and nan or (i * 7) % 11 end)

-- errors
print(pcall(table.sort, {1, "x", 2}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, 2, nil, 4}))
print(pcall(table.sort, {3, 2, 1}, 1))
print(pcall(table.sort, {3, 2, 1}, "x"))
print(pcall(table.sort))
print(pcall(table.sort, "abc"))
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp failed") end))
print(select("#", pcall(table.sort, {3, 2, 1}, function(a, b) error({}) end)))
print(pcall(table.sort, {1, 2}, nil))
print(pcall(table.sort, {2, 1}, false))
print(pcall(table.sort, setmetatable({}, {__len = function() return 2^31 - 1 end})))
print(pcall(table.sort, setmetatable({}, {__len = function() return 2^31 - 2 end}), function() error("called") end))
print(pcall(table.sort, setmetatable({}, {__len = function() return -5 end})))
print(pcall(function() table.sort({1, "x"}) end))
local x = {1, 2}
table.sort(x, nil)
show(x)

-- comparison through __lt
local mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for i = 1, 20 do objs[i] = setmetatable({v = rand(50)}, mt) end
table.sort(objs)
local vs = {}
for i = 1, #objs do vs[i] = objs[i].v end
print(table.concat(vs, " "))
print(pcall(table.sort, {setmetatable({}, mt), 1}))

-- proxies: every read and write goes through metamethods, in C Lua's order
local store = {5, 1, 4, 2, 3}
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "r" .. k; return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "w" .. k .. "=" .. v; store[k] = v end,
  __len = function() return #store end,
})
table.sort(proxy)
print(table.concat(log, " "))
show(store)
log = {}
table.sort(proxy, function(a, b) log[#log + 1] = a .. "?" .. b; return a > b end)
print(table.concat(log, " "))
show(store)
-- a plain table with a metatable whose __index is not consulted (no holes)
local withmt = setmetatable({3, 1, 2}, {__index = function() error("not called") end})
table.sort(withmt); show(withmt)
-- __len shorter than the array
local shorter = setmetatable({9, 8, 7, 6, 5}, {__len = function() return 3 end})
table.sort(shorter); show(shorter, 5)
-- comparator that modifies the table
local victim = {5, 4, 3, 2, 1}
print(pcall(table.sort, victim, function(a, b) victim[3] = nil; return a < b end))
-- comparator yielding across the sort
local co = coroutine.wrap(function()
  local r = {3, 1, 2}
  return pcall(table.sort, r, function(a, b) coroutine.yield(); return a < b end)
end)
print(co())
