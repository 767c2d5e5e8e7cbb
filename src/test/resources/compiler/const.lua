local k <const> = 5
local s <const> = "str"
local fl <const> = 1.5
local n <const> = nil
local t <const> = true
local f <const> = false
local neg <const> = -k
local sum <const> = k + 10
local cat <const> = s .. "x"
local tab <const> = {}
local r
r = k
r = s
r = k + 1
r = k * fl
r = sum
r = n
r = t
r = f
t.x = k
tab.x = k
tab.y = 5
tab[k] = s
r = {k, s}
r = {a = k}
r = k == 5
r = g(k, s, fl)
r = tab[s]
r = not t
local function inner() return k, s, tab end
local big <const> = 1000000
r = big
local both <const>, other <const> = 1, 2
r = both + other
local ff <const> = 2^53
r = ff
local e2 <const> = k // 0
r = e2
local x <const> = 1 and 2
local y <const> = nil or 3
r = x + y
