-- Closures and upvalues: counters, sharing, loop variables, recursion, deep nesting.
local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2(), c1(), c2())
-- sibling closures share the same upvalue
local function account(balance)
  local function deposit(x) balance = balance + x; return balance end
  local function withdraw(x) balance = balance - x; return balance end
  local function get() return balance end
  return deposit, withdraw, get
end
local dep, wd, get = account(100)
dep(50); wd(30)
print(get())
local dep2, _, get2 = account(0)
dep2(1)
print(get(), get2())
-- an upvalue shared by a closure and the enclosing function, still open
local function open_upvalue()
  local x = 1
  local function inc() x = x + 1 end
  inc(); inc()
  local seen_inside = x
  x = 100
  inc()
  return seen_inside, x
end
print(open_upvalue())
-- upvalues of loop variables: one per iteration
local fs = {}
for i = 1, 3 do
  local j = i * 2
  fs[i] = function() return i, j end
end
print(fs[1]()); print(fs[2]()); print(fs[3]())
-- while-loop locals are also fresh per iteration
local ws = {}
local k = 0
while k < 3 do
  k = k + 1
  local captured = k
  ws[k] = function() captured = captured + 10; return captured end
end
print(ws[1](), ws[1](), ws[2](), ws[3]())
-- recursion through an upvalue
local function make_fib()
  local fib
  fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
  return fib
end
print(make_fib()(20))
-- deep nesting: each level captures the previous level's variable
local function level1(a)
  return function(b)
    return function(c)
      return function(d)
        return function(e)
          return function(f)
            return a + b + c + d + e + f, function() a = a * 10; return a end
          end
        end
      end
    end
  end
end
local sum, bump = level1(1)(2)(3)(4)(5)(6)
print(sum, bump(), bump())
-- closures created in a loop over a shared upvalue (declared outside)
local shared = 0
local adders = {}
for i = 1, 3 do adders[i] = function() shared = shared + i; return shared end end
print(adders[1](), adders[2](), adders[3](), shared)
-- a closure keeps its upvalue alive after the creating function returned
local function keeper()
  local t = { value = "kept" }
  return function() return t.value end
end
local kept = keeper()
collectgarbage()
print(kept())
-- a closure is equal to itself, and closures with different upvalues differ
print(c1 == c1, c1 == c2)
-- upvalues through many levels of nesting, modified from the innermost level
local depth = 0
local function nest(n)
  if n == 0 then return function() depth = depth + 1; return depth end end
  return nest(n - 1)
end
local inner = nest(50)
print(inner(), inner(), depth)
-- closures capturing parameters and varargs values
local function capture(...)
  local args = { ... }
  local n = select("#", ...)
  return function() return n, args[1], args[n] end
end
print(capture(1, 2, 3)())
print(capture()())
