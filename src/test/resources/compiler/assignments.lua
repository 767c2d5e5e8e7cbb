local a, b, c = ...
a = 1
a, b = b, a
a, b, c = 1
a, b = 1, 2, 3
a, b = f()
a, b, c = f(), g()
g1 = a
g1, g2 = g2, g1
a.x, a.y = a.y, a.x
a[b], b = 1, 2
a[b], a = 1, 2
a.x, a = 1, 2
g3.x, g3 = 1, 2
local t = {}
t[1], t[2], t[3] = 1, 2, 3
t.x, t.y = f()
a, t.z = ...
local function upv()
  a, b = b, a
  a.x, a = 1, 2
end
a = a
a = b + c
b = nil
c = true
