-- "attempt to index" errors name the indexed value: global, local, field, upvalue,
-- method, constant, and nothing for temporaries.
local function try(f) print(pcall(f)) end
try(function() return undefined_global.x end)
try(function() local loc; return loc.x end)
try(function() local t = {}; return t.field.x end)
try(function() local t = {}; return t.a.b.c end)
local up
try(function() return up.x end)
try(function() local t = {}; return t[1].x end)
try(function() local t = {}; local k = "key"; return t[k].x end)
try(function() return (nil).x end)
try(function() local function f() end; return f().x end)
try(function() local s = "str"; return s.x.y end)
try(function() local n = 5; return n.x end)
try(function() local b = true; return b[1] end)
try(function() return print.x end)
try(function() local t = {}; t.x.y = 1 end)
try(function() undefined_global.x = 1 end)
try(function() local loc; loc[1] = 2 end)
try(function() up.field = 1 end)
try(function() local t = { inner = {} }; return t.inner.missing.deeper end)
-- method calls on nil fields or values
try(function() local obj = {}; return obj:method() end)
try(function() local obj; return obj:method() end)
try(function() return undefined_global:method() end)
try(function() local s = "x"; return s:nomethod() end)
-- string keys with unusual names are still shown
try(function() local t = {}; return t["with space"].x end)
try(function() local t = {}; return t["k"].x end)
-- _ENV as an explicit local changes how globals are described
try(function() local _ENV = { }; return missing.x end)
try(function() local _ENV = nil; return anything end)
try(function() local env = {}; local _ENV = env; return x.y end)
-- upvalues holding tables
local holder = {}
try(function() return holder.a.b end)
-- indexing results of arithmetic or concatenation
try(function() local a = 1; return (a + 1).x end)
try(function() return ("a" .. "b").x.y end)
-- integer-keyed and constant-keyed accesses
try(function() local t = { {} }; return t[1][2][3] end)
try(function() local t = {}; return t[true].x end)
-- a global function that does not exist
try(function() return nonexistent_function() end)
try(function() local t = {}; return t.nofunc() end)
try(function() local lf; return lf() end)
try(function() return up() end)
try(function() local t = {}; return t[1]() end)
