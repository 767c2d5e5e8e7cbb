-- An uncaught error whose value has a __tostring metamethod.
print("start")
local E = setmetatable({}, { __tostring = function() return "custom error object" end })
error(E)
