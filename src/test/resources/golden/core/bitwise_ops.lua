-- Bitwise operators on integers (64-bit, two's complement, logical shifts).
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xF0 ~ 0xFF, ~0, ~5, ~-1)
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 100, 1 << -1, 2 << -1)
print(-1 >> 1, -1 >> 63, -1 >> 64, 8 >> 1, 8 >> -1, 8 >> 70, -8 >> 1)
print(-1 << 63, 0x7fffffffffffffff << 1, 0x5555555555555555 << 1, 0xAAAAAAAAAAAAAAAA >> 1)
print(3 & 2.0, 3.0 | 4, 2^62 | 0, "x" and 5 ~ 3, 5 ~ 3 ~ 3)
local a, b = 0x123456789ABCDEF0, 0x0FEDCBA987654321
print(a & b, a | b, a ~ b, ~a, a >> 4, a << 4, a >> 60, a << 60)
print(string.format("%x %x %x", a & b, a | b, a ~ b))
-- shifts by variable amounts, including out-of-range ones
for _, n in ipairs({ -65, -64, -63, -1, 0, 1, 31, 32, 63, 64, 65 }) do
  print(n, 1 << n, -1 >> n, 0x8000000000000000 >> n, 5 << n)
end
-- identities
local ok = true
local samples = { 0, 1, -1, 2, 0x7fffffffffffffff, -0x7fffffffffffffff - 1, 12345, -12345, a, b }
for _, x in ipairs(samples) do
  for _, y in ipairs(samples) do
    if (x ~ y) ~= ((x | y) & ~(x & y)) then ok = false end
    if ~(x & y) ~= (~x | ~y) then ok = false end
  end
  if (x << 1) >> 1 ~= x & 0x7fffffffffffffff then ok = false end
end
print("identities hold", ok)
-- precedence among bitwise operators: shift > & > ~ > |
print(1 | 2 & 3, (1 | 2) & 3, 1 ~ 3 & 2, 6 & 3 ~ 1, 1 << 2 | 1, 1 | 1 << 2)
print(2 + 1 << 1, 2 .. 1 < "3", 0xff & -1 ~ 0xf)
