local a, b = ...
while a do a = a - 1 end
while a < 10 do a = a + 1 end
while true do break end
while true do
  if a then break end
  a = a + 1
end
while a and b do a = f() end
while not a do end
repeat a = a + 1 until a > 10
repeat local x = a until x
repeat
  local y = a
  local g = function() return y end
until y
repeat
  if a then break end
until false
while a do
  local c = a
  local h = function() return c end
  if c then break end
end
while 1 do end
repeat until nil
do
  local d = 1
  local function k() return d end
end
