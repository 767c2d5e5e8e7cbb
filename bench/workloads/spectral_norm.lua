-- Spectral norm: the power method on an infinite matrix A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1),
-- float arithmetic in nested loops. Prints the norm times 1e9, rounded.
local n = tonumber(arg and arg[1]) or 1000

local function entry(i, j)
  local sum = i + j
  return 1.0 / (sum * (sum + 1) / 2 + i + 1)
end

local function times(vector, out)
  for i = 0, n - 1 do
    local total = 0
    for j = 0, n - 1 do total = total + entry(i, j) * vector[j + 1] end
    out[i + 1] = total
  end
end

local function transposed_times(vector, out)
  for i = 0, n - 1 do
    local total = 0
    for j = 0, n - 1 do total = total + entry(j, i) * vector[j + 1] end
    out[i + 1] = total
  end
end

local function normal_times(vector, out, scratch)
  times(vector, scratch)
  transposed_times(scratch, out)
end

local u, v, scratch = {}, {}, {}
for i = 1, n do u[i] = 1 end
for _ = 1, 10 do
  normal_times(u, v, scratch)
  normal_times(v, u, scratch)
end
local uv, vv = 0, 0
for i = 1, n do
  uv = uv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(math.floor(math.sqrt(uv / vv) * 1e9 + 0.5))
