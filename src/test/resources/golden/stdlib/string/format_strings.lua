-- string.format %s (with tostring and __tostring), %q quoting, %a, and %%.
print(string.format("%s|%10s|%-10s|%.2s|%5.1s|", "abc", "abc", "abc", "abc", "abc"))
print(string.format("%s %s %s %s %s", nil, true, 12, 1.5, "str"))
print(string.format("%s", setmetatable({}, { __tostring = function() return "custom" end })))
print(string.format("%10s|", setmetatable({}, { __tostring = function() return "obj" end })))
print(string.format("%s", setmetatable({}, { __name = "Named" })):sub(1, 7))
print(string.format("%s and %s", "a\0b", "c"):byte(1, -1))
print(#string.format("%s", ("x"):rep(1000)), #string.format("%.10s", ("x"):rep(1000)))
print(pcall(string.format, "%10s", "a\0b"))
print(pcall(string.format, "%s"))
print(string.format("%%"), string.format("100%%"), pcall(string.format, "%5%"))
-- %q on strings: escapes quotes, backslashes, newlines, control characters, NUL
print(string.format("%q", 'he said "hi"\n\\ back\\slash'))
print(string.format("%q", "\0\1\2\31\127\128\255"))
print(string.format("%q", "\r\t\v\f\a\b"))
print(string.format("%q", "digit after zero: \0" .. "1"))
print(string.format("%q", ""))
-- %q on numbers and other values: results can be read back by load
local values = { 0, 1, -1, 42, 0x7fffffffffffffff, -0x7fffffffffffffff - 1, 1.5, -0.0, 0.1, 1e100,
  1 / 0, -1 / 0, 2^63, 1 / 3, true, false, nil }
for i = 1, #values + 1 do
  local v = values[i]
  local q = string.format("%q", v)
  local back = load("return " .. q)()
  print(q, back == v or (v ~= v and back ~= back), math.type(back) == math.type(v))
end
print(string.format("%q", 0 / 0))
print(pcall(string.format, "%q", {}))
print(pcall(string.format, "%q", print))
print(pcall(string.format, "%10q", "x"))
-- %a (hexadecimal floats)
print(string.format("%a %a %a %a %a", 1.0, 0.5, -2.0, 0.1, 1e300))
print(string.format("%A %.3a %a", 255.5, 1 / 3, 0.0))
-- mixing many conversions
print(string.format("%s=%d (%5.2f%%) [%x] %q", "ratio", 3, 45.678, 255, "q"))
-- format with fewer/more arguments
print(pcall(string.format, "%d %d", 1))
print(string.format("%d", 1, 2, 3))
-- invalid conversions
for _, spec in ipairs({ "%y", "%", "%-", "%l", "%ld", "%hd", "%n", "%1$d", "%*d", "%#s" }) do
  print(spec, pcall(string.format, spec, 1))
end
