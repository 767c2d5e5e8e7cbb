-- print writes its arguments converted by tostring, separated by tabs, ending with
-- a newline; tostring uses __tostring and __name.
print()
print(nil)
print(nil, nil)
print("a", "b", "c")
print(1, 1.0, -0.0, 1e100, 2^63, 0x10)
print(true, false, nil, "")
print("embedded\ttab", "embedded\nnewline")
print("nul byte:", "a\0b")
print(("x"):rep(3), #("y"):rep(100))
-- print uses the global tostring? (no: Lua 5.4 calls luaL_tolstring directly)
local saved = tostring
tostring = function() return "replaced" end
print("not replaced", 1)
tostring = saved
-- __tostring and __name
local A = setmetatable({}, { __tostring = function() return "A-object" end })
print(A, tostring(A))
local multi = setmetatable({}, { __tostring = function() return "first", "second" end })
print(multi)
print(pcall(print, setmetatable({}, { __tostring = function() return false end })))
-- tostring on every type
print(tostring(nil), tostring(false), tostring(true), tostring(-1), tostring(-1.5))
print(tostring("string itself"), tostring(""), select("#", tostring(1)))
print(string.sub(tostring(print), 1, 10), string.sub(tostring(coroutine.create(print)), 1, 8))
-- numbers: integer vs float forms
print(tostring(3), tostring(3.0), tostring(-3.0), tostring(3 / 1), tostring(7 // 2), tostring(7.0 // 2))
print(tostring(1e15), tostring(1e16), tostring(123456789012), tostring(0.1), tostring(1 / 3))
-- very long strings go through unchanged
local long = ("0123456789"):rep(1000)
print(#tostring(long), tostring(long) == long)
