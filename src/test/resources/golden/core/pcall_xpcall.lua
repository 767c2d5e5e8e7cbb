-- pcall and xpcall: return values, message handlers, nesting, errors in handlers.
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select("#", pcall(function() end)), select("#", pcall(function() return nil, nil end)))
print(pcall(function(...) return select("#", ...), ... end, "a", nil, "c"))
print(pcall(error, "plain"))
-- pcall of non-functions
print(pcall(42))
print(pcall(nil))
print(pcall({}))
print(pcall(pcall))
print(pcall(setmetatable({}, { __call = function(_, x) return "called " .. x end }), "via __call"))
-- xpcall passes extra arguments and calls the handler with the error value
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(xpcall(function() error("bad") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({ code = 5 }) end, function(m) return type(m), m.code end))
print(xpcall(function() local x = nil; return x.f end, function(m) return "H(" .. m .. ")" end))
-- the handler's first result replaces the error value; extra results are dropped
print(xpcall(error, function() return "one", "two" end, "e"))
print(xpcall(error, function() end, "e"))
-- a multi-line handler
print(xpcall(function() error("lvl") end, function(m)
  return m .. " [handled]"
end))
-- an error inside the message handler
print(xpcall(error, function(m) error("handler failed") end, "orig"))
print(xpcall(error, function(m) local y = nil; return y.z end, "orig"))
-- xpcall argument checks
print(pcall(xpcall))
print(pcall(xpcall, print))
print(pcall(xpcall, print, 42))
-- nested pcall: inner errors do not escape
print(pcall(function()
  local ok, err = pcall(error, "inner", 0)
  return "outer continues", ok, err
end))
print(pcall(function()
  local ok, err = pcall(error, "inner", 0)
  error("outer after " .. err, 0)
end))
-- pcall inside an xpcall handler
print(xpcall(error, function(m) return select(2, pcall(error, "from handler: " .. m, 0)) end, "x", 0))
-- deep nesting of pcall
local function nest(n)
  if n == 0 then error("bottom", 0) end
  local ok, e = pcall(nest, n - 1)
  return e .. "<" .. n
end
print(nest(10))
-- errors of any type round-trip through pcall
for _, v in ipairs({ 1, 2.5, "s", true, false }) do
  local ok, e = pcall(error, v)
  print(type(v), ok, e == v)
end
-- pcall returns true and the function's results even when they are errors-looking values
print(pcall(function() return false, "not an error" end))
