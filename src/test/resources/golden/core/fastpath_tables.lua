-- The dispatch loop's table fast paths: stores into fresh array slots and appends, reads of
-- nil slots, '#', and generic for loops over next and ipairs that run without a call; each
-- must still honour __index, __newindex, __len, hooks and next's errors.
local t = {}
for i = 1, 100 do t[i] = i * 2 end
for i = 1, 50 do t[#t + 1] = -i end
print(#t, t[1], t[100], t[150], t[151])
t[75] = nil
print(t[75], #t == 150 or #t == 74)
local holes = {}
holes[1] = 1; holes[3] = 3; holes[2] = 2; holes[5] = 5
print(#holes == 3 or #holes == 5, holes[4])
-- __newindex must see stores into nil slots of the array part, even after it grew
local log = {}
local guarded = setmetatable({ 1, 2, 3, nil, nil, nil, nil, nil }, {
  __newindex = function(tab, k, v) log[#log + 1] = k; rawset(tab, k, v * 10) end })
guarded[2] = 20
guarded[4] = 4
guarded[9] = 9
guarded[4] = 44
print(table.concat(log, ","), guarded[2], guarded[4], guarded[9])
-- a metatable set after the array was filled
local late = {}
for i = 1, 8 do late[i] = i end
late[8] = nil
setmetatable(late, { __newindex = function(_, k) log[#log + 1] = "late" .. k end,
                     __index = function(_, k) return "idx" .. k end })
late[8] = 1
late[3] = 33
print(late[8], late[3], late[20], log[#log])
local constant = setmetatable({}, { __newindex = function(_, k, v) print("newindex", k, v) end })
constant[1] = "a"
constant[2] = 2.5
-- reads of nil slots with and without __index
local plain = { 1, nil, 3 }
print(plain[2], plain[4], plain[-1], plain[0])
local indexed = setmetatable({ 1, nil, 3 }, { __index = function(_, k) return "i" .. k end })
print(indexed[2], indexed[4], indexed[1])
-- '#' and __len, also when __len arrives after a first '#'
local mt = {}
local counted = setmetatable({ 1, 2, 3 }, mt)
print(#counted)
mt.__len = function() return 42 end
print(#counted)
mt.__len = nil
print(#counted)
rawset(mt, "__len", function() return 7 end)
print(#counted)
local key = "__" .. "len"
mt[key] = function() return 8 end
print(#counted)
print(#"abc", pcall(function() local n = nil; return #n end))
-- ipairs: stops at the first nil, follows __index, sees changes made during the loop
local sum = 0
for i, v in ipairs({ 1, 2, 3, nil, 5 }) do sum = sum + i * v end
print(sum)
local proxy = setmetatable({}, { __index = function(_, i) if i <= 4 then return i * i end end })
for i, v in ipairs(proxy) do io.write(i, "=", v, " ") end
print()
local half = setmetatable({ 1, 2 }, { __index = { [3] = 30, [4] = 40 } })
for i, v in ipairs(half) do io.write(i, "=", v, " ") end
print()
local growing = { 1, 2, 3 }
for i, v in ipairs(growing) do
  if i <= 3 then growing[#growing + 1] = v + 10 end
  io.write(v, " ")
end
print()
local shrinking = { 1, 2, 3, 4, 5, 6 }
for i, v in ipairs(shrinking) do shrinking[i + 2] = nil; io.write(v, " ") end
print()
for i in ipairs({ 5, 6, 7 }) do io.write(i, " ") end
for i, v, extra in ipairs({ 5, 6 }) do io.write(i, v, tostring(extra), " ") end
print()
local hashonly = {}
hashonly[3] = "c"; hashonly[1] = "a"; hashonly[2] = "b"
for i, v in ipairs(hashonly) do io.write(i, v, " ") end
print()
print(pcall(function() for i, v in ipairs(nil) do end end))
-- next and pairs: order-independent checks, assignments and removals during traversal
local mixed = { 10, 20, 30, x = 1, y = 2, z = 3, [2.5] = "f", [true] = "t" }
local keys, total = 0, 0
for k, v in pairs(mixed) do
  keys = keys + 1
  if type(v) == "number" then total = total + v end
  mixed[k] = nil
end
print(keys, total, next(mixed))
local big = {}
for i = 1, 200 do big["k" .. i] = i end
local seen = 0
for k, v in next, big do
  seen = seen + v
  big[k] = v + 1
end
print(seen, big.k1, big.k200)
for k in pairs({ a = 1 }) do io.write(k, " ") end
for k, v, extra in next, { 7 } do io.write(k, v, tostring(extra), " ") end
print()
print(pcall(function() for k in next, { a = 1 }, "missing" do end end))
local intkey = { [1] = "one", [2] = "two", [10] = "ten" }
for k, v in next, intkey, 1 do io.write(k, v, " ") end
print()
-- a weak table iterated with pairs and ipairs
local weak = setmetatable({ 1, 2, 3, a = "x" }, { __mode = "k" })
local n = 0
for k, v in pairs(weak) do n = n + 1 end
for i, v in ipairs(weak) do n = n + v end
print(n)
-- __pairs still runs in pairs' place
local custom = setmetatable({}, { __pairs = function(tab) return function(_, k) if not k then return 1, "one" end end, tab, nil end })
for k, v in pairs(custom) do print("pairs", k, v) end
-- call hooks see every call of next and of ipairs' step
local calls = 0
debug.sethook(function() calls = calls + 1 end, "c")
for _ in ipairs({ 1, 2, 3 }) do end
for _ in next, { a = 1, b = 2 } do end
debug.sethook()
print(calls)
