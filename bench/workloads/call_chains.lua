-- Call chains: a pipeline of small local functions each calling the next, and method calls
-- chained on an object that returns itself.
local n = tonumber(arg and arg[1]) or 10000000

local function stage5(x) return x % 1000 end
local function stage4(x) return stage5(x + 4) end
local function stage3(x) return stage4(x * 3) end
local function stage2(x, y) return stage3(x + y) end
local function stage1(x) return stage2(x, 1) end

local Builder = {}
Builder.__index = Builder
function Builder:add(x) self.total = self.total + x; return self end
function Builder:scale(x) self.total = self.total * x % 1000003; return self end
function Builder:result() return self.total end

local builder = setmetatable({ total = 0 }, Builder)
local checksum = 0
for i = 1, n do
  checksum = checksum + stage1(i)
  builder:add(i):scale(3):add(1)
end
print(checksum, builder:result())
