local a, b, c = ...
for i = 1, 10 do end
for i = 1, 10 do print(i) end
for i = 10, 1, -1 do print(i) end
for i = a, b, c do print(i) end
for i = 1.5, 10.5, 0.5 do print(i) end
for i = 1, #a do a[i] = i end
for i = 1, 3 do
  for j = 1, 3 do
    print(i, j)
  end
end
for i = 1, 10 do
  if i == 5 then break end
  print(i)
end
for i = 1, 3 do
  local f = function() return i end
  print(f)
end
for i = 1, 3 do
  local x = i
  if x then break end
  local g = function() return x end
end
local s = 0
for i = 1, 100 do s = s + i end
for i = 1, 10, 0 do end
