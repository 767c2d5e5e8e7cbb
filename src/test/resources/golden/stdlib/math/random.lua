-- math.random with a fixed seed: the generator is xoshiro256**, so the sequence is
-- exactly reproducible.
math.randomseed(42)
local floats = {}
for i = 1, 10 do floats[i] = string.format("%.17g", math.random()) end
print(table.concat(floats, " "))
local ints = {}
for i = 1, 20 do ints[i] = math.random(100) end
print(table.concat(ints, " "))
ints = {}
for i = 1, 20 do ints[i] = math.random(-5, 5) end
print(table.concat(ints, " "))
ints = {}
for i = 1, 5 do ints[i] = math.random(0) end
print(table.concat(ints, " "))
ints = {}
for i = 1, 5 do ints[i] = math.random(math.mininteger, math.maxinteger) end
print(table.concat(ints, " "))
ints = {}
for i = 1, 5 do ints[i] = math.random(1000000000000) end
print(table.concat(ints, " "))
print(math.random(7, 7), math.random(1), math.random(3.0), math.random("5"))
-- reseeding restarts the sequence
math.randomseed(42)
local again = string.format("%.17g", math.random())
print(again == floats[1])
-- two-argument seeds
math.randomseed(1, 2)
print(math.random(1000), math.random(1000), math.random(1000))
math.randomseed(0)
print(math.random(1000), math.random(1000), math.random(1000))
math.randomseed(-1)
print(math.random(1000), math.random(1000), math.random(1000))
math.randomseed(2^40)
print(math.random(1000), math.random(1000))
print(pcall(math.randomseed, 3.7))
-- the float range: always in [0, 1)
math.randomseed(7)
local lo, hi = 1, 0
for _ = 1, 10000 do
  local r = math.random()
  if r < lo then lo = r end
  if r > hi then hi = r end
end
print(lo >= 0, hi < 1, string.format("%.6f %.6f", lo, hi))
-- errors
print(pcall(math.random, 0, -1))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1.5))
print(pcall(math.random, "x"))
print(pcall(math.randomseed, "x"))
