-- Statement syntax: empty statements, semicolons, call statements across lines,
-- parenthesised calls, method definitions, and chained suffixes.
;;; local a = 1; ; local b = 2;;
print(a, b)
-- a call on the next line continues the previous expression (no ambiguity error in 5.4)
local function f(x) return function(y) return "f(" .. tostring(x) .. ")(" .. tostring(y) .. ")" end end
local g = "g"
local r = f
(g)("h")
print(r)
-- string and table call arguments
local function id(x) return x end
print(id"literal", id[[long]], id{ 1, 2 }[2], #id{ 1, 2, 3 })
print(type(id{}), id"a" .. id"b")
-- chained calls and indexes
local obj = { list = { function() return { value = "chained" } end } }
print(obj.list[1]().value)
print(("%d"):rep(2), (id)("paren call"))
-- function definitions with dotted names and methods
local M = { sub = { deeper = {} } }
function M.sub.deeper.fn(x) return "fn " .. x end
function M.sub.deeper:method(x) return "method " .. tostring(self == M.sub.deeper) .. " " .. x end
print(M.sub.deeper.fn(1), M.sub.deeper:method(2))
print(M.sub.deeper.method(M.sub.deeper, 3))
-- a method defined with ':' has an implicit 'self' as first parameter
local Counter = { n = 0 }
function Counter:inc(by) self.n = self.n + (by or 1); return self end
Counter:inc():inc(5):inc()
print(Counter.n)
-- if/elseif/else chains and truthiness (0 and "" are true)
local function classify(v)
  if v == nil then return "nil"
  elseif v == false then return "false"
  elseif v == 0 then return "zero (true)"
  elseif v == "" then return "empty string (true)"
  else return "other" end
end
print(classify(nil), classify(false), classify(0), classify(""), classify({}))
if 0 then print("0 is true") end
if "" then print("empty string is true") end
if not nil and not false then print("nil and false are false") end
-- while and repeat
local i = 0
while i < 3 do i = i + 1 end
repeat i = i - 1 until i <= 0
print(i)
-- nested functions and immediate invocation
print((function(...) return select("#", ...) end)(1, 2, 3))
-- return with parentheses truncates
local function multi() return 1, 2 end
local function wrapped() return (multi()) end
print(wrapped())
-- a return at the end of a block inside do ... end
local function early(x)
  do return x * 2 end
end
print(early(21))
-- comments in unusual places
local c = --[[ inline ]] 5 --[==[ another ]==] + --[[ x ]] 1
print(c)
