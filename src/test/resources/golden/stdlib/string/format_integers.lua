-- string.format with integer conversions: %d %i %u? %x %X %o %c, flags, width, precision.
local values = { 0, 1, -1, 42, -42, 255, 65535, 0x7fffffffffffffff, -0x7fffffffffffffff - 1, 3.0, -7.0 }
local specs = { "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%-8.3d|", "%+05d",
  "%x", "%X", "%#x", "%#X", "%08x", "%o", "%#o", "%.0d", "%#.0o" }
for _, spec in ipairs(specs) do
  local out = {}
  for i, v in ipairs(values) do out[i] = string.format(spec, v) end
  print(spec, table.concat(out, " "))
end
-- %c
print(string.format("%c%c%c", 76, 117, 97), string.format("%5c|%-5c|", 65, 66), #string.format("%c", 0))
-- strings convertible to integers are accepted
print(string.format("%d %x", "10", "0x10"), string.format("%d", "  7  "))
-- floats must have an exact integer value
print(pcall(string.format, "%d", 3.5))
print(pcall(string.format, "%d", "3.5"))
print(pcall(string.format, "%x", 2^63))
print(pcall(string.format, "%d", "abc"))
print(pcall(string.format, "%d", nil))
print(pcall(string.format, "%d"))
-- large widths and precisions (up to 99)
print(#string.format("%99d", 1), #string.format("%.99d", 1), string.format("%3d|%-3d|", 12345, 12345))
print(pcall(string.format, "%100d", 1))
print(pcall(string.format, "%.100d", 1))
-- several conversions in one format, with literal text and %%
print(string.format("%d%% of %d is %d", 50, 80, 40))
print(string.format("[%3d][%-3d][%03d]", 7, 7, 7))
