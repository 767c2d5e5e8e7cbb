-- Integer-division guards (Lua 5.4 integers): floor division and modulo of mixed-sign
-- integers behind zero and overflow guards, with math.tointeger and bitwise masks.
local n = tonumber(arg and arg[1]) or 24000000

local function safe_divide(a, b)
  if b == 0 then return 0, a end
  if b == -1 then return -a, 0 end
  return a // b, a % b
end

local checksum = 0
local seed = 7
for i = 1, n do
  seed = (seed * 16807) % 2147483647
  local a = seed - 1073741823
  local b = (i % 23) - 11
  local quotient, remainder = safe_divide(a, b)
  checksum = (checksum + quotient + remainder * 3) & 0xFFFFFFFFFF
  if i % 1000 == 0 then
    checksum = checksum ~ (math.tointeger(i / 1000) or 0)
  end
end
print(checksum, 7 // 0.0, -7 // 2, 7 % -3, math.mininteger // -1)
