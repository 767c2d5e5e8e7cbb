-- math.random / math.randomseed: the xoshiro256** sequence of C Lua 5.4 for fixed seeds
local function row(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = tostring((select(i, ...))) end
  print(table.concat(out, " "))
end
row(math.randomseed(42))
row(math.random(1, 100), math.random())
for _, seed in ipairs({0, 1, 2, 42, 123456789, -1, math.maxinteger, math.mininteger, 2^53}) do
  row("seed", math.randomseed(seed))
  row(math.random(), math.random(), math.random())
  row(math.random(10), math.random(100), math.random(1000), math.random(7), math.random(3))
  row(math.random(0), math.random(0))
  row(math.random(-10, 10), math.random(-5, -1), math.random(1, 1), math.random(0, 1), math.random(5.0, 6.0))
  row(math.random(math.mininteger, math.maxinteger), math.random(math.mininteger, -1), math.random(0, math.maxinteger))
  row(math.random(1, 2^40), math.random(3, 2^62 + 1), math.random(math.maxinteger - 3, math.maxinteger))
end
for _, pair in ipairs({{1, 2}, {0, 0}, {-7, 99}, {2^40, 5}, {math.mininteger, math.maxinteger}}) do
  row("seed2", math.randomseed(pair[1], pair[2]))
  local values = {}
  for i = 1, 20 do values[i] = math.random(1, 6) end
  row(table.concat(values, ","))
  local floats = {}
  for i = 1, 5 do floats[i] = math.random() end
  row(table.concat(floats, ","))
end
-- ranges whose size is not a power of two make the projection draw again
math.randomseed(7)
local hist = {0, 0, 0, 0, 0}
for i = 1, 10000 do local v = math.random(5); hist[v] = hist[v] + 1 end
row(table.concat(hist, " "))
math.randomseed(8)
local sum = 0
for i = 1, 10000 do sum = sum + math.random(1, 1000003) end
row(sum)
math.randomseed(9)
local fsum = 0
for i = 1, 1000 do fsum = fsum + math.random() end
row(fsum)
-- errors
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 2, 1))
print(pcall(math.random, 0, -1))
print(pcall(math.random, -1))
print(pcall(math.random, 1.5))
print(pcall(math.random, "x"))
print(pcall(math.random, nil))
print(pcall(math.random, 1, nil))
print(pcall(math.random, math.maxinteger, math.mininteger))
print(pcall(math.randomseed, 1.5))
print(pcall(math.randomseed, "x"))
print(pcall(math.randomseed, 1, 2.5))
print(pcall(math.randomseed, nil))
row(math.randomseed(1.0, "2"))
row(math.randomseed("3"))
print(pcall(function() return math.random(3, 2) end))
-- unseeded calls: only shapes, never values
math.randomseed()
local n1, n2 = math.randomseed()
print(math.type(n1), math.type(n2))
local r = math.random()
print(r >= 0 and r < 1, math.type(math.random(5)))
