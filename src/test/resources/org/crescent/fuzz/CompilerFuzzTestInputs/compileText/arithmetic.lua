local a, b = 7, -3
print(a // b, a % b, a / b, a ^ 2, -a, a & 5, a | 8, a ~ 2, ~a, a << 62, a >> 1)
print(math.maxinteger + 1 == math.mininteger, 2^53 + 1.0, 1 // 0.0, -1 % math.huge)
print(pcall(function() return 1 // 0 end), pcall(function() return 1.5 | 1 end))
print(3 == 3.0, "10" + 5, "0x10" * 1, 10 .. 20, math.type(2^31), 5 // 0.0, -5 % 0.0)
