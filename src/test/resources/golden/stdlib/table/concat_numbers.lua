-- table.concat converts numbers like tostring does (integers vs floats), and
-- works with separators containing any bytes.
print(table.concat({ 1, 2.0, -0.0, 1e100, 2^63, 0x7fffffffffffffff, 1 / 3 }, " "))
print(table.concat({ 1, 2, 3 }, 0), table.concat({ "a", "b" }, 1.5))
print(table.concat({ "x", "y", "z" }, "\0"):byte(1, -1))
local big = {}
for i = 1, 10000 do big[i] = i % 10 end
local s = table.concat(big)
print(#s, s:sub(1, 12), s:sub(-5))
print(#table.concat(big, ", "))
-- ranges beyond the table length read nil and fail
print(pcall(table.concat, { 1, 2 }, ",", 1, 3))
print(table.concat({ 1, 2, 3 }, ",", 3, 3), table.concat({ 1, 2, 3 }, ",", 4, 3))
print(pcall(table.concat, { 1 }, ",", 0x7fffffffffffffff - 1, 0x7fffffffffffffff))
