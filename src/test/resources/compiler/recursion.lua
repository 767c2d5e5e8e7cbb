local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local function outer()
  local function inner() return inner end
  return inner
end
local f
f = function() return f end
local g = function() return g end
