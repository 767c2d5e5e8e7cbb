-- Entries of weak tables that die (value set to nil, or weak part collected) keep neither
-- their key nor their value alive, yet a traversal can go on from them.

-- a traversal that clears entries and collects on the way still finds every entry
do
  local t = setmetatable({}, {__mode = 'v'})
  local keep = {}
  for i = 1, 20 do
    local k = string.rep("k", i)
    keep[i] = {}
    t[k] = keep[i]
  end
  local seen = 0
  for k in pairs(t) do
    t[k] = nil
    collectgarbage()
    seen = seen + 1
  end
  print("visited", seen, "left", next(t))
end

-- a string key whose value was collected: the entry is gone, a new value can be stored
do
  local t = setmetatable({}, {__mode = 'v'})
  local name = string.rep("x", 50)
  t[name] = {}
  collectgarbage()
  print("collected value", t[name], next(t))
  t[name] = "again"
  print("stored again", t[name], next(t) == name)
  t[name] = nil
  collectgarbage()
  print("erased", next(t))
end

-- strings, numbers and booleans are values: never removed
do
  local t = setmetatable({}, {__mode = 'kv'})
  t[1] = string.rep("s", 30)
  t[string.rep("k", 30)] = true
  t[2.5] = 7
  t[{}] = {}
  collectgarbage()
  local n = 0
  for k, v in pairs(t) do n = n + 1 end
  print("kept", n, #t[1], t[string.rep("k", 30)], t[2.5])
end

-- keys of a weak-keyed table survive while reachable, also through values of other keys
do
  local t = setmetatable({}, {__mode = 'k'})
  local chain = {}
  local first = chain
  for i = 1, 10 do
    local nextKey = {}
    t[chain] = nextKey
    chain = nextKey
  end
  collectgarbage()
  local n, k = 0, first
  while t[k] do k = t[k]; n = n + 1 end
  print("chain length", n)
  first = nil
  collectgarbage()
  print("chain after its head died", next(t))
end
print("done")
