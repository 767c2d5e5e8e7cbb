-- String building: concatenation with '..' in a loop, table.concat of formatted pieces,
-- string.format with integers, floats and padding, and gsub with a pattern, a replacement
-- string and a replacement function.
local n = tonumber(arg and arg[1]) or 24000
local words = { "red", "green", "blue", "cyan", "magenta", "yellow", "black", "white" }

local function byte_sum(text)
  local sum = 0
  for i = 1, #text, 7 do sum = sum + string.byte(text, i) end
  return sum
end

local checksum = 0
for round = 1, n do
  local concatenated = ""
  for i = 1, 40 do
    concatenated = concatenated .. words[(i + round) % #words + 1] .. i .. ","
  end

  local parts = {}
  for i = 1, 40 do
    parts[i] = string.format("%03d:%s:%5.2f", i, words[i % #words + 1], (round + i) / 7)
  end
  local joined = table.concat(parts, ";")

  local swapped, swaps = string.gsub(joined, "(%d+):(%a+)", "%2=%1")
  local bumped = string.gsub(concatenated, "%d+", function(digits) return tostring(tonumber(digits) * 2) end)
  local header = string.format("[%-8s|%8s|%x|%d]", words[round % #words + 1], "r" .. round, round, #joined)

  checksum = (checksum + #concatenated + #joined + swaps + #swapped + #bumped + #header
              + byte_sum(swapped) + byte_sum(bumped) + byte_sum(header)) % 1000000007
end
print(checksum)
