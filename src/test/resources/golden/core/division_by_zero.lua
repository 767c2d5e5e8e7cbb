-- Integer division and modulo by zero raise errors; float ones give inf/nan.
local zero, one = 0, 1
print(pcall(function() return one // zero end))
print(pcall(function() return one % zero end))
print(pcall(function() return -one // zero end))
print(pcall(function() return zero % zero end))
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(pcall(function() local t = { n = 0 }; return 5 // t.n end))
print(pcall(function() local t = { n = 0 }; return 5 % t.n end))
print(pcall(function() return "1" // "0" end))
print(pcall(function() return "1" % "0" end))
print(1.0 // zero, -1.0 // zero, one // 0.0, -one // 0.0)
print(one / zero, -one / zero, zero / zero ~= zero / zero, one / -0.0)
local r = one % 0.0
print(r ~= r, 1.0 % zero ~= 1.0 % zero)
print(0x7fffffffffffffff // -1, (-0x7fffffffffffffff - 1) // -1, (-0x7fffffffffffffff - 1) % -1)
print(pcall(function() local x = 0 return 2 // x + 1 end))
-- constant folding must not fold a division by zero into an error at compile time
local f, err = load("return 1 // 0")
print(f ~= nil, err)
print(pcall(f))
print(load("return 1 % 0") ~= nil, load("return 1.0 // 0")())
