-- Class instances with methods through metatables: a base class, a subclass found through
-- an __index chain, constructors, method calls with ':' and an __add metamethod.
local n = tonumber(arg and arg[1]) or 2200000

local Vector = {}
Vector.__index = Vector

function Vector.new(x, y)
  return setmetatable({ x = x, y = y }, Vector)
end

function Vector:plus(other)
  return Vector.new(self.x + other.x, self.y + other.y)
end

function Vector:dot(other)
  return self.x * other.x + self.y * other.y
end

Vector.__add = Vector.plus

local Particle = setmetatable({}, { __index = Vector })
Particle.__index = Particle
Particle.__add = Vector.plus

function Particle.new(x, y, mass)
  local particle = Vector.new(x, y)
  particle.mass = mass
  return setmetatable(particle, Particle)
end

function Particle:momentum()
  return self.mass * (self.x + self.y)
end

function Particle:move(velocity)
  self.x = self.x + velocity.x
  self.y = self.y + velocity.y
  return self
end

local checksum = 0
local velocity = Vector.new(1, -1)
for i = 1, n do
  local particle = Particle.new(i % 100, i % 37, i % 5 + 1)
  particle:move(velocity):move(velocity)
  local sum = particle + velocity
  checksum = checksum + particle:momentum() + sum:dot(velocity) + particle:dot(sum)
end
print(checksum)
