-- math.random ranges with several fixed seeds: projections into small and large
-- intervals, and the distribution of a long run (exact counts are reproducible).
for _, seed in ipairs({ 42, 0, 1, -1, 123456789, 0x7fffffffffffffff }) do
  math.randomseed(seed)
  local out = {}
  for i = 1, 8 do out[i] = math.random(6) end
  print("seed", seed, table.concat(out, " "))
end
math.randomseed(42)
local counts = {}
for i = 1, 6 do counts[i] = 0 end
for _ = 1, 60000 do local r = math.random(6); counts[r] = counts[r] + 1 end
print("counts", table.concat(counts, " "))
math.randomseed(42, 7)
local big = {}
for i = 1, 4 do big[i] = math.random(1, 2^40) end
print("large range", table.concat(big, " "))
big = {}
for i = 1, 4 do big[i] = math.random(-2^62, 2^62) end
print("signed range", table.concat(big, " "))
big = {}
for i = 1, 4 do big[i] = math.random(math.maxinteger - 3, math.maxinteger) end
print("top of range", table.concat(big, " "))
big = {}
for i = 1, 4 do big[i] = string.format("%.17g", math.random()) end
print("floats", table.concat(big, " "))
-- shuffling with a fixed seed is reproducible
math.randomseed(2024)
local deck = {}
for i = 1, 20 do deck[i] = i end
for i = #deck, 2, -1 do
  local j = math.random(i)
  deck[i], deck[j] = deck[j], deck[i]
end
print("shuffle", table.concat(deck, " "))
