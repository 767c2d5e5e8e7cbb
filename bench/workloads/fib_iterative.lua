-- Iterative Fibonacci modulo a prime: a tight loop of additions, a modulo and a
-- multiple assignment, called many times with short and long counts.
local n = tonumber(arg and arg[1]) or 3000000
local modulus = 1000000007

local function fibonacci(k)
  local previous, current = 0, 1
  for _ = 1, k do
    previous, current = current, (previous + current) % modulus
  end
  return previous
end

local checksum = 0
for i = 1, n do
  checksum = (checksum + fibonacci(i % 90 + 1)) % modulus
end
print(checksum)
