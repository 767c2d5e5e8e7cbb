local a, b = 1, 2
local function f1() return a end
local function f2() a = 3 end
local function f3() return a, b end
local function f4() return b, a end
local function f5()
  local function f6() return a + b end
  return f6
end
local function f7()
  return function() return function() return function() return a end end end
end
local t = {}
local function f8() t.x = 1; return t.x end
local function f9() return x end
local _ENV = {}
local function f10() return y end
local function f11() z = 1 end
do
  local _ENV = {print = print}
  print(w)
end
local function f12()
  local c = a
  return function() return c, a, b end
end
