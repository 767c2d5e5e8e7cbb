-- A module for lib_require.lua: reports how it was loaded, returns a table.
print("loading lib_require_mod", ...)
local M = {}
function M.greet(who) return "hello " .. who end
return M
