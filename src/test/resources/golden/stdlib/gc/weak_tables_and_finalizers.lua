-- How weak tables look from a __gc finalizer and after it (Lua 5.4's collector rules):
-- weak values reachable only from an object awaiting finalization are cleared before the
-- finalizer runs; weak keys it reaches survive until the next cycle.

-- the type of a table's first key, and its value (in a function: no register keeps the key)
local function firstEntry(t)
  local k, v = next(t)
  return type(k), v
end

-- weak value and weak key, both reached only through the finalized object
do
  local t = {x = 10}
  local values = setmetatable({key = t}, {__mode = 'v'})
  local keys = setmetatable({[t] = 1}, {__mode = 'k'})
  local a = {x = t}
  setmetatable(a, {__gc = function (o)
    print("in __gc: weak value", values.key)
    local k, v = next(keys)
    print("in __gc: weak key kept", type(k), v, k == o.x)
  end})
  a, t = nil
  collectgarbage()
  print("after 1st collect", next(values), firstEntry(keys))
  collectgarbage()
  print("after 2nd collect", next(values), firstEntry(keys))
end

-- an ephemeron whose key is resurrected keeps its value during the finalizer
do
  local key = {}
  local cache = setmetatable({}, {__mode = 'k'})
  cache[key] = {payload = "kept"}
  local holder = setmetatable({key}, {__gc = function (o)
    print("in __gc: ephemeron value", cache[o[1]] and cache[o[1]].payload)
  end})
  key, holder = nil
  collectgarbage()
  collectgarbage()
  print("ephemeron after two collects", firstEntry(cache))
end

-- the finalized object itself as a weak key
do
  local registry = setmetatable({}, {__mode = 'k'})
  local object = setmetatable({}, {__gc = function (o)
    print("in __gc: own entry", registry[o])
  end})
  registry[object] = "registered"
  object = nil
  collectgarbage()
  print("own entry after 1st collect", firstEntry(registry))
  collectgarbage()
  print("own entry after 2nd collect", firstEntry(registry))
end

-- a __gc held only by a weak-valued metatable is collected before it could run
do
  local u = setmetatable({}, {__gc = true})
  setmetatable(getmetatable(u), {__mode = "v"})
  getmetatable(u).__gc = function () print("must not run") end
  u = nil
  collectgarbage()
  print("weak __gc did not run")
end

-- a weak table reached only from the finalized object is empty inside the finalizer
do
  local u = setmetatable({}, {__gc = true})
  local m = getmetatable(u)
  m.x = setmetatable({[{0}] = 1, [0] = {1}}, {__mode = "kv"})
  local seen = "not run"
  m.__gc = function (o) seen = next(getmetatable(o).x) == nil and "empty" or "not empty" end
  u, m = nil
  collectgarbage()
  print("weak table of the finalized object:", seen)
end

-- a kv-weak entry whose value dies goes even if its key is resurrected
do
  local key = {}
  local both = setmetatable({}, {__mode = 'kv'})
  both[key] = {}
  local holder = setmetatable({key}, {__gc = function (o)
    print("in __gc: kv entry", both[o[1]])
  end})
  key, holder = nil
  collectgarbage()
end

-- finalizers see their weak entries in a chain of resurrected objects
do
  local marks = setmetatable({}, {__mode = 'k'})
  local count = 0
  local mt = {__gc = function (o)
    if marks[o.next] then count = count + 1 end
  end}
  local last = {}
  marks[last] = true
  local head = last
  for i = 1, 5 do
    local node = setmetatable({next = head}, mt)
    marks[node] = true
    head = node
  end
  head, last = nil
  collectgarbage()
  print("finalizers that saw the next node's mark:", count)
end
print("done")
