-- Float arithmetic, infinities, NaN, negative zero, floor division and modulo.
local inf = 1e308 * 10
local nan = -(inf - inf)
print(1.5 + 2.25, 0.1 + 0.2, 1e308 + 1e308, -1e308 - 1e308, 1.0 - 1.0)
print(2.5 * 4, 1e-320 / 1e10, 1e200 * 1e200, 3.0 / 2, 1.0 / 0, -1.0 / 0)
print(0.0 / 0 ~= 0.0 / 0, inf - inf ~= inf - inf, inf * 0 ~= inf * 0)
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2, 7.0 // 2.0, 1e308 // 1e-308)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, 5.0 % 2.5, 5.3 % 1)
print(1.0 // 0, -1.0 // 0, 0.0 // 0 ~= 0.0 // 0, 1 // 0.0, -1 // 0.0)
print(1.0 % 0 ~= 1.0 % 0, 1 % 0.0 ~= 1 % 0.0, inf % 2 ~= inf % 2, 2 % inf, -2 % inf, 2 % -inf, -2 % -inf)
print(inf // 1, -inf // 1, inf // inf ~= inf // inf, 5 // inf, -5 // inf, 5 // -inf)
print(0.0, -0.0, 0.0 == -0.0, 1 / 0.0, 1 / -0.0, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1)
print(0.0 * -1, -(0.0), 0 * -1.0, -0.0 // 1, 0.0 // -1, -0.0 % 1, 0.0 % -1)
print(-5 % 5.0, 5 % -5.0, -0.0 % 5, 3 % -2.0, -3 % 2.0)
print(2 ^ 0.5, 2 ^ -1, (-8) ^ (1 / 3) ~= (-8) ^ (1 / 3), 0 ^ -1, (-0.0) ^ -1, inf ^ 0, nan ^ 0)
print(10 ^ 308, 10 ^ 309, 2 ^ 1023, 2 ^ 1024, 2 ^ -1074, 2 ^ -1075)
print(1e15 + 0.5, 1e16 + 1, 2 ^ 53 + 1.0, 2 ^ 53 - 1)
print(100 * 1.1, 3 * 0.1, 0.1 * 3 == 0.3, 0.5 + 0.25 == 0.75)
print(-inf, inf + -inf ~= inf + -inf, inf > 1e308, -inf < -1e308)
print(nan ~= nan, nan == nan, nan < nan, nan <= nan, nan > 1, nan < 1)
-- floor division and modulo with floats obey a - (a // b) * b == a % b (where finite)
local values = { 0.5, -0.5, 1.5, -1.5, 3.0, -3.0, 7.25, -7.25, 1e10, -1e10 }
local count = 0
for _, a in ipairs(values) do
  for _, b in ipairs(values) do
    local r = a % b
    if a - (a // b) * b ~= r then count = count + 1; print("mismatch", a, b) end
    if r ~= 0 and (r < 0) ~= (b < 0) then count = count + 1; print("sign", a, b, r) end
  end
end
print("mismatches", count)
