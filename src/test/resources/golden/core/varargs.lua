-- Varargs: '...', select('#'), select with negative indices, nils inside and at the end.
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil), count(...))
local function pass(...) return ... end
print(pass(1, 2, 3))
print(pass())
print((pass(1, 2, 3)))
print(pass(nil, nil, 3))
local function first(a, ...) return a, count(...) end
print(first(1, 2, 3), first(), first(nil, nil))
-- select
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select("#"), select("#", nil), select(2, nil, nil))
local function try(...) print(pcall(select, ...)) end
try(-4, "a", "b", "c")
try(0, "a")
try("x", "a")
try(nil)
try()
try(1.5, "a")
try("2", "a", "b")
try(-1)
-- varargs in table constructors: expanded only in last position
local function pack(...) return { ... } end
local function n(t) return #t end
print(n(pack(1, 2, 3)), n({ pass(1, 2, 3), 10 }), n({ 10, pass(1, 2, 3) }), n({ (pass(1, 2, 3)) }))
local t = { pass(1, 2, 3), pass(4, 5, 6) }
print(t[1], t[2], t[3], t[4], t[5])
-- modifying parameters does not change '...'
local function mod(a, ...)
  a = "changed"
  return a, ...
end
print(mod(1, 2, 3))
-- many values through varargs
local function range(m, acc, ...)
  if m == 0 then return ... end
  return range(m - 1, acc, m, ...)
end
print(count(range(200, nil)), select(-1, range(200, nil)), (range(200, nil)))
-- the vararg main chunk of load
local chunk = load("return select('#', ...), ...")
print(chunk(1, nil, 3))
print(load("local a, b = ... return b, a")("x", "y"))
print(load("return ...")())
-- arg-like table from varargs with a trailing nil needs select('#')
local function packn(...) return { n = select("#", ...), ... } end
local p = packn(1, nil, nil)
print(p.n, p[1], p[2], p[3])
-- ... in a nested function requires its own declaration
print(load("function f() return ... end"))
print(load("function f(...) return function() return ... end end"))
