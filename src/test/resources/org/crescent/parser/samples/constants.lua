-- Which <const> locals are compile-time constants: each one is referenced from a nested
-- function, which gets an upvalue only for those that are not.
local k1 <const> = 10
local k2 <const> = 2^53
local k3 <const> = "text"
local k4 <const> = nil
local k5 <const> = true
local k6 <const> = false
local k7 <const> = -0.0
local k8 <const> = 0/0
local k9 <const> = 1//0
local k10 <const> = 1 % 0
local k11 <const> = 1.5 | 1
local k12 <const> = 3.0 | 1
local k13 <const> = ~2.5
local k14 <const> = true and 5
local k15 <const> = nil or 6
local k16 <const> = false and 7
local k17 <const> = 1 or 8
local k18 <const> = not nil
local k19 <const> = not k3
local k20 <const> = k1 * 3 + 1
local k21 <const> = (k2)
local k22 <const> = "a" .. "b"
local k23 <const> = 1 < 2
local k24 <const> = #"abc"
local k25 <const> = {}
local k26 <const> = -k1
local k27 <const> = 1 << 64
local k28 <const> = 7 // 2.0
local k29 <const> = -7 % 3
local k30 <const> = 1e308 * 10
local k31 <const> = 2^-1074 / 2
local k32, k33 <const> = 1, 2
local k34 <const>, k35 = 1, 2
local k36 <const> = 1, 2
local k37 <const> = math.pi
local k38 <const> = "10" + 1
local k39 <const> = 5 - 5
local k40 <const> = 5.0 - 5
local k41 <const> = 0x7fffffffffffffff + 1
local k42 <const> = k4 or k5
local k43 <close> = nil

local function use()
  return k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11, k12, k13, k14, k15, k16, k17, k18,
    k19, k20, k21, k22, k23, k24, k25, k26, k27, k28, k29, k30, k31, k32, k33, k34, k35, k36,
    k37, k38, k39, k40, k41, k42, k43
end

local function nested()
  local inner <const> = k1 + 1
  return function() return inner, k3, k43 end
end
