local a <const>, b <close> = 1, nil
local t = {[1] = 1, 2; 3, f = function(self, ...) return ... end, "x"}
print(t:f(1, 2), a, #t)
local s = [[
]]
function t.g() end
function t:h() return self end
print(not nil and 1 or 2, 1 < 2 == true, 2^-2, -2^2, "a".."b".."c", ((1)))
if a then elseif b then else end
while false do end repeat until true
for k, v in next, t do end
return
