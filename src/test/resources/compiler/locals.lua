local a
local b, c
local d, e, f = 1, 2
local g, h = 1, 2, 3
local i = a
local j, k = b, c, d
local l <const> = 10
local m <const>, n = 1, 2
local o, p <const> = 3, 4
local q = l + p
local r = nil
local s, t
local u = true
local v = false
local w = -1
local x = 70000
local y = -70000
local z = 1.5
local aa = 3.0
local ab = -0.0
local ac = 1e300
local ad = "text"
local ae = {}
local af = 0x7fffffffffffffff
local ag = -0x8000000000000000
do
  local inner = 1
  local inner2 = inner
end
local ah, ai, aj = f()
local ak = f(), g()
local al, am = ..., 1
local an, ao = ...
