-- Proper tail calls: unbounded tail recursion runs in constant stack space.
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(1000000, 0))
-- mutual tail recursion
local is_even, is_odd
function is_even(n) if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(1000001), is_odd(1000001))
-- tail calls through methods and varargs
local obj = { n = 0 }
function obj:step(k, ...)
  if k == 0 then return self.n, select("#", ...) end
  self.n = self.n + 1
  return self:step(k - 1, ...)
end
print(obj:step(300000, "a", "b"))
-- a tail call to a function value held in a table
local dispatch = {}
dispatch.ping = function(n) if n == 0 then return "ping done" end return dispatch.pong(n - 1) end
dispatch.pong = function(n) if n == 0 then return "pong done" end return dispatch.ping(n - 1) end
print(dispatch.ping(500001))
-- a tail call through __call
local callable = setmetatable({}, { __call = function(self, n)
  if n == 0 then return "callable done" end
  return self(n - 1)
end })
print(callable(200000))
-- not tail calls: parenthesised or followed by more work; these recurse normally
local function depth(n) if n == 0 then return 0 end return (depth(n - 1)) + 0 end
print(depth(10000))
-- a deep non-tail recursion overflows the stack; the tail version does not
local function nontail(n) if n == 0 then return 0 end return 1 + nontail(n - 1) end
local ok, err = pcall(nontail, 1e7)
print(ok, string.find(err, "stack overflow", 1, true) ~= nil)
-- return f(x) inside a loop is still a tail call
local function looped(n)
  for i = 1, 1 do
    if n > 0 then return looped(n - 1) end
  end
  return "loop tail done"
end
print(looped(200000))
