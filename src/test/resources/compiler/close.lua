local a = ...
do
  local x <close> = a
end
do
  local y <close> = a
  print(y)
end
local function f()
  local z <close> = a
  return g()
end
local function f2()
  local w <close> = a
  return 1
end
local function f3()
  local c1 <close> = a
  local c2 <close> = a
  return c1, c2
end
local function f4()
  do
    local v <close> = a
  end
  return g()
end
local function f5(...)
  local t <close> = a
  return ...
end
local b, c <close> = 1, a
for k, v in pairs(a) do local u <close> = v end
