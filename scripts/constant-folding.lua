-- Generates the values lua5.4 computes for constant expressions, for the constant folding
-- test (org.crescent.ast.ConstantFoldingTest). Regenerate with:
--   lua5.4 scripts/constant-folding.lua > src/test/resources/org/crescent/ast/constant-folding.txt
-- Output lines: expression TAB folded TAB kind TAB value. folded says whether C Lua treats
-- the expression as a compile-time constant (a <const> local initialised with it is then
-- not captured as an upvalue); kind is integer (decimal), float (%a, inf, -inf, nan),
-- boolean, nil or string (hexadecimal bytes).

local expressions = {
  "1 + 2", "7 - 10", "6 * 7", "0x7fffffffffffffff + 1", "(-0x7fffffffffffffff - 2)", "-(-0x7fffffffffffffff - 1)",
  "7 // 2", "-7 // 2", "7 // -2", "-7 // -2", "7 % 3", "-7 % 3", "7 % -3", "-7 % -3",
  "(-0x7fffffffffffffff - 1) // -1", "(-0x7fffffffffffffff - 1) % -1",
  "7.0 // 2", "-7.0 // 2", "7.5 % 2", "-7.5 % 2", "7.5 % -2", "-7.5 % -2", "5.0 % (1/0)",
  "-5.0 % (1e308 * 10)", "1 / 2", "3 / 3", "2 ^ 10", "2 ^ 0.5", "(-8) ^ (1/3)", "2 ^ -1074",
  "1e308 * 10", "-1e308 * 10", "1 / 0", "-1 / 0",
  "3 & 5", "3 | 5", "3 ~ 5", "~0", "~5", "1 << 63", "1 << 64", "1 << -1", "-1 >> 1", "-1 >> 63",
  "-1 >> 64", "-1 << 200", "3.0 & 1", "2^53 | 0", "-0.0 | 0", "1 >> -1",
  "- 3", "- 3.5", "- (2^63)", "1 + 2.5", "2 * 0.5", "10 - 0.25",
  "not nil", "not false", "not 0", "not 'x'", "true and 5", "nil or 6", "false or 'z'",
  "1 + 2 * 3 - 4 // 3", "(2 + 3) * 4", "2 ^ 3 ^ 2", "-2 ^ 2",
}

for _, expression in ipairs(expressions) do
  local value = assert(load("return " .. expression))()
  local probe = assert(load("local k <const> = " .. expression .. "; return function() return k end"))()
  local folded = debug.getupvalue(probe, 1) == nil and "folded" or "not-folded"
  local kind, text = math.type(value), nil
  if kind == "integer" then
    text = string.format("%d", value)
  elseif kind == "float" then
    if value ~= value then text = "nan"
    elseif value == math.huge then text = "inf"
    elseif value == -math.huge then text = "-inf"
    else text = string.format("%a", value) end
  elseif type(value) == "string" then
    kind, text = "string", value:gsub(".", function(c) return string.format("%02x", c:byte()) end)
  else
    kind, text = type(value), tostring(value)
  end
  io.write(expression, "\t", folded, "\t", kind, "\t", text, "\n")
end
