local a, b = ...
local t
t = {}
t = {1, 2, 3}
t = {x = 1, y = 2}
t = {1, x = 2, 3, [4] = 4, ["s"] = 5, [a] = 6, [1.5] = 7, [true] = 8}
t = {a, b, ...}
t = {a, b, f()}
t = {f(), a}
t = {(f())}
t = {...}
t = {x = f(), f()}
t = {[a] = b, [b] = a}
t = {1, 2; 3; x = 1,}
t = {{}, {{}}}
t = {nil, false, true}
t.x = 1
t.y = a
t[1] = 2
t[a] = b
t[256] = 1
t[255] = 1
t[-1] = 1
t[1.0] = 1
t["k"] = "v"
t[a][b] = t[b][a]
local u = t.x.y.z
u = t[1][2][3]
u = a[b]
t.x.y = u
t[nil] = 1
t.n = nil
t.b = true
t.c = 1.5
t.d = 70000
t[a + 1] = a - 1
