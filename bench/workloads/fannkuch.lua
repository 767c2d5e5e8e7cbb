-- Fannkuch-redux: every permutation of 1..n in a fixed order, each flipped prefix by prefix
-- until its first element is 1; prints the alternating checksum and the most flips.
local n = tonumber(arg and arg[1]) or 10

local permutation, working, count = {}, {}, {}
for i = 1, n do permutation[i] = i end

local checksum, most_flips, sign = 0, 0, 1
local remaining = n
while true do
  -- Count the flips of the current permutation.
  local first = permutation[1]
  if first ~= 1 then
    for i = 1, n do working[i] = permutation[i] end
    local flips = 0
    while first ~= 1 do
      local low, high = 1, first
      while low < high do
        working[low], working[high] = working[high], working[low]
        low, high = low + 1, high - 1
      end
      flips = flips + 1
      first = working[1]
    end
    if flips > most_flips then most_flips = flips end
    checksum = checksum + sign * flips
  end
  sign = -sign
  -- The next permutation: rotate prefixes, counting rotations per length.
  while remaining > 1 do
    count[remaining] = remaining
    remaining = remaining - 1
  end
  while true do
    if remaining == n then
      print(checksum, most_flips)
      return
    end
    local head = permutation[1]
    for i = 1, remaining do permutation[i] = permutation[i + 1] end
    permutation[remaining + 1] = head
    local left = count[remaining + 1] - 1
    count[remaining + 1] = left
    if left > 0 then break end
    remaining = remaining + 1
  end
end
