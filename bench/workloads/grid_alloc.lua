-- Grid allocation: build two-dimensional grids of small cell tables each round, step a
-- neighbour rule from one grid into a fresh one, and drop the old grid.
local n = tonumber(arg and arg[1]) or 300
local width, height = 100, 100

local function new_grid(fill)
  local grid = {}
  for y = 1, height do
    local row = {}
    for x = 1, width do
      row[x] = { alive = fill(x, y), age = 0 }
    end
    grid[y] = row
  end
  return grid
end

local function alive_neighbours(grid, x, y)
  local count = 0
  for dy = -1, 1 do
    local row = grid[y + dy]
    if row then
      for dx = -1, 1 do
        local cell = row[x + dx]
        if cell and cell.alive and (dx ~= 0 or dy ~= 0) then count = count + 1 end
      end
    end
  end
  return count
end

local grid = new_grid(function(x, y) return (x * 7 + y * 13) % 5 == 0 or (x + y) % 11 == 0 end)
for _ = 1, n do
  local old = grid
  grid = new_grid(function(x, y)
    local count = alive_neighbours(old, x, y)
    if old[y][x].alive then return count == 2 or count == 3 end
    return count == 3
  end)
end

local living, checksum = 0, 0
for y = 1, height do
  for x = 1, width do
    if grid[y][x].alive then
      living = living + 1
      checksum = (checksum + x * y) % 1000000007
    end
  end
end
print(living, checksum)
