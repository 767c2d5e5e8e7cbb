-- Collatz: the longest chain below a bound, stepping with comparisons, a modulo, a
-- multiplication and a halving (a float after the first halving).
local n = tonumber(arg and arg[1]) or 450000
local longest, longest_start, total = 0, 0, 0
for start = 1, n do
  local value, steps = start, 0
  while value ~= 1 do
    if value % 2 == 0 then
      value = value / 2
    else
      value = value * 3 + 1
    end
    steps = steps + 1
  end
  total = total + steps
  if steps > longest then
    longest, longest_start = steps, start
  end
end
print(longest_start, longest, total)
