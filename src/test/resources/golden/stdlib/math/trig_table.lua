-- Trigonometric and exponential functions over a grid, printed with 10 decimals
-- (enough to catch wrong formulas, few enough to hide last-bit libm differences).
for k = 0, 24 do
  local x = k * math.pi / 12
  print(string.format("%2d  sin %+.10f  cos %+.10f  tan %+.10f", k, math.sin(x), math.cos(x),
    math.abs(math.cos(x)) < 1e-9 and 0 or math.tan(x)))
end
for _, x in ipairs({ -1, -0.5, 0, 0.25, 0.5, 0.75, 1 }) do
  print(string.format("%5.2f  asin %+.10f  acos %+.10f  atan %+.10f", x, math.asin(x), math.acos(x), math.atan(x)))
end
for _, x in ipairs({ -10, -1, -0.5, 0, 0.5, 1, 2, 10, 100 }) do
  print(string.format("%6.1f  exp %.10e", x, math.exp(x)))
end
for _, x in ipairs({ 0.001, 0.5, 1, 2, math.exp(1), 10, 1000, 1e10, 2^52 }) do
  print(string.format("%g  log %+.10f  log2 %+.10f  log10 %+.10f", x, math.log(x), math.log(x, 2), math.log(x, 10)))
end
for _, p in ipairs({ { 2, 0.5 }, { 10, -2 }, { 1.5, 2.5 }, { 0.5, 10 }, { 3, 40 } }) do
  print(string.format("%g ^ %g = %.10e", p[1], p[2], p[1] ^ p[2]))
end
-- atan with two arguments in every quadrant
for _, yx in ipairs({ { 1, 1 }, { 1, -1 }, { -1, -1 }, { -1, 1 }, { 0, -1 }, { 0, 1 }, { 1, 0 }, { -1, 0 } }) do
  print(string.format("atan(%g, %g) = %+.10f", yx[1], yx[2], math.atan(yx[1], yx[2])))
end
