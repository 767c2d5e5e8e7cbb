-- coroutine.close: closes pending to-be-closed variables of a suspended coroutine,
-- reports errors, and refuses running coroutines.
local log = {}
local function closer(name)
  return setmetatable({}, { __close = function(_, err)
    log[#log + 1] = name .. ":" .. tostring(err)
  end })
end
local function flush(label) print(label, table.concat(log, " ")); log = {} end
local co = coroutine.create(function()
  local a <close> = closer("a")
  local b <close> = closer("b")
  coroutine.yield("suspended")
  log[#log + 1] = "never"
end)
print(coroutine.resume(co))
print(coroutine.close(co), coroutine.status(co))
flush("closed suspended")
print(coroutine.resume(co))
-- closing a dead or not-started coroutine is fine
print(coroutine.close(coroutine.create(print)))
co = coroutine.create(function() return 1 end)
coroutine.resume(co)
print(coroutine.close(co))
-- closing a coroutine that died with an error returns false and the error
co = coroutine.create(function() error("died", 0) end)
print(coroutine.resume(co))
print(coroutine.close(co))
print(coroutine.close(co))
-- an error in a __close during coroutine.close is returned
co = coroutine.create(function()
  local x <close> = setmetatable({}, { __close = function() error("close failed", 0) end })
  local y <close> = closer("y")
  coroutine.yield()
end)
coroutine.resume(co)
print(coroutine.close(co))
flush("close error")
-- a coroutine can not close itself or a normal coroutine
co = coroutine.create(function() return pcall(coroutine.close, co) end)
print(coroutine.resume(co))
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return pcall(coroutine.close, outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
-- closing the main coroutine is an error
print(pcall(coroutine.close, (coroutine.running())))
print(pcall(coroutine.close))
-- pending variables of a coroutine that errored stay open until coroutine.close
co = coroutine.create(function()
  local z <close> = closer("z")
  error("boom", 0)
end)
print(coroutine.resume(co))
flush("after error")
print(coroutine.close(co))
flush("after close")
-- wrap: an error closes the coroutine's variables before propagating
local w = coroutine.wrap(function()
  local v <close> = closer("v")
  coroutine.yield(1)
  error("wrap error", 0)
end)
print(w())
print(pcall(w))
flush("wrap error")
-- nested tbc variables in several frames of a suspended coroutine
co = coroutine.create(function()
  local f1 <close> = closer("frame1")
  local function inner()
    local f2 <close> = closer("frame2")
    coroutine.yield("deep")
  end
  inner()
end)
print(coroutine.resume(co))
print(coroutine.close(co))
flush("frames")
