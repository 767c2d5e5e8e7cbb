local n = 0
for i = math.maxinteger - 2, math.maxinteger do n = n + 1 end
for i = 1, 0 do n = n + 100 end
for i = 0.1, 1, 0.25 do n = n + i end
for i = 10, 1, -3 do n = n + i end
print(n, pcall(function() for i = 1, 10, 0 do end end))
local k = 0
while true do k = k + 1 if k > 5 then break end end
repeat local z = k; k = k - 1 until z < 3
print(k)
