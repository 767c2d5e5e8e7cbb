-- Small base-library functions: type, assert, raw*, _G, _VERSION, collectgarbage.
print(type(nil), type(true), type(0), type(0.5), type(""), type({}), type(print), type(type))
print(type(coroutine.create(print)))
print(pcall(type))
-- assert returns all its arguments on success
print(assert(1, 2, 3))
print(assert(true, "unused message"))
print(select("#", assert(0)))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, 42))
local tbl = {}
local ok, e = pcall(assert, false, tbl)
print(ok, e == tbl)
print(pcall(assert))
print(pcall(assert, nil, nil))
-- rawequal
print(rawequal(1, 1), rawequal(1, 1.0), rawequal("a", "a"), rawequal({}, {}), rawequal(nil, nil))
print(pcall(rawequal, 1))
print(pcall(rawequal))
-- rawlen
print(rawlen({ 1, 2, 3 }), rawlen("abcd"), rawlen(setmetatable({ 1 }, { __len = function() return 10 end })))
print(pcall(rawlen, 5))
print(pcall(rawlen))
-- rawget / rawset
local t = setmetatable({}, { __index = function() return "meta" end, __newindex = function() error("blocked") end })
print(t.k, rawget(t, "k"))
print(rawset(t, "k", "raw") == t, t.k, rawget(t, "k"))
print(pcall(rawget, 1, 1))
print(pcall(rawget, {}))
print(pcall(rawset, {}, "k"))
print(pcall(rawset, "s", 1, 1))
print(rawget({ 10, 20 }, 2), rawget({ 10, 20 }, 2.0), rawget({ [2.5] = "f" }, 2.5))
-- _G and _VERSION
print(_G._G == _G, _G.print == print, _VERSION)
print(type(_G), rawget(_G, "_VERSION"))
-- _G is just a global variable: a global assignment goes to _ENV, not to _G
local realG = _G
_G = { fake = true }
print(realG._G.fake, print ~= nil)
_G = realG
print(_G == realG)
-- collectgarbage: options that return deterministic values
print(collectgarbage("collect"), collectgarbage(), type(collectgarbage("count")))
print(collectgarbage("isrunning"))
print(collectgarbage("step") ~= nil)
print(pcall(collectgarbage, "no such option"))
print(pcall(collectgarbage, 42))
-- tostring and tonumber are inverse for integers
for _, n in ipairs({ 0, -1, 255, 0x7fffffffffffffff }) do
  print(n, tonumber(tostring(n)) == n)
end
