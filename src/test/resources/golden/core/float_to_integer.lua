-- Conversions from float to integer: exact values convert, others raise
-- "number has no integer representation".
local function try(label, f)
  local ok, r = pcall(f)
  print(label, ok, r)
end
try("3.0 | 0", function() return 3.0 | 0 end)
try("3.5 | 0", function() return 3.5 | 0 end)
try("-0.0 | 0", function() return -0.0 | 0 end)
try("2^53 | 0", function() return 2^53 | 0 end)
try("2^63 | 0", function() return 2^63 | 0 end)
try("-2^63 | 0", function() return -2^63 | 0 end)
try("1e100 & 1", function() return 1e100 & 1 end)
try("inf ~ 1", function() return (1e308 * 10) ~ 1 end)
try("nan << 1", function() local n = 0/0; return n << 1 end)
try("'3.0' | 0", function() return ("3.0" + 0) | 0 end)
try("~1.5", function() return ~1.5 end)
try("1 >> 0.5", function() return 1 >> 0.5 end)
try("local f", function() local f = 2.5; return f & 1 end)
try("field", function() local t = { x = 0.5 }; return t.x | 1 end)
try("upvalue", function() return (function() local u = 7.25; return function() return u ~ 1 end end)()() end)
-- a for loop with float bounds is fine; integer-only places reject fractional floats
try("t[1.0]", function() local t = { "a" }; return t[1.0] end)
try("select 1.0", function() return select(1.0, "x", "y") end)
try("select 1.5", function() return select(1.5, "x", "y") end)
try("tostring 2^63 // 1", function() return 2^63 // 1 end)
-- comparisons between int and float are exact, no conversion error
print(2^63 == 0x7fffffffffffffff, 2^63 > 0x7fffffffffffffff, -2^63 == -0x7fffffffffffffff - 1)
print(3 == 3.0000000000000001, 3 < 3.0000000000000004)
