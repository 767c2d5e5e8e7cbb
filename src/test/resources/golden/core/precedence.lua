-- Operator precedence and associativity (Lua 5.4 manual, section 3.4.8).
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4, 10 - 4 - 3, 10 - (4 - 3))
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2, 2 ^ -2, -2 ^ 2, (-2) ^ 2, - 2 ^ - 2)
print(100 / 10 / 2, 100 / (10 / 2), 7 // 2 * 2, 7 % 4 % 3, 2 * 3 % 4)
print("a" .. "b" .. "c", 1 .. 2 .. 3, "x" .. 1 + 2, 1 + 2 .. "")
print(not nil == true, not (nil == true), not 1 == nil, #"abc" + 1, -#"ab")
print(1 < 2 == true, "a" < "b" == not false, 1 + 1 == 2 and 3 or 4)
print(1 | 2 ~ 3 & 4, (1 | 2) ~ (3 & 4), 1 | (2 ~ 3) & 4, 5 & 3 << 1, (5 & 3) << 1)
print(1 << 2 + 1, (1 << 2) + 1, 256 >> 2 * 2, 1 .. 2 + 1, "3" .. 4 + 1, 1 .. 2 < "2")
print(~0 + 1, ~(0 + 1), -~5, ~-5, - - 2, not not 0)
print(3 | 4 == 7, 2 < 3 | 0, 1 ~ 1 == 0)
print(2 ^ 2 .. "", -3 ^ 2 .. "x", 2 .. 3 ^ 2)
print(1 + 2 < 4, 8 // 3 ^ 1, -2 ^ -2 ^ 2)
print(#{1, 2, 3} * 2, #"ab" .. "cd", - - -3 ^ 2)
print(1 and 2 or 3, nil and 2 or 3, false or nil and 1, 1 or error("not evaluated"))
print(nil or false, false or nil, 1 and nil, false and nil)
print(1 == 1 and 2 == 2 or 3 == 4, 1 < 2 and 2 < 3, not 1 and 2 or 3)
print(1 or 2 and nil, (1 or 2) and nil, nil and 1 or 2 and 3)
-- shift and concat bind tighter than comparison, comparison tighter than and
print(1 << 1 < 3, "a" .. "b" == "ab", 1 + 1 .. "" == "2")
-- a unary minus on a literal, then exponent
local x = 2
print(-x ^ 2, (-x) ^ 2, -x * -x, x ^ -1, -x ^ -x)
-- concat is right associative: the string operands on the right are joined first,
-- so the metamethod sees them already joined (one metamethod call per expression,
-- see README: the reference mishandles several in one concatenation)
local log = {}
local mt = { __concat = function(a, b)
  local sa = type(a) == "table" and a.name or a
  local sb = type(b) == "table" and b.name or b
  log[#log + 1] = sa .. "+" .. sb
  return sa .. sb
end }
local A = setmetatable({ name = "A" }, mt)
print(A .. "b" .. "c", table.concat(log, " "))
log = {}
print("a" .. "b" .. A, table.concat(log, " "))
log = {}
print(1 .. 2 .. A, table.concat(log, " "))
local r
-- power is right associative: evaluated through __pow order
local pow = { __pow = function(a, b)
  local sa = type(a) == "table" and a.name or tostring(a)
  local sb = type(b) == "table" and b.name or tostring(b)
  log[#log + 1] = sa .. "^" .. sb
  return setmetatable({ name = "(" .. sa .. "^" .. sb .. ")" }, getmetatable(a) or getmetatable(b))
end }
log = {}
local P = setmetatable({ name = "P" }, pow)
local Q = setmetatable({ name = "Q" }, pow)
r = P ^ Q ^ 2
print(r.name, table.concat(log, " "))
