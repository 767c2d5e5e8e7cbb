-- Nested field access: reads and writes of a.b.c.d and of fields at each level.
local n = tonumber(arg and arg[1]) or 12000000
local a = { b = { c = { d = 0, e = 1 }, f = 2 }, g = 3 }
local checksum = 0
for i = 1, n do
  a.b.c.d = a.b.c.d + a.b.c.e
  a.b.c.e = (a.b.c.e + a.b.f) % 11
  a.b.f = (a.b.f + a.g) % 13
  checksum = (checksum + a.b.c.d + a.b.c.e) % 1000000007
end
print(checksum, a.b.c.d)
