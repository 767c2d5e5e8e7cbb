local max, min = math.maxinteger, math.mininteger
print(max + 1, min - 1, max * 2, min // -1, min % -1, -min, min == -min)
print(max + 0.0, max + 0.0 == 2^63, max < 2^63, min <= -2^63, 2^53 == 2^53 + 1)
print(1 << 63, 1 << 64, -1 >> 1, -1 >> 64, 5 >> -1, pcall(function() return "3" << 1 end), 2^63 // 1)
print(pcall(function() return 2^63 | 0 end), pcall(function() return "1.5" & 1 end))
print(math.tointeger(2^63), math.tointeger(-2^63), string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
