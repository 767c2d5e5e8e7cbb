-- tostring of numbers: integers in full, floats with %.14g plus ".0" when they look
-- like integers, and the special values.
local floats = {
  0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 10 / 3, 100.0, 1e14, 1e15, 1e16,
  1e17, 123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1e100, 1e-100, 1e308,
  1e-308, 5e-324, 2^53, 2^63, -2^63, 2^64, 1e308 * 10, -1e308 * 10, 3.14159265358979,
  2.5e-5, 0.0001, 0.00001, 123.456, -123.456, 1e21, 1.5e300, 99999999999999.0,
  999999999999999.0, 9999999999999999.0, 0.1 + 0.2, 1 - 1e-15, 4503599627370496.5,
  7.0, -7.0, 1e2, 2^-10, 2^24, 2^31, 2^32, 65536.0 * 65536.0, 1.7976931348623157e308,
  2.2250738585072014e-308, 123e-7, 5.5, -5.5, 0.25, 1e-5, 12345.678901234567,
}
for i, x in ipairs(floats) do print(i, x, tostring(x), x .. "") end
-- NaN is not printed: C Lua shows "nan" or "-nan" depending on the platform
local integers = {
  0, 1, -1, 10, 100, 1000000, 123456789, 0x7fffffffffffffff, -0x7fffffffffffffff - 1,
  9007199254740993, -9007199254740993, 1e15 // 1 | 0, 2^53 // 1 | 0, 0xff, -0xff,
}
for i, n in ipairs(integers) do print(i, n, tostring(n), n .. "") end
-- concatenation uses the same conversion
print(1 .. "", 1.0 .. "", -0.0 .. "", 1e100 .. "", 2^63 .. "", 10 // 1 .. "", 10 / 1 .. "")
-- string.format("%d") and friends are library matters; %.14g is what tostring uses
print(string.format("%.14g", 0.1), string.format("%.14g", 1e15), string.format("%.14g", 2^63))
