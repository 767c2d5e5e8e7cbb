-- Coroutine generators: a producer coroutine resumed by a filtering generator made with
-- coroutine.wrap, drained by a consumer; and two coroutines passing a value back and forth
-- through resume/yield.
local n = tonumber(arg and arg[1]) or 4000000

local function producer(count)
  return coroutine.create(function()
    for i = 1, count do coroutine.yield(i) end
    return nil
  end)
end

local function filter(source)
  return coroutine.wrap(function()
    while true do
      local _, value = coroutine.resume(source)
      if value == nil then return nil end
      if value % 3 ~= 0 then coroutine.yield(value * 2) end
    end
  end)
end

local checksum = 0
local next_value = filter(producer(n))
while true do
  local value = next_value()
  if value == nil then break end
  checksum = (checksum + value) % 1000000007
end

local ping = coroutine.create(function(value)
  while value do value = coroutine.yield(value + 1) end
end)
local pong = coroutine.wrap(function(value)
  while value do
    local _, answered = coroutine.resume(ping, value * 3 % 1009)
    value = coroutine.yield(answered)
  end
  coroutine.resume(ping, nil)
end)
local value = 1
for _ = 1, n do
  value = pong(value)
  checksum = (checksum + value) % 1000000007
end
pong(nil) -- lets both coroutines finish (LuaJ keeps a JVM thread per live coroutine)
print(checksum, value, coroutine.status(ping))
