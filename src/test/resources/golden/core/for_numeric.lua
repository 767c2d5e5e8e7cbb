-- Numeric for loops: integer and float loops, steps, bounds, and the loop variable.
local function run(a, b, c)
  local out = {}
  if c == nil then
    for i = a, b do out[#out + 1] = tostring(i) end
  else
    for i = a, b, c do out[#out + 1] = tostring(i) if #out > 20 then break end end
  end
  return #out .. ": " .. table.concat(out, " ")
end
print(run(1, 5))
print(run(5, 1))
print(run(5, 1, -1))
print(run(1, 10, 3))
print(run(10, 1, -3))
print(run(1, 1))
print(run(1, 0))
print(run(0, 0, -1))
print(run(-3, 3, 2))
-- float loops: any float among the start and step makes the loop variable a float
print(run(1.0, 3))
print(run(1, 3, 1.0))
print(run(1, 2.5))
print(run(0, 1, 0.25))
print(run(1, 0, -0.5))
print(run(0.1, 0.35, 0.1))
print(run(1, 3.9))
print(run(1, -1.5, -1))
-- an integer loop with a float limit clips the limit (floor/ceil)
print(run(1, 3.5), run(-1, -3.5, -1), run(3, 1.5, -1))
-- limits beyond the integer range
print(run(0x7ffffffffffffffd, 1e100))
print(run(-0x7fffffffffffffff, -1e100, -1))
print(run(1, -1e100))
print(run(1, 1e308 * 10, 0x4000000000000000))
-- loops near the integer boundaries do not overflow
print(run(0x7ffffffffffffffe, 0x7fffffffffffffff))
print(run(0x7fffffffffffffff - 5, 0x7fffffffffffffff, 2))
print(run(-0x7fffffffffffffff - 1, -0x7fffffffffffffff + 1))
print(run(-0x7fffffffffffffff + 4, -0x7fffffffffffffff - 1, -2))
print(run(0, 0x7fffffffffffffff, 0x4000000000000000))
print(run(0x7fffffffffffffff, 0, -0x4000000000000000))
print(run(-0x7fffffffffffffff - 1, 0x7fffffffffffffff, 0x7fffffffffffffff))
-- the loop bounds are evaluated once
local limit = 3
local iterations = 0
for i = 1, limit do limit = 10; iterations = iterations + 1 end
print("iterations", iterations)
-- assigning to the loop variable does not affect the iteration
local seen = {}
for i = 1, 3 do
  seen[#seen + 1] = i
  i = i * 10
  seen[#seen + 1] = i
end
print(table.concat(seen, " "))
-- the loop variable is a fresh local in each iteration
local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
print(fns[1](), fns[2](), fns[3]())
for i = 1.5, 3.5 do fns[#fns + 1] = function() return i end end
print(fns[4](), fns[5](), fns[6]())
-- the variable is not visible after the loop
local i = "outer"
for i = 1, 2 do end
print(i)
-- strings convertible to numbers are accepted as loop values
print(run("1", 2), run(1, "2"), run(1, 2, "1"), run("0x10", 17), run("1.5", 3))
