local a = ...
local function f()
  local x <close> = a
  if a then return a() end
  do return end
end
local function g(...)
  local y <close> = a
  return ...
end
do
  local z <close> = a
  local w <close> = a
  goto out
end
::out::
while a do
  local v <close> = a
  if v then break end
end
local c1 <const> = 1
local c2 <close> = a
return c1
