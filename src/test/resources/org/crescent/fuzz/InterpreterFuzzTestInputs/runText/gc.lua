local weak = setmetatable({}, {__mode = "k"})
weak[{}] = 1
local closed = 0
setmetatable({}, {__gc = function() closed = closed + 1 end})
collectgarbage()
print(collectgarbage("count") > 0, closed)
local t = {}
for i = 1, 1000 do t[i] = {i} end
t = nil
collectgarbage("step")
