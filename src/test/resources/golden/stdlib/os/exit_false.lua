-- os.exit(false) ends with EXIT_FAILURE; to-be-closed variables are closed when the
-- second argument is true.
local t <close> = setmetatable({}, { __close = function() print("closed before exit") end })
print("exiting")
os.exit(false, true)
