-- __pairs customises pairs; ipairs respects __index; next ignores metamethods.
local proxy = setmetatable({}, { __pairs = function(t)
  local i = 0
  return function(_, k)
    i = i + 1
    if i <= 3 then return i, "item" .. i end
  end, t, nil
end })
for k, v in pairs(proxy) do print("pairs", k, v) end
-- __pairs returning extra values: only three are used by pairs
local extra = setmetatable({}, { __pairs = function() return next, { "a" }, nil, "dropped" end })
print(select("#", pairs(extra)))
for k, v in pairs(extra) do print("extra", k, v) end
-- pairs without __pairs returns next, t, nil
local plain = { 10 }
local f, s, c = pairs(plain)
print(f == next, s == plain, c)
-- ipairs goes through __index for each element, stopping at the first nil
local backing = { "x", "y", "z" }
local view = setmetatable({}, { __index = function(_, i) return backing[i] end })
for i, v in ipairs(view) do print("ipairs view", i, v) end
-- ipairs stops at the first nil even if later elements exist
local holes = { 1, 2, nil, 4 }
local n = 0
for _ in ipairs(holes) do n = n + 1 end
print("ipairs holes", n)
-- ipairs returns three values; the iterator can be called directly
local it, state, init = ipairs({ "a", "b" })
print(type(it), init)
print(it(state, 0))
print(it(state, 1))
print(it(state, 2))
-- next sees only raw contents
local shadow = setmetatable({}, { __index = { hidden = 1 } })
print(next(shadow), rawlen(shadow))
-- next with an explicit key and errors
local t = { 1, 2, 3 }
print(next(t), next(t, 1), next(t, 2), next(t, 3))
print(next({}), next({}, nil))
print(pcall(next, t, 4))
print(pcall(next, t, "nokey"))
print(pcall(next, nil))
print(pcall(next))
print(pcall(ipairs))
print(pcall(pairs))
print(select("#", ipairs(nil)), type(ipairs(nil)))
-- ipairs accepts any value (errors come when indexing)
print(pcall(function() for i, v in ipairs(5) do end end))
print(pcall(function() for i, v in ipairs("str") do print(i, v) end return "no iterations" end))
-- modifying existing fields during traversal is allowed; count stays stable
local m = { a = 1, b = 2, c = 3 }
local count = 0
for k in pairs(m) do m[k] = nil; count = count + 1 end
print("cleared", count, next(m))
