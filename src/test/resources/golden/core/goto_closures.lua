-- A backward goto that re-enters the scope of a local creates a fresh variable each
-- time, so closures capture different instances; upvalues are closed by the jump.
local fns = {}
do
  local i = 1
  ::again::
  local captured = i * 10
  fns[#fns + 1] = function() return captured end
  i = i + 1
  if i <= 3 then goto again end
end
print(fns[1](), fns[2](), fns[3]())
-- a closure that modifies its own instance
local counters = {}
do
  local round = 0
  ::loop::
  local count = 0
  counters[#counters + 1] = function() count = count + 1; return count end
  round = round + 1
  if round < 2 then goto loop end
end
print(counters[1](), counters[1](), counters[2](), counters[1]())
-- continue-style goto inside a loop: each iteration still has its own variable
local getters = {}
for i = 1, 4 do
  local v = i * i
  getters[#getters + 1] = function() return v end
  if i % 2 == 1 then goto continue end
  v = -v   -- modifies the captured instance of this iteration
  ::continue::
end
print(getters[1](), getters[2](), getters[3](), getters[4]())
-- a goto that leaves a block with a captured local, then re-enters it
local saved = {}
local round = 0
::redo::
do
  local x = round
  saved[#saved + 1] = function() x = x + 100; return x end
  round = round + 1
  if round < 3 then goto redo end
end
print(saved[1](), saved[2](), saved[3](), saved[1]())
-- while loop whose body shares one upvalue declared outside
local shared = 0
local adders = {}
local w = 0
while w < 3 do
  w = w + 1
  adders[w] = function() shared = shared + w; return shared end
end
print(adders[1](), adders[2](), adders[3]())
