-- Many coroutines alive at once, round-robin scheduling, and deep yields.
local N = 10000
local cos = {}
for i = 1, N do
  cos[i] = coroutine.create(function(start)
    local total = start
    while true do
      local inc = coroutine.yield(total)
      if inc == nil then return "finished " .. i end
      total = total + inc
    end
  end)
end
local sum = 0
for i = 1, N do
  local ok, v = coroutine.resume(cos[i], i)
  sum = sum + v
end
print("first round", sum)
sum = 0
for i = N, 1, -1 do
  local ok, v = coroutine.resume(cos[i], 1)
  sum = sum + v
end
print("second round", sum)
local finished = 0
for i = 1, N do
  local ok, v = coroutine.resume(cos[i])
  if ok and v == "finished " .. i then finished = finished + 1 end
end
print("finished", finished, coroutine.status(cos[1]), coroutine.status(cos[N]))
-- a round-robin scheduler of tasks that yield different numbers of times
local tasks, trace = {}, {}
for id = 1, 4 do
  tasks[#tasks + 1] = coroutine.create(function()
    for step = 1, id do
      trace[#trace + 1] = id .. "." .. step
      coroutine.yield()
    end
  end)
end
while #tasks > 0 do
  local alive = {}
  for i = #tasks, 1, -1 do
    coroutine.resume(tasks[i])
    if coroutine.status(tasks[i]) ~= "dead" then alive[#alive + 1] = tasks[i] end
  end
  local reordered = {}
  for i = #alive, 1, -1 do reordered[#reordered + 1] = alive[i] end
  tasks = reordered
end
print(table.concat(trace, " "))
-- a chain of coroutines each resuming the next
local function chain(n)
  if n == 0 then return coroutine.yield("bottom") end
  local co = coroutine.create(chain)
  local ok, v = coroutine.resume(co, n - 1)
  return v .. "<" .. n
end
local top = coroutine.create(chain)
print(coroutine.resume(top, 100))
-- a yield from deep recursion inside a coroutine
local deep = coroutine.create(function()
  local function rec(n) if n == 0 then return coroutine.yield("deep yield") end return rec(n - 1) + 0 end
  return rec(5000)
end)
print(coroutine.resume(deep))
print(coroutine.resume(deep, 42))
-- coroutines are garbage once unreachable; creating many in a loop is fine
local count = 0
for i = 1, 20000 do
  local co = coroutine.wrap(function(x) coroutine.yield(x + 1) end)
  count = count + co(i) - i
end
print("short-lived", count)
