-- Closures capturing loop variables keep the right values when the loop is left by
-- break, goto, return or error (the upvalues are closed on every exit).
local fns = {}
for i = 1, 10 do
  local sq = i * i
  fns[#fns + 1] = function() return i, sq end
  if i == 3 then break end
end
print(#fns, fns[1](), fns[3]())
fns = {}
local k = 0
while true do
  k = k + 1
  local captured = k
  fns[k] = function() captured = captured + 100; return captured end
  if k == 2 then break end
end
print(fns[1](), fns[1](), fns[2]())
-- goto out of a nested loop
fns = {}
for a = 1, 3 do
  for b = 1, 3 do
    local pair = a * 10 + b
    fns[#fns + 1] = function() return pair end
    if a == 2 and b == 2 then goto done end
  end
end
::done::
print(#fns, fns[1](), fns[5]())
-- return from inside a loop
local function find_closure(limit)
  for i = 1, 100 do
    local value = i * 3
    if value > limit then return function() return i, value end end
  end
end
print(find_closure(10)())
-- an error leaves a loop; closures made before it still work
fns = {}
print(pcall(function()
  for i = 1, 5 do
    local v = "v" .. i
    fns[i] = function() return v end
    if i == 3 then error("stop at 3", 0) end
  end
end))
print(#fns, fns[1](), fns[3]())
-- generic for with break: each iteration's variables are separate
fns = {}
for idx, val in ipairs({ "a", "b", "c", "d" }) do
  fns[idx] = function() return idx .. val end
  if val == "c" then break end
end
print(#fns, fns[1](), fns[2](), fns[3]())
-- repeat-until with break and a closure over a body local
fns = {}
local n = 0
repeat
  n = n + 1
  local body = n * 7
  fns[n] = function() return body end
  if n == 4 then break end
until false
print(#fns, fns[1](), fns[4]())
