local a, b = ...
local t = {f = function(self) return self end, 1, 2}
t.x, t.y = t.y, t.x
a = a or {}
a.n = (a.n or 0) + 1
local s = a and a.x or b and b.y or nil
local c = a and (b or a) and not b
if a and (b or not a) then a = nil end
while a and b or not a and not b do a = not a end
local d = a == nil or b ~= nil
local e = #t > 0 and t[#t] or nil
local x = {[a] = b, [b] = a, a, b}
local y = -#t
local z = not #t
local w = ~~a
local u = a < b and a or b
local v = (a < b) == (b < a)
return a and b, b or a
