-- Strings convert to numbers in arithmetic (via the string metamethods), following
-- the same rules as the lexer; integers stay integers when the string is an integer.
print("10" + 1, "10" + 1.5, "3" * "4", "2" ^ "3", "7" // "2", "7" % "3", "9" / "3")
print("0x10" * 1, "0x10" + 0.0, "1e1" // 1, "1e1" + 0, " 5 " + 0, "\t6\n" * 1)
print("10" - 1, -"2", -"2.5", -"0x10", -" 3", "0x7fffffffffffffff" + 0, "9223372036854775808" + 0)
print("1" + "1", "1.0" + "1", "-0" + 0, "-0.0" + 0, ".5" + 0, "5." + 0, "0x.8" + 0)
print(pcall(function() return 10 .. "" + 1 end))
print(10 .. "" .. 1, ("1" .. "0") + 1)
local cases = { "abc", "", " ", "1e", "0x", "1 2", "1..2", "inf", "nan", "1_000", "0b1",
  "\0" .. "1", "1\0", "--1", "+1", "++1", "- 1", "0x-1", "1e+", "  0x1p4  " }
for _, s in ipairs(cases) do
  local ok, r = pcall(function() return s + 0 end)
  print(string.format("%q", s), ok, r)
end
-- bitwise operators do not coerce strings (no string metamethod for them)
print(pcall(function() return "1" | 0 end))
print(pcall(function() return "3" & "1" end))
print(pcall(function() return ~"0" end))
-- strings are never equal to numbers
print("1" == 1, "1.0" == 1.0, 1 == "1")
-- string arithmetic keeps going through metamethods of the string table
local a, b = "6", "4"
print(a + b, a - b, a * b, a / b, a % b, a ^ b, a // b, -a)
