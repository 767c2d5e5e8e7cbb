-- Errors inside coroutines: resume returns false and the message; the coroutine dies.
local co = coroutine.create(function(x)
  coroutine.yield(x)
  local t = nil
  return t.field
end)
print(coroutine.resume(co, "first"))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
-- error values of other types
co = coroutine.create(function() error({ reason = "tbl" }) end)
local ok, err = coroutine.resume(co)
print(ok, type(err), err.reason)
co = coroutine.create(function() error() end)
print(coroutine.resume(co))
co = coroutine.create(function() error("lvl0", 0) end)
print(coroutine.resume(co))
co = coroutine.create(function() error("lvl2", 2) end)
print(coroutine.resume(co))
-- pcall inside a coroutine catches errors there; the coroutine keeps running
co = coroutine.create(function()
  local ok1, e1 = pcall(error, "caught", 0)
  coroutine.yield(ok1, e1)
  return "still alive"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
-- errors thrown while the coroutine is suspended inside pcall
co = coroutine.create(function()
  local ok2, e2 = pcall(function()
    coroutine.yield("suspended inside pcall")
    error("after resume", 0)
  end)
  return "pcall returned", ok2, e2
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
-- an error in a nested coroutine propagates only to its resumer
co = coroutine.create(function()
  local inner = coroutine.create(function() error("inner failure", 0) end)
  local r1, r2 = coroutine.resume(inner)
  return "outer saw", r1, r2, coroutine.status(inner)
end)
print(coroutine.resume(co))
-- calling a non-function inside a coroutine
co = coroutine.create(function() local f = 5; f() end)
print(coroutine.resume(co))
-- arithmetic errors keep their variable names
co = coroutine.create(function(a) return a + 1 end)
print(coroutine.resume(co, {}))
-- a coroutine body that is not a Lua function
co = coroutine.create(error)
print(coroutine.resume(co, "from C function", 0))
co = coroutine.create(print)
print(coroutine.resume(co, "print", "in", "coroutine"))
co = coroutine.create(coroutine.yield)
print(coroutine.resume(co, "yielded", "directly"))
print(coroutine.resume(co, "returned"))
print(coroutine.status(co))
-- yield outside any coroutine
print(pcall(coroutine.yield))
print(select("#", pcall(coroutine.yield, 1, 2)))
