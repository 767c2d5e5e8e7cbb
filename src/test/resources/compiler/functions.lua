local function f1() end
local function f2(a, b, c) return a end
local function f3(...) end
local function f4(a, ...) return a, ... end
local f5 = function(x) return x * 2 end
function g1() end
function g2.x() end
function g2.x.y.z() end
function g2:m(a) return self, a end
function g2.x:m() return self end
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
local obj = {}
function obj.method(self) end
function obj:method2() return self.x end
local x = 1
local function up() return x end
local function setup() x = 2 end
local function nested()
  local y = 2
  return function()
    return function() return x + y end
  end
end
local function counter()
  local count = 0
  return function() count = count + 1; return count end
end
local function many(a, b, c, d, e, f, g, h, i, j) return j end
return function(...) return select('#', ...) end
