-- Function parameters: missing arguments are nil, extra ones dropped, varargs after
-- fixed parameters, parameters are locals, and functions as first-class values.
local function three(a, b, c) return a, b, c end
print(three())
print(three(1))
print(three(1, 2, 3, 4, 5))
print(three(nil, nil, 3))
local function fixed_and_var(a, b, ...) return a, b, select("#", ...) end
print(fixed_and_var(1))
print(fixed_and_var(1, 2, 3, 4))
-- parameters are ordinary locals
local function modify(x) x = x * 2; return x end
local v = 5
print(modify(v), v)
-- tables are passed by reference
local function fill(t) t.filled = true end
local tt = {}
fill(tt)
print(tt.filled)
-- functions stored in tables, returned from functions, passed as arguments
local ops = { add = function(a, b) return a + b end, mul = function(a, b) return a * b end }
local function apply(f, ...) return f(...) end
print(apply(ops.add, 2, 3), apply(ops.mul, 2, 3), apply(print, "printed by apply"))
local function compose(f, g) return function(...) return f(g(...)) end end
local inc_then_double = compose(function(x) return x * 2 end, function(x) return x + 1 end)
print(inc_then_double(4))
-- a function's result count can vary per call
local function varying(n) if n == 0 then return end if n == 1 then return "one" end return "a", "b" end
print(select("#", varying(0)), select("#", varying(1)), select("#", varying(2)))
-- self parameter with colon syntax vs explicit
local obj = { v = 42 }
function obj.explicit(self, x) return self.v + x end
function obj:implicit(x) return self.v + x end
print(obj:explicit(1), obj.implicit(obj, 2), obj.explicit({ v = 0 }, 3))
-- many parameters
local function many(p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16)
  return p1 + p16, p8
end
print(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
-- a parameter shadowing a global or an upvalue
local up = "upvalue"
local function shadow(up, print) return up, print end
print(shadow("param", "also param"))
-- duplicate parameter names: the last one wins
local dup = load("return function(a, a) return a end")()
print(dup(1, 2))
-- functions are compared by reference
local f1 = function() end
local f2 = f1
print(f1 == f2, f1 == function() end)
-- recursion with default arguments idiom
local function countdown(n, acc)
  acc = acc or {}
  if n == 0 then return table.concat(acc, ",") end
  acc[#acc + 1] = n
  return countdown(n - 1, acc)
end
print(countdown(5))
