local a = "x"
local function f() return "y", "x" end
local b = "x"
local c = 1.5
local function g() return 2.5, 1.5, "x" end
local d = 1.5
local e = 2^53
local h = 1e100
local function k() return 1e100, 2^53, 9007199254740992 end
local m = 9007199254740992
local n = 9007199254740993.0
local x1, x2 = a == 0.0, a + 0.0
local function p() return a == 0.0, -0.0, 0 end
local q = a == 0
