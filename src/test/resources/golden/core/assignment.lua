-- Multiple assignment: all expressions are evaluated before any assignment;
-- swaps, adjustments of value counts, and assignments through metamethods.
local a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
local x, y = 1
print(x, y)
x, y = 1, 2, 3
print(x, y)
local t = { 1, 2, 3 }
local i = 1
i, t[i] = i + 1, "set"      -- t[1] is assigned: the index is evaluated before assignment
print(i, t[1], t[2])
t = { 10, 20 }
t[1], t[2] = t[2], t[1]
print(t[1], t[2])
-- the right side is evaluated left to right and fully before assignments
local order = {}
local function v(name, value) order[#order + 1] = name; return value end
local p, q, r = v("p", 1), v("q", 2), v("r", 3)
print(table.concat(order, " "), p, q, r)
-- function calls on the right: only the last one is expanded
local function three() return 1, 2, 3 end
local d, e, f, g = three(), three()
print(d, e, f, g)
d, e, f, g = (three())
print(d, e, f, g)
d, e, f, g = three(), 10
print(d, e, f, g)
-- assigning to table fields through __newindex: the order of the stores is
-- observable; any order is legal Lua, so only the final values are printed
local store = {}
local proxy = setmetatable({}, { __newindex = function(_, k, val) store[k] = val end })
proxy.a, proxy.b, proxy.c = "A", "B", "C"
print(store.a, store.b, store.c)
-- globals and locals mixed
G1, local1 = "global", "ignored"
local local2
G2, local2 = three()
print(G1, local1, G2, local2)
-- nested tables on the left
local nest = { inner = { } }
nest.inner.value, nest.other = 5, 6
print(nest.inner.value, nest.other)
-- the table expression on the left is evaluated before the assignment
local u = { }
local w = u
u, u.field = { }, "on the old table"
print(w.field, u.field)
-- a chain of swaps in a loop (Fibonacci)
local fa, fb = 0, 1
for _ = 1, 90 do fa, fb = fb, fa + fb end
print(fa, fb)
-- overflow wraps
for _ = 1, 3 do fa, fb = fb, fa + fb end
print(fa, fb)
