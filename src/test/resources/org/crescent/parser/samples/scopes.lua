-- Name resolution: shadowing, upvalue chains, _ENV, methods, loops and repeat scopes.
local x = 1
local x = x + 1
local function outer(a, b, ...)
  local c = a
  local function middle(d)
    local e = d
    return function(f)
      return x, a, c, d, e, f, g, middle, outer
    end
  end
  do
    local a = 2
    local h = function() return a, b end
  end
  return middle, ...
end

local t = {}
function t.m(self) return self, x end
function t:n(y) return self, y, function() return self end end
function t.a.b.c:d() end

do
  local _ENV = {print = print}
  print(x, z)
  local function f() return w end
end

do
  local _ENV <const> = {}
  local function f() return v end
end

for i = 1, 3 do
  local j = i
  local f = function() return i, j end
end

for k, v in pairs(t) do
  local f = function() return k, v end
end

repeat
  local r = 1
  local f = function() return r end
until r == 1

while x do
  local w = x
  if w then break end
end

local u
u = function() return u end
local function rec() return rec end

local function varargs(...)
  local a, b = ...
  return select('#', ...), function(...) return ... end
end

local s = 'x'
local z = s:rep(2)
local y <close> = nil
