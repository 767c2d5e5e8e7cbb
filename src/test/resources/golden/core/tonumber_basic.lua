-- tonumber without a base: accepts Lua numerals with surrounding spaces, else nil.
local inputs = {
  "0", "10", "-10", "+10", "  42  ", "\t\n\v\f\r7\t", "0x10", "0X1F", "-0x10", "0x", "1e2", "1E-2",
  "-1.5e+3", ".5", "5.", ".", "-.5", "0x.8", "0x1p4", "0x1P-1", "0xA.8p0", "1e", "e1", "1 0",
  "", " ", "abc", "12abc", "0x1g", "inf", "-inf", "nan", "infinity", "1,5", "1_0", "08",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808",
  "-9223372036854775809", "0xffffffffffffffff", "0x1ffffffffffffffff",
  "1" .. string.rep("0", 25), "1e400", "-1e400", "1e-400", "0x7fffffffffffffff",
  "0.1", "3.0", "-0", "-0.0", "00012", "1e+", "--1", "- 1", "0x-1", "1\0", "\0" .. "1",
}
for i, s in ipairs(inputs) do
  local v = tonumber(s)
  print(i, string.format("%q", s), v)
end
-- non-string arguments
print(tonumber(5), tonumber(5.5), tonumber(-0.0), tonumber(0x7fffffffffffffff))
print(tonumber(nil), tonumber(true), tonumber({}), tonumber(print))
print(pcall(tonumber))
print(select("#", tonumber("x")), select("#", tonumber("1")), select("#", tonumber(nil)))
-- numbers round-trip through their string form
local round = { 1, -1, 0.5, 1e100, 2^63, 123456789, 0x7fffffffffffffff, 1 / 3 }
for _, n in ipairs(round) do print(n, tonumber(tostring(n)), tonumber(tostring(n)) == n) end
