-- Binary trees: allocate many short-lived complete trees of two-slot tables and walk them,
-- beside one long-lived tree (the allocator and the collector under pressure).
local max_depth = tonumber(arg and arg[1]) or 16
local min_depth = 4
if max_depth < min_depth + 2 then max_depth = min_depth + 2 end

local function build(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { build(depth), build(depth) }
end

local function count(tree)
  local left = tree[1]
  if left then return 1 + count(left) + count(tree[2]) end
  return 1
end

local function power_of_two(exponent)
  local value = 1
  for _ = 1, exponent do value = value * 2 end
  return value
end

print("stretch", max_depth + 1, count(build(max_depth + 1)))
local long_lived = build(max_depth)
for depth = min_depth, max_depth, 2 do
  local iterations = power_of_two(max_depth - depth + min_depth)
  local total = 0
  for _ = 1, iterations do
    total = total + count(build(depth))
  end
  print(iterations, depth, total)
end
print("long lived", max_depth, count(long_lived))
