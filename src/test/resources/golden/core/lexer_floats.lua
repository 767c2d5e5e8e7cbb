-- Float numerals: decimal forms, exponents, hexadecimal floats with binary exponents.
print(1.0, 1., .5, 0.5, 3.25, 1e0, 1E2, 1e+2, 1e-2, 12.5e3, .5e1, 5.e-1)
print(1e15, 1e16, 1e100, 1e308, 1e309, 1e-310, 1e-400, 2.5e-324, 4.9e-324)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10 ~= 1e308 * 10 - 1e308 * 10)
print(0x1p0, 0x1p4, 0x1P-1, 0x.1, 0x1.8, 0xA.8p1, 0x.8p-1, 0x1p-1074, 0x1p-1075)
print(0x1p1023, 0x1p1024, 0x1.fffffffffffffp1023)
print(0x0.1E, 0xA23p-4, 0X1.921FB54442D18P+1)
print(3.14159265358979, 0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 100/3)
print(123456789012.0, 1234567890123456.0, 12345678901234567.0)
print(2^53, 2^53 + 1, 2^63, -2^63, 2^64)
print(0.0, -0.0, 0/1, -(0.0))
local inf = 1e308 * 10
print(inf, -inf, inf == 1e309)
local nan = inf - inf
print(nan ~= nan, nan == nan, not (nan < 0), not (nan > 0))
-- numerals that only make sense through load
local sources = {
  "1e", "1e+", "1.5e-", "0x", "0xp1", "0x1p", "0x1p+", "1..2", "1.2.3", "3x", "0x1g",
  "1e1e1", ".e1", "08", "1__2", "0x.p1", ".", "0x1P-2", "0x.0001p+16", "1E-0",
  "9007199254740993", "0.1e-5", "5e-324", "1.7976931348623157e308", "1.7976931348623159e308",
}
for _, src in ipairs(sources) do
  local f, err = load("return " .. src)
  if f then print(src, "->", f()) else print(src, "error:", err) end
end
