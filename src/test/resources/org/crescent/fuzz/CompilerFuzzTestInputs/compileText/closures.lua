local function counter(step)
  local n = 0
  return function() n = n + step return n end
end
local c1, c2 = counter(1), counter(10)
print(c1(), c1(), c2(), c1())
local fs = {}
for i = 1, 3 do fs[i] = function() return i * 2 end end
print(fs[1](), fs[2](), fs[3]())
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(20), fact(21), fact(25.0))
