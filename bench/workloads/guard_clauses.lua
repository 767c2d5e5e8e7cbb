-- Guard clauses: a function that returns early on a series of checks (nil, type, range,
-- parity, divisibility) over generated records.
local n = tonumber(arg and arg[1]) or 20000000

local function score(record)
  if record == nil then return 0 end
  local value = record.value
  if type(value) ~= "number" then return 1 end
  if value < 0 then return 2 end
  if value > 900 then return 3 end
  if record.disabled then return 4 end
  if value % 2 == 0 then return 5 end
  if value % 3 == 0 then return 6 end
  if value % 5 == 0 then return 7 end
  return 8
end

local records = {}
local seed = 42
for i = 1, 1000 do
  seed = (seed * 16807) % 2147483647
  local kind = seed % 10
  if kind == 0 then
    records[i] = false
  elseif kind == 1 then
    records[i] = { value = "text" }
  else
    records[i] = { value = seed % 1000 - 50, disabled = (seed % 7 == 0) }
  end
end

local checksum = 0
for i = 1, n do
  local record = records[i % 1000 + 1]
  checksum = checksum + score(record or nil)
end
print(checksum)
