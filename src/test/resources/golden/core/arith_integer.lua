-- Integer arithmetic: results stay integers except for / and ^; wrap-around on overflow.
print(1 + 2, 7 - 10, 6 * 7, -(-3), 0 - 0)
print(7 / 2, 8 / 2, 0 / 5, -7 / 2, 1 / 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 0 // 3, 6 // 3, -6 // 3)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 5, 6 % 3, -6 % 3)
print(2 ^ 10, 2 ^ 0, 0 ^ 0, 3 ^ 2, 10 ^ -1)
local max = 0x7fffffffffffffff
local min = -max - 1
print(max, min, max + 1, min - 1, max + max, min + min)
print(max * 2, min * -1, min * min, max * max, -min)
print(min // -1, min % -1, max // -1, max % -1)
print(min // 1, min % 1, min // max, min % max, max // min, max % min)
print(5 // max, -5 // max, 5 % max, -5 % max, 5 % min, -5 % min)
print(123456789 * 987654321, 123456789 * 987654321 * 1000)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
-- integer division and modulo satisfy a == (a // b) * b + a % b
local values = { 0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 100, -100, max, min, max - 1, min + 1 }
local bad = 0
for _, a in ipairs(values) do
  for _, b in ipairs(values) do
    if b ~= 0 then
      local q, r = a // b, a % b
      if q * b + r ~= a then bad = bad + 1; print("identity fails", a, b) end
      if r ~= 0 and (r < 0) ~= (b < 0) then bad = bad + 1; print("sign fails", a, b, r) end
    end
  end
end
print("identity violations", bad)
-- unary minus and constants that fold at compile time vs at run time
local one = 1
print(-max, -min, -(min + one), -(max + one))
print(1 - 1 - 1, one - one - one, 2 * 3 * 4, one * 2 * 3 * 4)
-- results of / are always floats, even when exact
print(max / 1, min / -1, 4 / 2, -0 / 1)
