-- Walking the stack with debug.getinfo levels: what, names, istailcall.
local function stack()
  local out = {}
  local level = 2
  while true do
    local info = debug.getinfo(level, "Slnt")
    if not info then break end
    out[#out + 1] = string.format("%s:%s:%s:%s%s", info.what, info.short_src,
      info.currentline, tostring(info.name), info.istailcall and ":tail" or "")
    level = level + 1
  end
  return table.concat(out, " | ")
end
local function c() return (stack()) end
local function b() local r = c(); return r end
local function a() local r = b(); return r end
print(a())
local function t2() return (stack()) end
local function t1() return t2() end
print(t1())
print(pcall(stack))
local co = coroutine.wrap(function() return (stack()) end)
print(co())
local obj = setmetatable({}, { __index = function() return (stack()) end })
print(obj.x)
print(load("return (...)()", "=loaded")(stack))
