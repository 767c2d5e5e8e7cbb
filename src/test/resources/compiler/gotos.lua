local a = ...
goto first
::first::
do
  goto continue
  local x = 1
  ::continue::
end
for i = 1, 3 do
  if i == 2 then goto next end
  print(i)
  ::next::
end
::back::
a = a + 1
if a < 10 then goto back end
do
  local y = 1
  local f = function() return y end
  ::again::
  if a then goto again end
end
while a do
  local z = a
  local g = function() return z end
  if z then goto out end
end
::out::
do
  goto l2
  ::l1:: ::l2::
end
for i = 1, 2 do
  local w = i
  local h = function() return w end
  goto skip
  ::skip::
end
do
  ::top::
  local q = 1
  local r = function() return q end
  if q then goto top end
end
