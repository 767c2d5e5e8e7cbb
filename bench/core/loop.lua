-- A numeric for loop accumulating integers: dispatch speed of the simplest loop.
local n = tonumber(arg and arg[1]) or 400000000
local sum = 0
for i = 1, n do
  sum = sum + i
end
print(sum)
