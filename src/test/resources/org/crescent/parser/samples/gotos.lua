-- gotos and labels in every position the 5.4 rules allow
do
  goto a
  local x
  ::a::
end

for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  local v = i
  ::continue::
end

while true do
  local z = 1
  goto out
end
::out::

do
  local k = 0
  ::top::
  k = k + 1
  local f = function() return k end
  if k < 3 then goto top end
end

repeat
  local q = 1
  goto skip
  ::skip::
until q

local function f()
  ::a:: ::b:: ;;
  do goto a end
  goto b
end
