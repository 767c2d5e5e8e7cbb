-- __eq: called only when both operands are tables (or both userdata) and not
-- primitively equal; the result is converted to a boolean.
local calls = 0
local E = { __eq = function(a, b) calls = calls + 1; return a.id == b.id end }
local a = setmetatable({ id = 1 }, E)
local b = setmetatable({ id = 1 }, E)
local c = setmetatable({ id = 2 }, E)
print(a == b, a ~= b, a == c, a ~= c, calls)
-- identical references never call __eq
calls = 0
print(a == a, a ~= a, calls)
-- different types: never equal, no call
calls = 0
print(a == 1, a == "a", a == nil, 1 == a, calls)
-- only one operand needs the metamethod; the first operand's is tried first
local plain = { id = 1 }
calls = 0
print(a == plain, plain == a, calls)
local other = setmetatable({ id = 1 }, { __eq = function() return "other" end })
print(a == other, other == a)
-- the result is converted to a boolean
local truthy = setmetatable({}, { __eq = function() return "yes" end })
local falsy = setmetatable({}, { __eq = function() return nil end })
print(truthy == {}, truthy ~= {}, falsy == {}, falsy ~= {})
-- rawequal ignores __eq
print(rawequal(a, b), rawequal(a, a))
-- __eq is not used for table keys
local t = {}
t[a] = "a"
print(t[b], t[a])
-- __eq with tables that have different metatables and different __eq functions
local m1 = { __eq = function() return true end }
local m2 = { __eq = function() return false end }
local x, y = setmetatable({}, m1), setmetatable({}, m2)
print(x == y, y == x)
-- __eq in comparisons inside control flow
local found = 0
local list = { setmetatable({ id = 5 }, E), setmetatable({ id = 6 }, E), setmetatable({ id = 5 }, E) }
local probe = setmetatable({ id = 5 }, E)
for _, v in ipairs(list) do if v == probe then found = found + 1 end end
print("found", found)
-- __eq on non-table values (numbers, strings) is never consulted
print(1 == 1.0, "a" == "a", nil == false)
-- errors inside __eq propagate
local boom = setmetatable({}, { __eq = function() error("eq failed") end })
print(pcall(function() return boom == {} end))
