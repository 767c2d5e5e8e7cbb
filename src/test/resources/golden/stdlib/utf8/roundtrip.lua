-- utf8.char and utf8.codepoint are inverse over boundary code points, in strict
-- and lax modes; utf8.len counts them.
local boundaries = { 0, 1, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF }
local all = {}
for _, cp in ipairs(boundaries) do
  local s = utf8.char(cp)
  local back = utf8.codepoint(s)
  all[#all + 1] = s
  print(string.format("U+%06X", cp), #s, back == cp, utf8.len(s))
end
local joined = table.concat(all)
print(#joined, utf8.len(joined), select("#", utf8.codepoint(joined, 1, -1)))
-- lax-only code points
for _, cp in ipairs({ 0xD800, 0xDFFF, 0x110000, 0x7FFFFFFF }) do
  local s = utf8.char(cp)
  print(string.format("U+%X", cp), #s, utf8.len(s), utf8.len(s, 1, -1, true), utf8.codepoint(s, 1, 1, true) == cp,
    pcall(utf8.codepoint, s))
end
-- every code point of a range round-trips
local ok = true
for cp = 0, 0x3000, 7 do
  if utf8.codepoint(utf8.char(cp)) ~= cp then ok = false end
end
print("range round trip", ok)
-- overlong encodings are rejected even in lax mode
for _, s in ipairs({ "\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xC1\xBF" }) do
  print(#s, utf8.len(s), utf8.len(s, 1, -1, true))
end
