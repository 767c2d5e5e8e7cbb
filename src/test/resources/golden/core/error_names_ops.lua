-- Operator errors name the offending operand where the compiler knows it.
local function try(f) print(pcall(f)) end
local up_nil, up_tab = nil, {}
-- arithmetic
try(function() local t = {}; return t.x + 1 end)
try(function() local t = {}; return 1 + t.x end)
try(function() return undefined_g * 2 end)
try(function() local l; return -l end)
try(function() return up_nil - 1 end)
try(function() return up_tab / 2 end)
try(function() local t = {}; return t[1] % 2 end)
try(function() local a = {}; local b = 1; return b ^ a end)
try(function() local s = "x"; return s + 1 end)
try(function() return "x" + 1 end)
try(function() return 1 + true end)
try(function() local t = {}; return t.a.b + 1 end)
try(function() local f = function() end; return f() + 1 end)
try(function() local t = {}; return t.x // 1 end)
try(function() return {} + {} end)
try(function() local a, b = {}, {}; return a + b end)
try(function() local a = 1; local b = {}; return a + b end)
-- concatenation
try(function() local t = {}; return "a" .. t end)
try(function() local t = {}; return t.name .. "a" end)
try(function() return undefined_g .. "a" end)
try(function() return "a" .. up_tab end)
try(function() local a, b = "x", nil; return a .. b end)
try(function() local x = 1; return x .. {} end)
try(function() return "a" .. "b" .. true end)
-- length
try(function() local n = 1; return #n end)
try(function() return #undefined_g end)
try(function() local t = {}; return #t.list end)
try(function() return #up_nil end)
-- calls
try(function() undefined_fn() end)
try(function() local t = {}; t.method() end)
try(function() local t = {}; t:method() end)
try(function() local t = { sub = {} }; t.sub.deep() end)
try(function() up_nil() end)
try(function() local n = 5; n() end)
try(function() ("str")() end)
try(function() local t = setmetatable({}, { __index = function() return 1 end }); t.x() end)
-- bitwise
try(function() local t = {}; return t.x & 1 end)
try(function() return undefined_g | 1 end)
try(function() local f = 0.5; return ~f end)
try(function() return 1.5 >> 1 end)
-- comparisons never name variables
try(function() local t = {}; return t.x < 1 end)
try(function() return undefined_g <= 1 end)
-- errors at different lines of one function
try(function()
  local a = 1
  local b = nil
  return a + b
end)
