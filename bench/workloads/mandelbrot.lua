-- Mandelbrot: iterate z = z^2 + c over an n-by-n grid of the plane (float arithmetic in a
-- loop with an escape test); counts the points that stay bounded.
local n = tonumber(arg and arg[1]) or 1800
local limit = 50
local inside, checksum = 0, 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi, escaped = 0.0, 0.0, false
    for _ = 1, limit do
      local zr2, zi2 = zr * zr, zi * zi
      if zr2 + zi2 > 4.0 then
        escaped = true
        break
      end
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
    end
    if not escaped then
      inside = inside + 1
      checksum = (checksum + x * 31 + y) % 1000000007
    end
  end
end
print(inside, checksum)
