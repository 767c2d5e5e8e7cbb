-- Generic for: stateless and stateful iterators, the control variable, extra values,
-- and the fourth (to-be-closed) value.
-- a stateless iterator
local function iter(limit, i)
  i = i + 1
  if i <= limit then return i, i * i end
end
for i, sq in iter, 4, 0 do print("stateless", i, sq) end
-- a stateful iterator (closure)
local function range(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end
end
local out = {}
for i in range(5) do out[#out + 1] = i end
print("stateful", table.concat(out, ","))
-- iteration stops at the first nil control value, other values may be nil
local function triples()
  local data = { { 1, nil, 3 }, { 2, "b", nil }, { false, "not nil" } }
  local k = 0
  return function()
    k = k + 1
    local d = data[k]
    if d then return d[1], d[2], d[3] end
  end
end
for a, b, c in triples() do print("values", a, b, c) end
-- more variables than values, fewer variables than values
for a, b, c, d, e in iter, 2, 0 do print("extra vars", a, b, c, d, e) end
for a in iter, 2, 0 do print("one var", a) end
-- the iterator function receives the state and the previous control value
local calls = {}
local function spy(state, control)
  calls[#calls + 1] = tostring(state) .. "/" .. tostring(control)
  if control < 3 then return control + 1 end
end
for _ in spy, "S", 0 do end
print("spy", table.concat(calls, " "))
-- ipairs and pairs-style iteration over arrays
local t = { "a", "b", "c", nil, "e" }
for i, v in ipairs(t) do print("ipairs", i, v) end
-- next directly, with sorted keys for stable output
local h = { x = 1, y = 2, z = 3, 10, 20 }
local keys = {}
for k in next, h do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print("next keys", table.concat(keys, " "))
-- modifying the loop variable in the body does not affect iteration
for i in range(3) do
  local before = i
  i = "changed"
  print("body", before, i)
end
-- nested generic loops
for i in range(2) do
  for j in range(2) do print("nested", i, j) end
end
-- break out of a generic for
for i in range(100) do
  if i > 2 then break end
  print("break loop", i)
end
-- an iterator that is a callable table
local callable = setmetatable({}, { __call = function(self, s, c)
  if c < 2 then return c + 1 end
end })
for v in callable, nil, 0 do print("callable", v) end
-- errors
print(pcall(function() for x in nil do end end))
print(pcall(function() for x in 42 do end end))
print(pcall(function() local t = {} for x in t do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
