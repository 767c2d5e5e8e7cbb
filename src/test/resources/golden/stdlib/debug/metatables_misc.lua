-- debug.getmetatable/setmetatable on any type, debug.getregistry, getuservalue,
-- and debug functions bypassing __metatable protection.
local protected = setmetatable({}, { __metatable = "locked", __index = { hidden = 1 } })
print(getmetatable(protected), type(debug.getmetatable(protected)), debug.getmetatable(protected).__index.hidden)
-- setting a metatable for all numbers
local old = debug.getmetatable(0)
print(old)
debug.setmetatable(0, { __index = { double = function(n) return n * 2 end }, __call = function(n, x) return n + x end })
print((21):double(), (2.5):double(), (10)(5))
debug.setmetatable(0, old)
print(pcall(function() return (1):double() end))
-- booleans and nil
debug.setmetatable(true, { __len = function(b) return b and 1 or 0 end })
print(#true, #false)
debug.setmetatable(true, nil)
debug.setmetatable(nil, { __index = function(_, k) return "nil." .. k end })
local nothing = nil
print(nothing.field)
debug.setmetatable(nil, nil)
print(pcall(function() return nothing.field end))
-- functions
debug.setmetatable(print, { __index = { kind = "function" } })
print(print.kind, (function() end).kind)
debug.setmetatable(print, nil)
-- setmetatable returns its first argument; non-table metatables are rejected
print(debug.setmetatable(5, nil), pcall(debug.setmetatable, 5, 5))
-- registry and uservalues
print(type(debug.getregistry()))
print(debug.getuservalue(1), debug.getuservalue({}))
print(select("#", debug.getuservalue(io.stdout, 1)), debug.getuservalue(io.stdout, 1))
print(pcall(debug.setuservalue, {}, 1))
-- changing the string metatable's __index through debug.getmetatable
local smt = debug.getmetatable("")
local saved = smt.__index
smt.__index = function(s, k) return "intercepted " .. k end
print(("x").anything)
smt.__index = saved
print(("abc"):upper())
