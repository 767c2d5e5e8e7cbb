-- Strings share a metatable whose __index is the string table: method calls on
-- string values and literals, and extending that table.
local s = "Hello"
print(s:len(), s:upper(), s:lower(), s:rep(2), s:sub(2, 3), s:byte(1))
print(("abc"):upper(), ("%d-%s"):format(5, "x"), ("x"):rep(3, ","))
print(#s, type(s.len), s.len == string.len)
-- fields that are not in the string table are nil
print(s.nothing, ("x").y)
-- indexing a string with a number gives nil (no character indexing)
print(s[1], s[0])
-- extending the string table adds methods to all strings
function string.shout(str) return str:upper() .. "!" end
print(("hey"):shout(), s:shout())
string.shout = nil
print(pcall(function() return s:shout() end))
-- numbers have no metatable: method calls on numbers fail
print(pcall(function() local n = 5; return n:len() end))
-- the string metatable's __index can be replaced (restored afterwards)
local mt = getmetatable("")
local saved = mt.__index
mt.__index = function(str, k) return "custom:" .. k end
print(("x").anything, s.foo)
mt.__index = saved
print(s:len())
-- arithmetic metamethods of strings convert to numbers
print(mt.__add ~= nil, mt.__concat, mt.__len, mt.__eq)
print("10" + 5, "3" * "4", -"2", "2" ^ 2, "7" // 2, "7" % 4)
-- method call syntax with chained calls
print(("  trim  "):gsub("^%s+", ""):gsub("%s+$", ""):len())
print(("a,b,c"):find(",", 1, true), ("abc"):reverse():upper())
