-- Generates the values lua5.4 gives to numeral and string literals, for the lexer test
-- (org.crescent.lexer.LiteralTableTest). Regenerate with:
--   lua5.4 scripts/lexer-literals.lua > src/test/resources/org/crescent/lexer/literals.txt
-- Output lines: literal (with \ escaped as \\, newlines as \n, CR as \r) TAB kind TAB value,
-- where kind is integer (value in decimal), float (value as %a, or inf/-inf) or string
-- (value as hexadecimal bytes).

local literals = {
  "3", "345", "0xff", "0XFF", "0xBEBADA", "3.0", "3.1416", "314.16e-2", "0.31416E1", "34e1",
  "0x0.1E", "0xA23p-4", "0X1.921FB54442D18P+1", ".5", "5.", "0x.8", "0x8.", "0x.1p4",
  "0x7fffffffffffffff", "0xffffffffffffffff", "0x10000000000000000", "0x1ffffffffffffffff",
  "9223372036854775807", "9223372036854775808", "18446744073709551616", "1e400", "1e-400",
  "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "2.4703282292062328e-324", "0e0", "0x0p0",
  "00012", "1E+2", "1e-2", "0x1P+2", "0xa.bp-3", "123456789012345678901234567890",
  "0x123456789abcdef0123456789", "0x.000000000000000000000000000000000000000001p200",
  "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324",
  [["hello"]], [["a\tb\\c\"d\'e"]], [["\a\b\f\n\r\t\v\\\"\'"]],
  [["\x41\x7a\xff\x00"]], [["\65\066\0067\0\255\1234"]], [["\u{41}\u{7FF}\u{800}\u{FFFF}"]],
  [["\u{10000}\u{10FFFF}\u{110000}\u{7FFFFFF}\u{7FFFFFFF}\u{0}\u{00000041}"]],
  "\"a\\z   \n\n   b\"", "\"a\\z\"", "\"line1\\\nline2\"", "\"cr\\\r\nlf\"", "\"lf\\\n\rcr\"",
  "[[]]", "[[\nfirst newline skipped]]", "[[\r\nCRLF skipped]]", "[[\n\nonly first]]",
  "[==[a]]b]=]c]==]", "[=[\r\na\rb\r\nc\n\rd]=]", "[[a\\nb]]", "[===[]===]",
}

local function escape(s)
  return (s:gsub("[\\\n\r]", {["\\"] = "\\\\", ["\n"] = "\\n", ["\r"] = "\\r"}))
end

for _, literal in ipairs(literals) do
  local value = assert(load("return " .. literal))()
  local kind, text
  if math.type(value) == "integer" then
    kind, text = "integer", string.format("%d", value)
  elseif math.type(value) == "float" then
    kind = "float"
    if value == math.huge then text = "inf"
    elseif value == -math.huge then text = "-inf"
    else text = string.format("%a", value) end
  else
    kind = "string"
    text = value:gsub(".", function(c) return string.format("%02x", c:byte()) end)
  end
  io.write(escape(literal), "\t", kind, "\t", text, "\n")
end
