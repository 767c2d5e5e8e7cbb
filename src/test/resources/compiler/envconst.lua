local _ENV <const> = "abc"
local y = x
z = 1
