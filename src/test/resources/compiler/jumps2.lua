local a, b, c = ...
local r = not (a and b)
r = not (a or b)
r = not (a == b)
r = not (a and b or c)
f(a and b, a or b, not a)
local t = {a and b, x = a or b}
return a and b or c
