-- Recursive functions: local function, global function, upvalue recursion, Y-style
-- combinators, and mutual recursion through locals declared ahead.
local function ackermann(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ackermann(m - 1, 1) end
  return ackermann(m - 1, ackermann(m, n - 1))
end
print(ackermann(2, 3), ackermann(3, 3))
function global_fact(n) if n <= 1 then return 1 end return n * global_fact(n - 1) end
print(global_fact(20), global_fact(21))
local Y = function(f)
  return (function(x) return x(x) end)(function(x)
    return f(function(...) return x(x)(...) end)
  end)
end
local fact = Y(function(self) return function(n) if n == 0 then return 1 end return n * self(n - 1) end end)
print(fact(10))
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(10), odd(7), even(7))
-- recursion building a structure
local function tree(depth)
  if depth == 0 then return { leaf = true } end
  return { left = tree(depth - 1), right = tree(depth - 1) }
end
local function count(t) if t.leaf then return 1 end return count(t.left) + count(t.right) end
print(count(tree(10)))
-- Tower of Hanoi counting moves
local moves = 0
local function hanoi(n, a, b, c)
  if n == 0 then return end
  hanoi(n - 1, a, c, b)
  moves = moves + 1
  hanoi(n - 1, c, b, a)
end
hanoi(15, "A", "B", "C")
print(moves)
-- recursion depth of some thousands of non-tail calls is fine
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(15000))
-- permutations by recursion over an upvalue array
local function permutations(list)
  local out = {}
  local function permute(k)
    if k == 0 then
      out[#out + 1] = table.concat(list)
      return
    end
    for i = 1, k do
      list[i], list[k] = list[k], list[i]
      permute(k - 1)
      list[i], list[k] = list[k], list[i]
    end
  end
  permute(#list)
  return out
end
print(table.concat(permutations({ "a", "b", "c" }), " "))
-- memoised recursion through a table of closures
local memo = {}
local function fib(n)
  if n < 2 then return n end
  local v = memo[n]
  if v then return v end
  v = fib(n - 1) + fib(n - 2)
  memo[n] = v
  return v
end
print(fib(90), fib(92))
