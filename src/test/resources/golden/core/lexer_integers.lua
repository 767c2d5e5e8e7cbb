-- Integer numerals: decimal, hexadecimal, wrap-around of hex, overflow of decimals.
print(0, 1, 42, 007, 1234567890)
-- tostring shows the subtype: floats print with a dot or an exponent
local function kind(x) return tostring(x) end
print(kind(9223372036854775807))
print(kind(9223372036854775808))   -- overflows: becomes a float
print(kind(-9223372036854775808))  -- unary minus applied to a float
print(kind(-9223372036854775807 - 1))
print(kind(18446744073709551615))
print(kind(99999999999999999999))
print(kind(123456789012345678901234567890))
print(0x0, 0x1, 0xA, 0xa, 0XfF, 0xDeadBeef)
print(0x7fffffffffffffff)
print(0x8000000000000000)
print(0xffffffffffffffff)
print(0x10000000000000000)          -- wraps modulo 2^64
print(0x1ffffffffffffffff)
print(0x00000000000000000000000001)
print(0xfffffffffffffffffffffffffff)
print(-0x7fffffffffffffff, -0x8000000000000000)
print(1 == 1.0, 0x10 == 16, 0xff == 255)
-- the same numerals through load
local numerals = {
  "0", "00", "0x0", "9223372036854775807", "9223372036854775808",
  "0x7fffffffffffffff", "0xffffffffffffffff", "0x10000000000000001",
  "18446744073709551616", "1" .. string.rep("0", 30), "0x" .. string.rep("f", 40),
  "3", "0X3", "0x3p0", "3e0", "0x.8",
}
for _, src in ipairs(numerals) do
  local f, err = load("return " .. src)
  if f then
    print(src, f())
  else
    print(src, "error", err)
  end
end
