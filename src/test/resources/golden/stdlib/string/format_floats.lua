-- string.format with float conversions: %f %e %E %g %G, flags, width and precision.
local values = { 0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2 / 3, 123.456, 1e-5, 1e-4, 123456789.0, 1e15,
  1e16, 1e21, 1e100, 2^53, 2^63, 5e-324, 1.7976931348623157e308, 0.5, 1.5, 2.5, 0.125, 9.995, 99.5 }
local specs = { "%f", "%.0f", "%.1f", "%.3f", "%10.2f", "%-10.2f|", "%+.2f", "% .2f", "%010.3f", "%#.0f",
  "%e", "%.0e", "%.3e", "%E", "%12.4e", "%g", "%.1g", "%.3g", "%.10g", "%.17g", "%G", "%#g", "%-12g|", "%+g" }
for _, spec in ipairs(specs) do
  local out = {}
  for i, v in ipairs(values) do out[i] = string.format(spec, v) end
  print(spec, table.concat(out, " "))
end
-- infinities (NaN's sign is platform dependent and not shown)
local inf = 1 / 0
print(string.format("%f %e %g %.3f %10.2f|%-10g|", inf, -inf, inf, -inf, inf, -inf))
print(string.format("%5.1f|%-8.3e|%+g", inf, inf, inf))
-- integers are accepted by float conversions
print(string.format("%f %e %g %.2f", 1, -2, 3, 0x7fffffffffffffff))
print(string.format("%.3f", "2.5"), string.format("%g", "0x10"))
-- rounding at different precisions (binary values, no ties ambiguity here)
for _, v in ipairs({ 0.125, 0.375, 2.675, 1.005, 1234.5678, 0.000123456 }) do
  print(v, string.format("%.0f %.1f %.2f %.3f %.4f", v, v, v, v, v))
end
-- large precision
print(string.format("%.50f", 0.1))
print(string.format("%.99f", 1 / 3):sub(1, 40), #string.format("%.99f", 1 / 3))
print(string.format("%99.2f", 1.5):len())
print(string.format("%.20e", 1 / 3))
print(string.format("%.20g", 0.1))
print(string.format("%f", 1e300):len())
-- errors
print(pcall(string.format, "%f", "x"))
print(pcall(string.format, "%f", {}))
print(pcall(string.format, "%.100f", 1))
print(pcall(string.format, "%#5.2.1f", 1))
