local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
print(pcall(function() local function inf(n) return 1 + inf(n + 1) end return inf(1) end))
local function tail(n) if n == 0 then return "done" end return tail(n - 1) end
print(tail(100000))
print(select("#", string.byte(string.rep("a", 100), 1, -1)))
