local mt = {}
mt.__index = function(t, k) return k .. "?" end
mt.__add = function(a, b) return "added" end
mt.__eq = function(a, b) return true end
mt.__lt = function(a, b) return rawlen(a) < rawlen(b) end
mt.__le = function(a, b) return not (b < a) end
mt.__call = function(self, x) return x * 2 end
mt.__concat = function(a, b) return "cat" end
mt.__len = function() return 99 end
mt.__unm = function() return "neg" end
mt.__tostring = function() return "object" end
mt.__close = function(o, e) print("closed", e) end
local a, b = setmetatable({}, mt), setmetatable({1}, mt)
print(a.foo, a + 1, a == b, a < b, a <= b, a(21), a .. "x", #a, -a, tostring(a))
do local c <close> = a end
local proxy = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 10) end, __metatable = "locked"})
proxy.x = 4
print(proxy.x, getmetatable(proxy), pcall(setmetatable, proxy, {}))
print(("abc"):len(), getmetatable("").__index == string)
