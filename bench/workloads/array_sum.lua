-- Array build and sum: fill a sequence by index and by appending at #t + 1, then sum it
-- with a numeric for loop and with ipairs; the size is the number of rounds.
local rounds = tonumber(arg and arg[1]) or 200
local n = 200000
local checksum = 0
for round = 1, rounds do
  local by_index = {}
  for i = 1, n do
    by_index[i] = (i * round) % 1009
  end
  local appended = {}
  for i = 1, n, 2 do
    appended[#appended + 1] = by_index[i] + 1
  end
  local sum = 0
  for i = 1, #by_index do
    sum = sum + by_index[i]
  end
  for _, value in ipairs(appended) do
    sum = sum + value
  end
  checksum = checksum + sum
end
print(checksum)
