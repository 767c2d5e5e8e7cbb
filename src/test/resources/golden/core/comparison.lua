-- Comparison operators on numbers and strings, and the errors for other mixes.
print(1 < 2, 2 < 1, 1 <= 1, 1 > 1, 2 >= 1, 1 == 1, 1 ~= 1)
print(1 < 1.5, 1.5 < 2, -0.0 < 0, -0.0 <= 0, 0 <= -0.0, 1 == 1.0)
print("a" < "b", "a" < "ab", "" < "a", "Z" < "a", "abc" < "abd", "b" > "abc", "a" <= "a")
print("\0" < "\1", "a\0b" < "a\0c", "a\0" > "a", "\255" > "a", "10" < "9", "" == "")
print("x" == "x", "x" ~= "y", ("x"):rep(3) == "xxx")
local inf, nan = 1e308 * 10, 0 / 0
print(inf > 0x7fffffffffffffff, -inf < -0x7fffffffffffffff - 1, nan < 1, nan >= 1, 1 < nan)
print(nan == nan, nan ~= nan, not (nan < nan), not (nan >= nan))
-- comparing different types
local function try(label, f) print(label, pcall(f)) end
try("1 < '2'", function() return 1 < "2" end)
try("'1' < 2", function() return "1" < 2 end)
try("1 <= '1'", function() return 1 <= "1" end)
try("1 > '2'", function() return 1 > "2" end)
try("nil < 1", function() return nil < 1 end)
try("1 < nil", function() local x; return 1 < x end)
try("{} < {}", function() return {} < {} end)
try("{} <= {}", function() return {} <= {} end)
try("true < false", function() return true < false end)
try("f < f", function() return print < print end)
try("{} < 1", function() return {} < 1 end)
try("1 >= {}", function() return 1 >= {} end)
try("'a' < {}", function() return "a" < {} end)
try("co < co", function() local c = coroutine.create(print); return c < c end)
try("nil >= nil", function() return nil >= nil end)
try("t.x < t.y", function() local t = {}; return t.x < t.y end)
-- equality never errors and never converts
print(1 == "1", {} == {}, nil == false, print == print, "1" ~= 1)
local t = {}
print(t == t, t ~= t, rawequal(t, t), rawequal(t, {}), rawequal(1, 1.0), rawequal("a", "a"))
-- comparisons produce booleans, even when chained through and/or
print((1 < 2) == true, 1 < 2 and 2 < 3, (1 < 2) ~= false)
-- all comparison operators share one level, left associative
try("1 < 2 == 2 < 3", function() return 1 < 2 == 2 < 3 end)
print(1 == 1 == true, 1 < 2 == true, "a" == "a" ~= false)
