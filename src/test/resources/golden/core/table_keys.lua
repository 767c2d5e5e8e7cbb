-- Table keys: number normalisation, NaN and nil, booleans, tables and functions as
-- keys, and removal during traversal.
local t = {}
t[1] = "int"; t[2.0] = "float two"; t[3.5] = "fraction"; t["1"] = "string one"
print(t[1.0], t[2], t[3.5], t["1"], t[1] ~= t["1"])
t[2^53] = "2^53"; t[2^63] = "2^63 float"; t[-0.0] = "zero"
print(t[9007199254740992], t[2^63], t[0], t[0x7fffffffffffffff])
-- keys of all kinds
local f = function() end
local k = {}
local co = coroutine.create(f)
local all = { [true] = "T", [false] = "F", [f] = "func", [k] = "table", [co] = "thread", [print] = "cfunc" }
print(all[true], all[false], all[f], all[k], all[co], all[print], all[{}])
-- reading nil or NaN keys is fine and gives nil
print(t[nil], t[0 / 0])
-- writing them is an error
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0 / 0] = 1 end))
print(pcall(rawset, t, 0 / 0, 1))
-- assigning nil removes a key; clearing during traversal is allowed
local m = {}
for i = 1, 100 do m[i] = i; m["k" .. i] = i end
local removed = 0
for key in pairs(m) do
  if type(key) == "string" then m[key] = nil; removed = removed + 1 end
end
local left = 0
for _ in pairs(m) do left = left + 1 end
print("removed", removed, "left", left, #m)
-- adding a new key during traversal is undefined; only existing keys are changed here
for key, v in pairs(m) do m[key] = v * 2 end
print(m[1], m[50], m[100])
-- integer keys beyond the array part
local sparse = {}
sparse[1] = 1; sparse[1000000] = "million"; sparse[-5] = "negative"; sparse[0] = "zero"
print(sparse[1000000], sparse[-5], sparse[0], sparse[2])
-- the same float and integer key collide
local c = {}
c[3] = "a"; c[3.0] = "b"
local n = 0
for _ in pairs(c) do n = n + 1 end
print(c[3], n)
-- string keys with special contents
local s = {}
s[""] = "empty"; s["\0"] = "nul"; s["a\0b"] = "embedded"; s[" "] = "space"
print(s[""], s["\0"], s["a\0b"], s[" "], s["a"])
-- next traverses everything exactly once
local total, sum = 0, 0
local big = {}
for i = 1, 1000 do big[i] = i end
for i = 1, 500 do big["s" .. i] = i end
for _, v in pairs(big) do total = total + 1; sum = sum + v end
print(total, sum)
-- # on tables built in order and after removals from the end
local seq = {}
for i = 1, 10 do seq[#seq + 1] = i end
print(#seq)
seq[#seq] = nil; seq[#seq] = nil
print(#seq)
