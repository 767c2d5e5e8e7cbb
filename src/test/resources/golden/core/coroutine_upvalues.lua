-- Coroutines sharing upvalues and state with their creator and with each other.
local shared = 0
local function make_worker(step)
  return coroutine.create(function()
    for _ = 1, 3 do
      shared = shared + step
      coroutine.yield(shared)
    end
    return "worker " .. step .. " done"
  end)
end
local w1, w2 = make_worker(1), make_worker(10)
local trace = {}
for _ = 1, 4 do
  local _, a = coroutine.resume(w1)
  local _, b = coroutine.resume(w2)
  trace[#trace + 1] = tostring(a) .. "/" .. tostring(b)
end
print(table.concat(trace, " "), shared)
-- a local of the coroutine captured by a closure that outlives the coroutine
local getter
local co = coroutine.create(function()
  local secret = "initial"
  getter = function() return secret end
  secret = coroutine.yield()
  coroutine.yield()
  secret = "changed at the end"
end)
coroutine.resume(co)
print(getter())
coroutine.resume(co, "resumed value")
print(getter())
coroutine.resume(co)
print(getter(), coroutine.status(co))
-- upvalues of loop variables inside a coroutine, collected across yields
local collected = {}
co = coroutine.wrap(function()
  for i = 1, 3 do
    collected[i] = function() return i end
    coroutine.yield()
  end
end)
co(); co(); co()
print(collected[1](), collected[2](), collected[3]())
-- a generator closure passed between coroutines
local gen = coroutine.wrap(function() for i = 1, 5 do coroutine.yield(i) end end)
local consumer1 = coroutine.wrap(function() return gen() + gen() end)
local consumer2 = coroutine.wrap(function() return gen() * gen() end)
print(consumer1(), consumer2(), gen())
-- the same function used as body of several coroutines gets independent locals
local function body(tag)
  local count = 0
  while true do
    count = count + 1
    tag = coroutine.yield(tag .. count) or tag
  end
end
local ca, cb = coroutine.wrap(body), coroutine.wrap(body)
print(ca("a"), cb("b"), ca(), ca("A"), cb())
