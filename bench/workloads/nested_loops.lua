-- Three nested numeric for loops around integer arithmetic and a modulo.
local n = tonumber(arg and arg[1]) or 560
local sum = 0
for i = 1, n do
  for j = 1, n do
    local product = i * j
    for k = 1, n do
      sum = sum + (product + k) % 7
    end
  end
end
print(sum)
