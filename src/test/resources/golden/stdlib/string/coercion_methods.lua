-- String library functions accept numbers (converted with tostring rules), and
-- string methods work on string values only.
print(string.len(123), string.len(1.5), string.len(-0.0), string.len(2^63))
print(string.upper(1e100), string.rep(1, 3), string.sub(123456, 2, -2), string.reverse(1.25))
print(string.byte(7), string.find(12345, "3"), string.match(2^53, "%d+"))
print(string.format("%s|%s", 1, 1.0), ("x"):rep(2.0), ("abc"):sub("2"))
print(pcall(string.len, true))
print(pcall(string.upper, {}))
print(pcall(string.rep, "x", "y"))
-- numbers have no methods
print(pcall(function() local n = 5; return n:rep(2) end))
-- integer-valued floats are accepted as integer arguments, others are not
print(("abcdef"):sub(2.0, 4.0), pcall(string.sub, "abcdef", 2.5))
print(("abc"):byte(-1.0), ("x"):rep(3.0, ","))
-- strings that look like numbers are accepted as integer arguments
print(("abcdef"):sub("2", "4"), ("abcdef"):sub(" 3 ", "0x4"))
print(pcall(string.sub, "abcdef", "two"))
