local a, b, c = ...
local r
r = a and b
r = a or b
r = a and b or c
r = not a
r = not not a
r = a and b and c
r = a or b or c
r = (a or b) and c
r = a and 1 or 2
r = a == b and c
r = a < b or a > c
r = not (a == b)
r = nil and a
r = false or a
r = true and a
r = 1 and a
r = a and nil
r = a or false
r = a and true
r = g1 and g2
r = a.x or {}
if a and b then r = 1 end
if a or b then r = 2 end
if not a then r = 3 end
if a and not b then r = 4 end
if nil then r = 5 end
if true then r = 6 end
if a then else r = 7 end
if 1 then r = 8 end
local d = a and b
local e = not a == b
r = (a and b) == c
local f = a or error("x")
