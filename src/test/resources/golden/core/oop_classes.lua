-- Object-oriented patterns: classes with metatables, inheritance, super calls,
-- class methods via __index functions, and operator overloading.
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name, self.sound = name, sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, { __index = Animal })
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog, a kind of " .. Animal.kind(self) end
function Dog:fetch() return self.name .. " fetches" end
local a, d = Animal.new("generic", "..."), Dog.new("rex")
print(a:speak(), a:kind())
print(d:speak(), d:kind(), d:fetch())
print(getmetatable(d) == Dog, getmetatable(Dog).__index == Animal, rawget(d, "speak"))
print(pcall(function() return a:fetch() end))
-- instance counting through a class-level field
local Counted = { count = 0 }
Counted.__index = Counted
function Counted.new() Counted.count = Counted.count + 1; return setmetatable({ id = Counted.count }, Counted) end
local c1, c2, c3 = Counted.new(), Counted.new(), Counted.new()
print(c1.id, c2.id, c3.id, c3.count, rawget(c3, "count"))
-- operator overloading on a class
local Fraction = {}
Fraction.__index = Fraction
local function gcd(x, y) while y ~= 0 do x, y = y, x % y end return x end
local function frac(n, d)
  local g = gcd(n, d)
  if d < 0 then g = -g end
  return setmetatable({ n = n // g, d = d // g }, Fraction)
end
Fraction.__add = function(x, y) return frac(x.n * y.d + y.n * x.d, x.d * y.d) end
Fraction.__sub = function(x, y) return frac(x.n * y.d - y.n * x.d, x.d * y.d) end
Fraction.__mul = function(x, y) return frac(x.n * y.n, x.d * y.d) end
Fraction.__div = function(x, y) return frac(x.n * y.d, x.d * y.n) end
Fraction.__unm = function(x) return frac(-x.n, x.d) end
Fraction.__eq = function(x, y) return x.n == y.n and x.d == y.d end
Fraction.__lt = function(x, y) return x.n * y.d < y.n * x.d end
Fraction.__le = function(x, y) return x.n * y.d <= y.n * x.d end
Fraction.__tostring = function(x) return x.n .. "/" .. x.d end
Fraction.__concat = function(x, y) return tostring(x) .. tostring(y) end
local half, third = frac(1, 2), frac(1, 3)
print(tostring(half + third), tostring(half - third), tostring(half * third), tostring(half / third))
print(tostring(-half), half == frac(2, 4), half < third, third <= half, half > third)
print(half .. " and " .. "x")
-- a class with a __call constructor
local Vec = setmetatable({}, { __call = function(cls, x, y) return setmetatable({ x = x, y = y }, cls) end })
Vec.__index = Vec
function Vec:len2() return self.x ^ 2 + self.y ^ 2 end
print(Vec(3, 4):len2())
-- multiple inheritance through an __index function searching parents in order
local function createClass(...)
  local parents = { ... }
  local c = {}
  setmetatable(c, { __index = function(_, k)
    for i = 1, #parents do
      local v = parents[i][k]
      if v ~= nil then return v end
    end
  end })
  c.__index = c
  return c
end
local Named = { getname = function(self) return self.name end, setname = function(self, n) self.name = n end }
local Aged = { getage = function(self) return self.age end, getname = function() return "shadowed" end }
local Person = createClass(Named, Aged)
local p = setmetatable({ name = "Ana", age = 30 }, Person)
p:setname("Bea")
print(p:getname(), p:getage())
