-- Mixed integer/float comparisons are exact, even where a float can not represent
-- the integer (around 2^53) or the integer range ends (around 2^63).
local p53 = 9007199254740992        -- 2^53 as an integer
local f53 = 2.0 ^ 53
print(p53 == f53, p53 + 1 == f53, p53 + 1 > f53, p53 + 1 < f53 + 2, f53 + 1 == f53)
print(p53 + 1 <= f53, p53 + 1 >= f53, f53 < p53 + 1, f53 <= p53 + 1, p53 - 1 < f53)
local maxi = 0x7fffffffffffffff
local mini = -maxi - 1
local f63 = 2.0 ^ 63
print(maxi < f63, maxi <= f63, maxi == f63, maxi > f63, f63 > maxi, f63 >= maxi)
print(mini == -f63, mini < -f63, mini <= -f63, mini > -f63, -f63 >= mini)
print(maxi < 1e300, mini > -1e300, maxi < 1e308 * 10, mini > -1e308 * 10)
local nan = 0 / 0
print(maxi < nan, maxi > nan, maxi == nan, mini <= nan, 0 == nan, nan ~= 0)
-- fractional floats next to integers
print(1 < 1.5, 2 > 1.5, 1 <= 0.9999999999999999, 1 >= 0.9999999999999999, -1 < -0.5)
print(maxi - 1 < f63 - 1024, maxi > f63 - 1024, maxi > f63 - 2048, 2^62 == 0x4000000000000000)
-- equal-looking values that differ
print(9007199254740993 == 9007199254740993.0, 9007199254740993 > 9007199254740992.0)
print(0x7ffffffffffffffe < 9223372036854775807.0, 0x7ffffffffffffc00 == 9223372036854774784.0)
-- sorting a mixed array (no ties, so the order is unique) uses the same comparisons
local values = { 3, 2.5, maxi, f63, mini, p53 + 1, f53, 0, 1e300, -1e300, -0.5 }
table.sort(values)
for i, v in ipairs(values) do print(i, v) end
