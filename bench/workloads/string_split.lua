-- String split: cut comma-separated lines into fields with string.find (plain) and
-- string.sub, and again with string.gmatch, converting numeric fields with tonumber.
local n = tonumber(arg and arg[1]) or 600000

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }
local lines = {}
for i = 1, 100 do
  local fields = {}
  for j = 1, 12 do
    if j % 3 == 0 then
      fields[j] = tostring(i * j)
    else
      fields[j] = words[(i + j) % #words + 1]
    end
  end
  lines[i] = table.concat(fields, ",")
end

local function split(line, separator)
  local fields, start = {}, 1
  while true do
    local position = string.find(line, separator, start, true)
    if not position then
      fields[#fields + 1] = string.sub(line, start)
      return fields
    end
    fields[#fields + 1] = string.sub(line, start, position - 1)
    start = position + 1
  end
end

local checksum = 0
for round = 1, n do
  local line = lines[round % #lines + 1]
  local fields = split(line, ",")
  for i = 1, #fields do
    local number = tonumber(fields[i])
    checksum = checksum + (number or #fields[i])
  end
  if round % 4 == 0 then
    for field in string.gmatch(line, "[^,]+") do
      checksum = checksum + #field
    end
  end
end
print(checksum)
