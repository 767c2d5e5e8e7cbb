-- Bubble sort of pseudo-random integers (Park-Miller generator): array reads, compares
-- and swaps in nested loops.
local n = tonumber(arg and arg[1]) or 15000
local seed = 12345
local values = {}
for i = 1, n do
  seed = (seed * 16807) % 2147483647
  values[i] = seed % 100000
end
for last = n, 2, -1 do
  local swapped = false
  for i = 1, last - 1 do
    local left, right = values[i], values[i + 1]
    if left > right then
      values[i], values[i + 1] = right, left
      swapped = true
    end
  end
  if not swapped then break end
end
local checksum = 0
for i = 1, n do
  if i > 1 and values[i - 1] > values[i] then error("not sorted") end
  checksum = (checksum + values[i] * i) % 1000000007
end
print(checksum)
