local function f() return x end
local _ENV = {y = 1}
local function g() return y end
z = 1
do
  local _ENV <const> = {w = 2}
  print(w)
end
local function h(_ENV) return v end
