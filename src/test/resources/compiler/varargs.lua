local a, b = ...
local t = {...}
local n = select('#', ...)
local c = ...
local d, e, f = ...
print(...)
print(1, ...)
print((...))
local x = ... + 1
local y = ... == 1
local z = {..., 1}
local function v(...)
  local a, b = ...
  return ..., a
end
local function w(p, ...)
  return select(2, ...)
end
a, b = ...
a, b = 1, ...
