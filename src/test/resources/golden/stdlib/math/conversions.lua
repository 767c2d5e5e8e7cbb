-- Conversions between integers, floats and strings in the math library.
for _, v in ipairs({ 0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e15 + 0.5, 2^53, 2^62, 2^63, -2^63, 1e300 }) do
  print(v, math.floor(v), math.ceil(v), math.tointeger(v), math.type(math.floor(v)), math.type(math.ceil(v)))
end
-- floor/ceil of strings convert the string first
print(math.floor("2.5"), math.ceil("-2.5"), math.floor("10"), math.type(math.floor("10")))
-- integer division and modulo agree with floor
local ok = true
for a = -20, 20 do
  for b = -7, 7 do
    if b ~= 0 then
      if a // b ~= math.floor(a / b) then ok = false end
      if a % b ~= a - math.floor(a / b) * b then ok = false end
    end
  end
end
print("floor identities", ok)
-- math.abs keeps the subtype; abs of mininteger wraps
print(math.type(math.abs(-3)), math.type(math.abs(-3.0)), math.abs(math.mininteger) == math.mininteger)
-- max/min with mixed subtypes return the original values
print(math.max(1, 1.0), math.max(1.0, 1), math.min(2, 2.0), math.type(math.max(2^53, 2^53 + 1)))
-- tointeger never converts strings in arithmetic sense beyond exact values
print(math.tointeger("0x7fffffffffffffff"), math.tointeger("9223372036854775808"), math.tointeger(" 12 "))
-- ult compares as unsigned
local sorted = { 0, 1, math.maxinteger, math.mininteger, -1 }
local okult = true
for i = 1, #sorted - 1 do if not math.ult(sorted[i], sorted[i + 1]) then okult = false end end
print("ult order", okult)
