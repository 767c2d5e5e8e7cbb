-- Arithmetic metamethods: operand order, mixed operands, strings, fallbacks, errors.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
local function str(v) return type(v) == "table" and ("(" .. v.x .. "," .. v.y .. ")") or tostring(v) end
V.__add = function(a, b)
  if type(a) == "number" then return vec(a + b.x, a + b.y) end
  if type(b) == "number" then return vec(a.x + b, a.y + b) end
  return vec(a.x + b.x, a.y + b.y)
end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then a, b = b, a end
  return vec(a.x * b, a.y * b)
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__idiv = function(a, b) return vec(a.x // b, a.y // b) end
local a, b = vec(1, 2), vec(10, 20)
print(str(a + b), str(a + 1), str(1 + a), str(b - a), str(a * 3), str(3 * a))
print(str(b / 4), str(b % 3), str(a ^ 2), str(-a), str(b // 3), str(-(-a)))
-- the metamethod receives the operands in source order and a second copy for unary
local seen = {}
local spy = setmetatable({}, {
  __add = function(p, q) seen[#seen + 1] = "add(" .. type(p) .. "," .. type(q) .. ")"; return 0 end,
  __unm = function(p, q) seen[#seen + 1] = "unm(" .. type(p) .. "," .. tostring(rawequal(p, q)) .. ")"; return 0 end,
})
local _ = spy + 1, 1 + spy, spy + spy, -spy
print(table.concat(seen, " "))
-- the first operand's metamethod is used, else the second's
local left = setmetatable({}, { __add = function() return "left" end })
local right = setmetatable({}, { __add = function() return "right" end })
print(left + right, right + left, left + 1, 1 + right)
-- metamethods work with strings as the other operand (no coercion first)
local strmeta = setmetatable({}, { __concat = function(p, q) return "concat" end,
  __add = function(p, q) return "add:" .. tostring(type(p)) .. "," .. tostring(type(q)) end })
print(strmeta + "10", "10" + strmeta)
-- strings that are not numbers fall back to the other operand's metamethod
print(pcall(function() return "abc" + strmeta end))
-- metamethod results are not adjusted: any value type may be returned
local anything = setmetatable({}, { __mul = function() return nil end, __div = function() return "div", "extra" end })
print(anything * 2, anything / 2)
-- all arithmetic events
local names = {}
local all = setmetatable({}, {
  __add = function() return "__add" end, __sub = function() return "__sub" end,
  __mul = function() return "__mul" end, __div = function() return "__div" end,
  __mod = function() return "__mod" end, __pow = function() return "__pow" end,
  __unm = function() return "__unm" end, __idiv = function() return "__idiv" end,
})
print(all + 1, all - 1, all * 1, all / 1, all % 1, all ^ 1, -all, all // 1)
print(1 + all, 1 - all, 1 * all, 1 / all, 1 % all, 1 ^ all, 1 // all)
-- without a metamethod: errors name the operand
print(pcall(function() local t = {}; return t + 1 end))
print(pcall(function() local t = {}; return 1 - t end))
print(pcall(function() return {} * 2 end))
print(pcall(function() local t = setmetatable({}, { __add = function() return 1 end }); return t - 1 end))
-- metamethods looked up with rawget on the metatable (an __index on the metatable is ignored)
local meta = setmetatable({}, { __index = { __add = function() return "inherited" end } })
local obj = setmetatable({}, meta)
print(pcall(function() return obj + 1 end))
-- a __add that is a callable table
local callable = setmetatable({}, { __call = function(_, p, q) return "callable add" end })
local cobj = setmetatable({}, { __add = callable })
print(cobj + 1)
