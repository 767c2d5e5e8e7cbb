-- tonumber with an explicit base (2..36): integers only, letters in either case.
local cases = {
  { "10", 2 }, { "10", 8 }, { "10", 10 }, { "10", 16 }, { "10", 36 }, { "zz", 36 }, { "ZZ", 36 },
  { "777", 8 }, { "8", 8 }, { "ff", 16 }, { "FF", 16 }, { "0xff", 16 }, { "-ff", 16 },
  { "  11  ", 2 }, { "1 1", 2 }, { "", 10 }, { " ", 10 }, { "-", 10 }, { "+1", 10 }, { "- 1", 10 },
  { "1.5", 10 }, { "1e2", 10 }, { "2", 2 }, { "1111111111111111111111111111111111111111111111111111111111111111", 2 },
  { "7fffffffffffffff", 16 }, { "8000000000000000", 16 }, { "ffffffffffffffff", 16 },
  { "10000000000000000", 16 }, { "99999999999999999999", 10 }, { "-9223372036854775808", 10 },
  { "z", 35 }, { "y", 35 }, { "\t12\n", 10 }, { "12\0", 10 }, { "abc", 11 }, { "abc", 12 },
  { "-0", 10 }, { "0", 2 }, { "1", 36 }, { "Lua", 36 }, { "hello", 36 },
}
for i, c in ipairs(cases) do
  print(i, string.format("%q", c[1]), c[2], tonumber(c[1], c[2]))
end
-- the base may be any number with an integer value
print(tonumber("11", 3.0), tonumber("11", "4"))
-- invalid calls
local function try(...) print(pcall(tonumber, ...)) end
try("10", 1)
try("10", 37)
try("10", 0)
try("10", -2)
try("10", 2.5)
try(10, 16)
try(nil, 10)
try({}, 10)
try("10", "x")
try("10", nil)
