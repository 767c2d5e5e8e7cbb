-- The dispatch loop's arithmetic and comparison fast paths: every operator with integer,
-- float and mixed operands, in register and constant forms, with Lua 5.4's exact results.
local function show(...) print(...) end
local values = { 7, -7, 0, 3, 2.5, -2.5, 0.0, -0.0, 1e308, math.maxinteger, math.mininteger, 2^53 }
for _, a in ipairs(values) do
  for _, b in ipairs(values) do
    local add, sub, mul = a + b, a - b, a * b
    local div, pow = a / b, a ^ 2
    local ok1, idiv = pcall(function() return a // b end)
    local ok2, mod = pcall(function() return a % b end)
    local function fmt(x)
      if type(x) == "number" and x ~= x then return "nan" end
      return math.type(x) .. ":" .. string.format(math.type(x) == "float" and "%.17g" or "%d", x)
    end
    show(fmt(a), fmt(b), fmt(add), fmt(sub), fmt(mul), fmt(div), fmt(pow),
         ok1 and fmt(idiv) or idiv, ok2 and fmt(mod) or mod)
  end
end
-- constant operands (ADDK, SUBK, MULK, DIVK, MODK, IDIVK, POWK)
for _, a in ipairs(values) do
  local r = { a + 3, a - 3, a * 3, a / 3, a % 3, a // 3, a ^ 3, a + 0.5, a - 0.5, a * 0.5, a % 0.5, a // 0.5, a % -3, a // -3 }
  for i = 1, #r do
    local x = r[i]
    r[i] = x ~= x and "nan" or (math.type(x) .. ":" .. string.format(math.type(x) == "float" and "%.17g" or "%d", x))
  end
  print(table.concat(r, " "))
end
-- comparisons: register pairs and immediates, integer and float, NaN
local nan = 0 / 0
local cmp = { 1, 1.0, 2, 2.5, -1, 4.0, 2^53, 2^53 + 1, math.maxinteger, -math.huge, nan }
for _, a in ipairs(cmp) do
  local row = {}
  for _, b in ipairs(cmp) do
    row[#row + 1] = (a < b and "<" or "") .. (a <= b and "=" or "") .. (a == b and "e" or "") .. "|"
  end
  row[#row + 1] = tostring(a > 4.0) .. tostring(a >= 4) .. tostring(a < 1) .. tostring(a <= 1.0) .. tostring(a == 1)
  print(table.concat(row))
end
print(math.maxinteger + 1 == math.mininteger, math.mininteger * -1, math.mininteger // -1, math.mininteger % -1)
print(pcall(function() local z = 0; return 1 // z end))
print(pcall(function() local z = 0; return 1 % z end))
print(pcall(function() local s = "10"; return s * 2, s + 1.5, -s end))
print(pcall(function() local t = {}; return t * 2 end))
print(pcall(function() return 2.5 // nil end))
local mt = { __mul = function(a, b) return "mul" end, __div = function() return "div" end,
             __mod = function() return "mod" end, __idiv = function() return "idiv" end,
             __pow = function() return "pow" end, __add = function() return "add" end,
             __sub = function() return "sub" end, __lt = function() return true end }
local obj = setmetatable({}, mt)
print(obj * 2, 2 * obj, obj / 2, obj % 2, obj // 2, obj ^ 2, obj + 1.5, 1.5 - obj, obj < 1.5, 2.5 < obj)
local x = 1.5
for i = 1, 5 do x = x * 1.5 + i - 0.25 / i end
print(string.format("%.17g", x))
