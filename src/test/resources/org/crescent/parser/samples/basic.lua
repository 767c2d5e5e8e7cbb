local a <const> = 1
local b = 2
local function f(x, ...)
  return function() return a + b + x + g end
end
for i = 1, 2 do local y end
for k, v in pairs(t) do end
