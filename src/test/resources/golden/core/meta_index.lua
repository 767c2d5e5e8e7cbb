-- __index: tables and functions, chains, rawget bypass, and keys of every type.
local base = { greet = "hello", shared = "from base" }
local mid = setmetatable({ mid_only = "mid" }, { __index = base })
local obj = setmetatable({ own = "own" }, { __index = mid })
print(obj.own, obj.mid_only, obj.greet, obj.missing)
print(rawget(obj, "greet"), rawget(obj, "own"))
-- own fields shadow inherited ones; removing them reveals the chain again
obj.greet = "own greet"
print(obj.greet)
obj.greet = nil
print(obj.greet)
-- __index function receives the table and the key
local calls = {}
local f = setmetatable({}, { __index = function(t, k)
  calls[#calls + 1] = tostring(k)
  return type(k) == "number" and k * 2 or nil
end })
print(f[21], f.x, f[1.5], f[true] == nil)
print(table.concat(calls, ","))
-- __index is only consulted for absent keys (present with a nil value = absent)
local present = setmetatable({ a = false }, { __index = function() return "default" end })
print(present.a, present.b)
-- default values
local function with_default(d) return setmetatable({}, { __index = function() return d end }) end
local zeros = with_default(0)
zeros.x = zeros.x + 5
print(zeros.x, zeros.y)
-- a long chain of tables
local top = { deep = "found at the bottom" }
for i = 1, 50 do top = setmetatable({}, { __index = top }) end
print(top.deep)
-- class-like usage
local Point = {}
Point.__index = Point
function Point.new(x, y) return setmetatable({ x = x, y = y }, Point) end
function Point:norm2() return self.x * self.x + self.y * self.y end
function Point:move(dx, dy) self.x = self.x + dx; self.y = self.y + dy; return self end
local p = Point.new(3, 4)
print(p:norm2(), p:move(1, 1):norm2(), p.x, p.y, getmetatable(p) == Point)
-- inheritance
local Point3 = setmetatable({}, { __index = Point })
Point3.__index = Point3
function Point3.new(x, y, z) local o = Point.new(x, y); o.z = z; return setmetatable(o, Point3) end
function Point3:norm2() return Point.norm2(self) + self.z * self.z end
local q = Point3.new(1, 2, 2)
print(q:norm2(), q:move(1, 0, 0).x)
-- __index on a metatable with __index set to a non-table, non-function value
local weird = setmetatable({}, { __index = 5 })
print(pcall(function() return weird.x end))
local weird2 = setmetatable({}, { __index = "str" })
print(pcall(function() return type(weird2.len) end))
-- __index via a table with its own __index function
local fallback = setmetatable({}, { __index = function(_, k) return "fallback:" .. k end })
local user = setmetatable({}, { __index = fallback })
print(user.anything)
-- changing the metatable after creation
local m = {}
local late = setmetatable({}, m)
print(late.k)
m.__index = { k = "added later" }
print(late.k)
-- __index receives the key exactly as written: float keys are not normalised
local norm = setmetatable({}, { __index = function(_, k) return tostring(k) end })
print(norm[2.0], norm[2], norm[2.5], norm[-0.0])
