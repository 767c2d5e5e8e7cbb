-- Mixed integer/float operands convert the integer to float; results print accordingly.
print(1 + 1.0, 2 * 0.5, 3 - 1.0, 10 // 3.0, 10 % 3.0, 2 ^ 2, 7 / 7)
print(0x7fffffffffffffff + 1.0, 0x7fffffffffffffff + 0.0 == 2 ^ 63)
print(-0x7fffffffffffffff - 1 + 0.0, (-0x7fffffffffffffff - 1) * 1.0)
print(9007199254740993 + 0.0, 9007199254740993 * 1.0 == 9007199254740992)
print(1 // 1.0, -1 // 1.0, 0 * -1.0, -1 * 0.0, 0 // -1.0, 0 % -1.0)
print(3 % -2.0, -3 % 2.0, 3.0 % -2, -3.0 % 2, 5.5 // 2, 5 // 2.5)
-- a float with an integral value is still a float
local f = 3.0
print(f, f + 1, f * 2, f // 1, f % 2, -f)
print(1e15, 1e15 + 1, 2^53, 2^53 // 1, 10 // 1.0)
-- equality between subtypes compares mathematical values
print(1 == 1.0, -0 == -0.0, 2^53 == 9007199254740992, 2^53 == 9007199254740993)
print(0x7fffffffffffffff == 2^63, 0x7fffffffffffffff + 0.0 == 2^63, -0x7fffffffffffffff - 1 == -2^63)
-- table keys: floats with integral values are normalised to integers
local t = {}
t[1] = "int"; t[1.0] = "float overwrites int"; t[2.0] = "two"; t[2^53] = "big"
print(t[1], t[2], #t, t[9007199254740992], t[1.5])
t[1.5] = "fraction"; t[-0.0] = "zero"
print(t[1.5], t[0], t[0.0], t[-0.0])
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
