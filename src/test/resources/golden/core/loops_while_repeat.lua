-- while and repeat loops: conditions, break from nested loops, repeat scoping,
-- and loops whose conditions have side effects.
local i, out = 0, {}
while i < 5 do
  i = i + 1
  if i == 2 then goto continue end
  if i == 4 then break end
  out[#out + 1] = i
  ::continue::
end
print(table.concat(out, " "), i)
-- repeat runs at least once and its condition sees body locals
local runs = 0
repeat
  runs = runs + 1
  local finished = true
until finished
print("repeat runs", runs)
-- break only leaves the innermost loop
local pairs_found = {}
for a = 1, 3 do
  local b = 0
  while true do
    b = b + 1
    if b > a then break end
    pairs_found[#pairs_found + 1] = a .. b
  end
end
print(table.concat(pairs_found, " "))
-- conditions are evaluated each iteration, with side effects
local calls = 0
local function cond() calls = calls + 1; return calls <= 3 end
while cond() do end
print("condition calls", calls)
-- nil and false end a while loop; anything else continues
local values = { 1, 0, "", {}, false }
local idx = 1
while values[idx] do idx = idx + 1 end
print("stopped at", idx)
-- repeat with break inside nested if
local n = 0
repeat
  n = n + 1
  if n % 2 == 0 then
    if n > 5 then break end
  end
until false
print("broke at", n)
-- a loop building a string until a length is reached
local s = ""
while #s < 20 do s = s .. "ab" end
print(s, #s)
-- closures in while loops capture per-iteration locals
local fns = {}
local k = 0
while k < 3 do
  k = k + 1
  local captured = k * 100
  fns[k] = function() return captured end
end
print(fns[1](), fns[2](), fns[3]())
-- closures in repeat loops, including the until expression using a local
local rfns = {}
local r = 0
repeat
  r = r + 1
  local val = r
  rfns[r] = function() return val end
until val >= 3
print(rfns[1](), rfns[2](), rfns[3]())
-- a large loop count
local sum = 0
local j = 0
while j < 1000000 do j = j + 1; sum = sum + j end
print(sum)
