local a, b, c = ...
local r
r = a + b * c ^ 2 ^ a
r = -a ^ 2
r = not a == b
r = a .. b == c
r = #a + 1
r = -a.x
r = ~a
r = - - a
r = not not not a
r = (a)
r = ((a))
r = (a.x)
r = (a + b)
r = a < b == (b < c)
r = 2 ^ -1
r = -2 ^ 2
r = a or b and c
r = #"" + #{}
local self = a
r = self
