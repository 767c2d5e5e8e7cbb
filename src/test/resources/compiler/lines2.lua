local a, b = ...
local s = [[
multi
line]] .. a
local t = a
  :m1()
  :m2(
    b
  )
local u = {
  [a] =
    b,
  x
    = 1,
  a,
  b
}
while a do
  local v = a
  local f = function() return v end
  if v then
    break
  end
end
for i = 1, 3 do
  local w = i
  local g = function() return w end
  if w then break end end
repeat
  local z = a
  local h = function() return z end
  if z then break end
until
  z
if a
  then
  a = 1
end
local r = (
  a
)
r = a
  [b]
r = f
  "str"
r = f
  {1}
r = a ==
  b
r = #
  a
r = - 
  a
local function k(
  x,
  ...
)
  return ...
end
print(a,
  ...)
do
  local q = 1
  local l = function() return q end
end
return a,
  b
