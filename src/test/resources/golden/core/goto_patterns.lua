-- goto: continue, nested loop exits, backward jumps, labels at block ends.
-- continue
for i = 1, 6 do
  if i % 2 == 0 then goto continue end
  print("odd", i)
  ::continue::
end
-- continue in while and repeat
local i = 0
while i < 5 do
  i = i + 1
  if i == 3 then goto next end
  print("while", i)
  ::next::
end
local j = 0
repeat
  j = j + 1
  if j == 2 then goto skip end
  print("repeat", j)
  ::skip::
until j >= 4
-- leaving nested loops
for a = 1, 3 do
  for b = 1, 3 do
    if a * b == 4 then
      print("found", a, b)
      goto out
    end
  end
end
::out::
-- a backward goto as a loop
local n = 1
::top::
if n <= 3 then
  print("manual loop", n)
  n = n + 1
  goto top
end
-- state machine
local state, steps = "a", {}
::dispatch::
steps[#steps + 1] = state
if state == "a" then state = "b"; goto dispatch
elseif state == "b" then state = "c"; goto dispatch
end
print("states", table.concat(steps, ">"))
-- labels can share names in different functions and in sibling blocks
do ::l:: end
do ::l:: end
local function f() goto l; do return "skipped" end ::l:: return "after label" end
print(f())
-- goto to a label at the end of a block may jump over local declarations
do
  goto finish
  local unreachable = 1
  ::finish::
end
-- a label at the end of a function body, followed by nothing
local function g(x)
  if x then goto done end
  print("g body")
  ::done::
end
g(true); g(false)
-- nested functions can not see outer labels
print(load("::outer:: local function h() goto outer end"))
-- jumping backwards into a label before a local is fine
local k = 0
::back::
local v = k * 10
k = k + 1
if k < 3 then goto back end
print("k, v", k, v)
